package org.imrnlp.annotators.clinical;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.imrnlp.models.PhraseMatcher;
import org.imrnlp.models.RulePack;
import org.imrnlp.models.TsvTable;

/**
 * The body site a general examination gives an exam finding that names none of its own
 * ({@code clinical/exam-system-sites.tsv}): an organ word inside the finding ({@code Pupils are
 * equal}: pupil; {@code PERRLA}: pupil; {@code Trachea is midline}: trachea), else the system label
 * heading its line ({@code ABDOMEN: Soft, nontender}: abdomen; {@code Lungs: Clear}: lung). Only the
 * nearest label before the finding on its line counts (or a label standing alone on the line
 * above: {@code LUNGS:} over {@code Clear to auscultation.}), so a label the file does not list
 * ({@code Neuro:}, {@code Vital signs:}) gives no site. A label listed here or in
 * {@code clinical/exam-system-labels.txt} marks its lines as examination ({@link #examLabelHeads}).
 * Immutable and thread-safe.
 */
final class ExamSystemSites {

    /** The data file, in {@code clinical/}. */
    static final String FILE = "exam-system-sites.tsv";
    /** The labels of exam systems that name no body site ({@code Neuro:}), in {@code clinical/}. */
    static final String SYSTEM_LABELS = "exam-system-labels.txt";
    /** How far back a label may head a finding's line. */
    private static final int LABEL_REACH = 300;
    /**
     * A field label: a capitalised run of up to four words before a colon, at a line start or after
     * a sentence end or the comma that stands for a line break ({@code .,Lungs:}); a time or ratio
     * ({@code 10:30}) is none.
     */
    private static final Pattern LABEL = Pattern.compile(
            "(?:^|(?<=[.;:,]))[ \\t,]*([A-Z][A-Za-z/&-]*(?: [A-Za-z/&-]+){0,3}?)(?i: (?:exam|examination))?[ \\t]*:(?![0-9])",
            Pattern.MULTILINE);
    /** A line that is only a label ({@code LUNGS:}, {@code EARS, NOSE AND THROAT:}): it heads the line after it. */
    private static final Pattern BARE_LABEL = Pattern.compile(
            "[ \\t,]*([A-Z][A-Za-z/&,-]*(?: [A-Za-z/&,-]+){0,4}?)(?i: (?:exam|examination))?[ \\t]*:[ \\t,]*");

    private final PhraseMatcher<String> words;
    private final Map<String, String> labels;
    private final Set<String> examLabels;

    private ExamSystemSites(RulePack pack) {
        Map<String, String> w = new HashMap<>();
        Map<String, String> l = new HashMap<>();
        for (TsvTable.Row row : ClinicalVocabulary.table(pack, FILE)) {
            String where = row.required("where");
            if (where.equals("word")) {
                w.put(row.required("phrase"), row.required("site"));
            } else if (where.equals("label")) {
                l.put(row.required("phrase").toLowerCase(Locale.ROOT), row.required("site"));
            } else {
                throw row.error("where must be word or label, not " + where);
            }
        }
        words = PhraseMatcher.of(w);
        labels = Map.copyOf(l);
        Set<String> e = new HashSet<>(l.keySet());
        for (String label : ClinicalVocabulary.lines(pack, SYSTEM_LABELS)) {
            e.add(label.toLowerCase(Locale.ROOT));
        }
        examLabels = Set.copyOf(e);
    }

    /** The shared instance of {@code pack}. */
    static ExamSystemSites get(RulePack pack) {
        return pack.cached("clinical/exam-system-sites", ExamSystemSites.class, ExamSystemSites::new);
    }

    /** The site of the first organ word in {@code t[begin, end)}, or null. */
    String organSite(String t, int begin, int end) {
        List<PhraseMatcher.Match<String>> found = words.findAll(t, begin, end);
        return found.isEmpty() ? null : found.get(0).value();
    }

    /** The site of the system label heading the line {@code pos} is on, or null if there is none or it names no site. */
    String labelSite(String t, int pos) {
        int[] label = nearestLabel(t, pos);
        return label == null ? null : labels.get(t.substring(label[0], label[1]).toLowerCase(Locale.ROOT));
    }

    /**
     * Whether the label heading {@code pos}'s line names an exam system or a body site of a general
     * examination ({@code EYES:}, {@code Lungs:}, {@code Neuro:}): its statements are examination.
     */
    boolean examLabelHeads(String t, int pos) {
        int[] label = nearestLabel(t, pos);
        return label != null && examLabels.contains(t.substring(label[0], label[1]).toLowerCase(Locale.ROOT));
    }

    /**
     * The nearest field label before {@code pos} on its line, listed here or not ({@code Abd:},
     * {@code Vital signs:}), else a label alone on the line above, as {@code [begin, end)} without
     * its colon, or null: a body-site label before it no longer heads {@code pos}.
     */
    int[] nearestLabel(String t, int pos) {
        int lineStart = t.lastIndexOf('\n', pos - 1) + 1;
        int from = Math.max(lineStart, pos - LABEL_REACH);
        Matcher m = Regions.in(LABEL, t, from, pos).useAnchoringBounds(from == lineStart);
        int[] label = null;
        while (m.find()) {
            label = new int[] {m.start(1), m.end(1)};
        }
        if (label != null || lineStart == 0 || pos - lineStart > LABEL_REACH) {
            return label;
        }
        int above = t.lastIndexOf('\n', lineStart - 2) + 1;
        Matcher bare = Regions.in(BARE_LABEL, t, above, lineStart - 1);
        return bare.matches() ? new int[] {bare.start(1), bare.end(1)} : null;
    }
}
