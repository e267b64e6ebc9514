package org.imrnlp.annotators.clinical;

import java.util.ArrayList;
import java.util.List;
import org.apache.uima.UimaContext;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;
import org.imrnlp.annotators.clinical.MentionFinder.Candidate;

/**
 * A {@link ScannedMentionAnnotator} that also takes the items of the heading lists of its kind
 * ({@link ListedItems}: {@code PREOPERATIVE DIAGNOSIS:}, {@code PROCEDURES PERFORMED:} ...) that no
 * lexicon candidate overlaps. Reads the document's sections once per document.
 */
abstract class ListedMentionAnnotator extends ScannedMentionAnnotator {

    private ListedItems listed;
    /** The sections of the document being processed (read in {@link #processCleanView}). */
    private List<int[]> sections = List.of();

    @Override
    public void initialize(UimaContext context) throws ResourceInitializationException {
        super.initialize(context);
        listed = ListedItems.get(rulePack());
    }

    @Override
    protected void processCleanView(JCas jcas) throws AnalysisEngineProcessException {
        sections = ListedItems.sections(jcas);
        super.processCleanView(jcas);
    }

    /** The list items of {@code kind} in {@code t} that no candidate of {@code found} overlaps, as candidates. */
    protected List<Candidate> listedItems(String t, ListedItems.Kind kind, List<Candidate> found) {
        List<Candidate> items = new ArrayList<>();
        for (int[] item : listed.items(t, sections, kind)) {
            if (!ListedItems.overlaps(item[0], item[1], found)) {
                items.add(new Candidate(item[0], item[1], item[1], "listed"));
            }
        }
        return items;
    }
}
