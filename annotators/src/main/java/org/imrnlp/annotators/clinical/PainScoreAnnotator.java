package org.imrnlp.annotators.clinical;

import java.nio.file.Path;
import java.util.Locale;
import org.apache.uima.UimaContext;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.fit.descriptor.ConfigurationParameter;
import org.apache.uima.fit.descriptor.ResourceMetaData;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;
import org.imrnlp.annotators.RulePackAnnotator;
import org.imrnlp.annotators.rules.CasTokens;
import org.imrnlp.core.cas.AssertionCodes;
import org.imrnlp.models.rules.RuleFile;
import org.imrnlp.models.rules.RuleFileException;
import org.imrnlp.models.rules.RuleMatch;
import org.imrnlp.models.rules.RuleSet;
import org.imrnlp.models.rules.TokenArray;
import org.imrnlp.type.PainScoreAnnotation;

/**
 * Finds pain ratings ({@code 8/10}, {@code 7-8/10}, {@code 6 out of 10}, {@code VAS 7},
 * {@code 6 on a scale of 0 to 10}, {@code On a scale of 0 to 10, her pain is 8}) with the
 * condition they were rated under, by the token rules of {@value #RULES} (or of the file given
 * as {@link #PARAM_RULE_FILE}). A match's {@code value} capture (spaces removed), {@code scale}
 * capture or attribute and {@code context} capture (lower case) become the annotation's
 * features; its {@code span} capture, when present, its offsets. The rule file and the word lists
 * it names come from the annotator's rule pack.
 */
@ResourceMetaData(name = "IMR-NLP pain scores")
@TypeCapability(inputs = {"org.imrnlp.type.OffsetMap", "org.apache.ctakes.typesystem.type.syntax.WordToken",
        "org.apache.ctakes.typesystem.type.syntax.NumToken",
        "org.apache.ctakes.typesystem.type.syntax.PunctuationToken"},
        outputs = {"org.imrnlp.type.PainScoreAnnotation", "org.imrnlp.type.PainScoreAnnotation:value",
                "org.imrnlp.type.PainScoreAnnotation:scale", "org.imrnlp.type.PainScoreAnnotation:context"})
public class PainScoreAnnotator extends RulePackAnnotator {

    /** The built-in rule file, relative to the models' data folder. */
    public static final String RULES = "clinical/pain-score-rules.tsv";

    /** A rule file on disk to use instead of the built-in one. */
    public static final String PARAM_RULE_FILE = "ruleFile";
    @ConfigurationParameter(name = PARAM_RULE_FILE, mandatory = false,
            description = "A pain-score rule file to use instead of the built-in one")
    private String ruleFile;

    private RuleSet rules;

    @Override
    public void initialize(UimaContext context) throws ResourceInitializationException {
        super.initialize(context);
        try {
            rules = ruleFile == null || ruleFile.isBlank() ? RuleFile.fromPack(rulePack(), RULES) : RuleFile.load(Path.of(ruleFile));
        } catch (RuleFileException e) {
            throw new ResourceInitializationException(e);
        }
    }

    @Override
    protected void processCleanView(JCas view) throws AnalysisEngineProcessException {
        for (TokenArray tokens : CasTokens.around(view, rules)) {
            for (RuleMatch m : rules.findAll(tokens)) {
                PainScoreAnnotation p = new PainScoreAnnotation(view, tokens.begin(m.spanFrom()), tokens.end(m.spanTo() - 1));
                p.setValue(m.value("value", tokens).replace(" ", ""));
                p.setScale(m.value("scale", tokens));
                String condition = m.value("context", tokens);
                p.setContext(condition == null ? null : condition.toLowerCase(Locale.ROOT));
                AssertionCodes.setDefaults(p);
                p.addToIndexes();
            }
        }
    }
}
