package org.imrnlp.annotators.medication;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.uima.UimaContext;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.fit.descriptor.ResourceMetaData;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;
import org.imrnlp.annotators.RulePackAnnotator;
import org.imrnlp.annotators.rules.CasTokens;
import org.imrnlp.core.cas.AssertionCodes;
import org.imrnlp.models.RulePack;
import org.imrnlp.models.TsvTable;
import org.imrnlp.models.rules.RuleFile;
import org.imrnlp.models.rules.RuleFileException;
import org.imrnlp.models.rules.RuleMatch;
import org.imrnlp.models.rules.RuleSet;
import org.imrnlp.models.rules.TokenArray;
import org.imrnlp.type.MedicationAnnotation;

/**
 * Finds the drug words that are ordinary words or laboratory analytes more often than drugs
 * ({@value #DRUGS}: oxygen, O2, iron, potassium, magnesium) as Medications only where the token
 * rules of {@value #RULES} find them given, taken, needed or dosed ({@code is on oxygen},
 * {@code O2 via mask}, {@code Iron supplement}, {@code potassium 20 mEq}); never in
 * {@code oxygen saturation}, {@code iron deficiency} or {@code magnesium 1.7}. A word inside a
 * Medication the drug lexicon found ({@code potassium chloride}) is left to it. Runs after
 * {@link MedicationAnnotator} and before the dose and drug-class engines, so its Medications get
 * doses and assertions like any other.
 */
@ResourceMetaData(name = "IMR-NLP drugs named by ordinary words")
@TypeCapability(inputs = {"org.imrnlp.type.OffsetMap", "org.imrnlp.type.MedicationAnnotation",
        "org.apache.ctakes.typesystem.type.syntax.WordToken", "org.apache.ctakes.typesystem.type.syntax.NumToken",
        "org.apache.ctakes.typesystem.type.syntax.PunctuationToken"},
        outputs = "org.imrnlp.type.MedicationAnnotation")
public class ContextualDrugAnnotator extends RulePackAnnotator {

    /** The drug words and their ingredient and class, relative to the models' data folder. */
    public static final String DRUGS = "drugs-in-context.tsv";
    /** The rules that say where a drug word names a drug. */
    public static final String RULES = "drug-context-rules.tsv";

    private RuleSet rules;
    private Map<String, TsvTable.Row> drugs;

    @Override
    public void initialize(UimaContext context) throws ResourceInitializationException {
        super.initialize(context);
        RulePack pack = rulePack();
        try {
            rules = RuleFile.fromPack(pack, RULES);
        } catch (RuleFileException e) {
            throw new ResourceInitializationException(e);
        }
        drugs = new HashMap<>();
        for (TsvTable.Row row : pack.table(DRUGS).rows()) {
            drugs.put(row.required("name").toLowerCase(Locale.ROOT), row);
        }
    }

    @Override
    protected void processCleanView(JCas view) throws AnalysisEngineProcessException {
        List<MedicationAnnotation> known = List.copyOf(JCasUtil.select(view, MedicationAnnotation.class));
        for (TokenArray tokens : CasTokens.around(view, rules)) {
            for (RuleMatch m : rules.findAll(tokens)) {
                int begin = tokens.begin(m.spanFrom());
                int end = tokens.end(m.spanTo() - 1);
                TsvTable.Row drug = drugs.get(m.value("span", tokens).toLowerCase(Locale.ROOT));
                if (drug == null || overlaps(known, begin, end)) {
                    continue;
                }
                MedicationAnnotation medication = new MedicationAnnotation(view, begin, end);
                medication.setNormalized(drug.required("ingredient"));
                medication.setDrugClass(drug.required("class"));
                AssertionCodes.setDefaults(medication);
                medication.addToIndexes();
            }
        }
    }

    private static boolean overlaps(List<MedicationAnnotation> known, int begin, int end) {
        for (MedicationAnnotation m : known) {
            if (m.getBegin() < end && begin < m.getEnd()) {
                return true;
            }
        }
        return false;
    }
}
