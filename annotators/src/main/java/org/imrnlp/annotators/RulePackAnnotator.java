package org.imrnlp.annotators;

import org.apache.uima.UimaContext;
import org.apache.uima.fit.descriptor.ConfigurationParameter;
import org.apache.uima.resource.ResourceInitializationException;
import org.imrnlp.annotators.text.CleanViewAnnotator;
import org.imrnlp.models.RulePack;
import org.imrnlp.models.RulePackException;

/**
 * An annotator whose vocabularies and rules come from a {@link RulePack}: the built-in pack, or
 * the pack at the location of the shared parameter {@value #PARAM_RULE_PACK} (a directory or
 * {@code .zip} file whose files replace the built-in ones). Subclasses load what they need from
 * {@link #rulePack()} in {@code initialize}, after {@code super.initialize}; a pack that cannot be
 * used, or a bad row in it, fails initialisation with a one-line message naming the file and line.
 * Like every engine after clean-up, it annotates the clean-text view ({@link CleanViewAnnotator}).
 */
public abstract class RulePackAnnotator extends CleanViewAnnotator {

    /** The rule pack location shared by every IMR-NLP annotator; empty or absent for the built-in pack. */
    public static final String PARAM_RULE_PACK = "rulePack";
    @ConfigurationParameter(name = PARAM_RULE_PACK, mandatory = false, defaultValue = "",
            description = "Rule pack directory or .zip replacing built-in data files; empty for the built-in pack")
    private String rulePackLocation;

    private RulePack rulePack;

    @Override
    public void initialize(UimaContext context) throws ResourceInitializationException {
        super.initialize(context);
        try {
            rulePack = RulePack.at(rulePackLocation);
        } catch (RulePackException e) {
            throw new ResourceInitializationException(e);
        }
    }

    /** The pack this annotator reads (set by {@link #initialize}). */
    protected RulePack rulePack() {
        return rulePack;
    }
}
