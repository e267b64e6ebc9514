package org.imrnlp.annotators.medication;

import java.util.ArrayList;
import java.util.List;
import org.apache.uima.UimaContext;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.fit.descriptor.ResourceMetaData;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;
import org.imrnlp.annotators.RulePackAnnotator;
import org.imrnlp.core.cas.AssertionCodes;
import org.imrnlp.models.PhraseMatcher;
import org.imrnlp.models.drugs.DrugLexicon;
import org.imrnlp.type.DrugClassAnnotation;
import org.imrnlp.type.MedicationAnnotation;

/**
 * Finds drug class phrases ({@code drug-classes.tsv}: {@code muscle relaxants}, {@code NSAIDs},
 * {@code opioids}) and makes each a {@link DrugClassAnnotation} with its canonical class. A phrase that
 * overlaps a {@link MedicationAnnotation}, or that names a disorder or procedure ({@code opiate addiction},
 * {@code epidural steroid injection}, see {@code drug-class-exclusions.txt}), is not a class.
 */
@ResourceMetaData(name = "IMR-NLP drug classes")
@TypeCapability(inputs = {"org.imrnlp.type.OffsetMap", "org.imrnlp.type.MedicationAnnotation"},
        outputs = "org.imrnlp.type.DrugClassAnnotation")
public class DrugClassAnnotator extends RulePackAnnotator {

    private DrugLexicon lexicon;

    @Override
    public void initialize(UimaContext context) throws ResourceInitializationException {
        super.initialize(context);
        lexicon = DrugLexicon.get(rulePack());
    }

    @Override
    protected void processCleanView(JCas jcas) throws AnalysisEngineProcessException {
        String text = jcas.getDocumentText();
        List<int[]> medications = new ArrayList<>();
        for (MedicationAnnotation m : JCasUtil.select(jcas, MedicationAnnotation.class)) {
            medications.add(new int[] {m.getBegin(), m.getEnd()});
        }
        int next = 0;
        for (PhraseMatcher.Match<String> m : lexicon.classes().findAll(text)) {
            while (next < medications.size() && medications.get(next)[1] <= m.begin()) {
                next++;
            }
            boolean overlaps = next < medications.size() && medications.get(next)[0] < m.end();
            if (overlaps || lexicon.classExcludedAfter(text, m.end(), text.length())) {
                continue;
            }
            DrugClassAnnotation drugClass = new DrugClassAnnotation(jcas, m.begin(), m.end());
            drugClass.setNormalized(m.value());
            AssertionCodes.setDefaults(drugClass);
            drugClass.addToIndexes();
        }
    }
}
