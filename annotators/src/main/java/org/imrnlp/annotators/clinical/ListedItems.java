package org.imrnlp.annotators.clinical;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.ctakes.typesystem.type.textspan.Segment;
import org.apache.uima.jcas.JCas;
import org.imrnlp.models.RulePack;
import org.imrnlp.models.TsvTable;

/**
 * The items of the lists written under headings that say what they list ({@code PREOPERATIVE
 * DIAGNOSIS:}, {@code IMPRESSION:}, {@code PROCEDURES PERFORMED:}, {@code PAST SURGICAL HISTORY:}:
 * {@code clinical/list-headings.tsv}) that are noun phrases: such an item names a condition or a
 * procedure even when no lexicon holds it ({@code Forearm skin bridges after a graft},
 * {@code Excision of forearm skin bridges}). An item is a numbered entry, a line, or the part
 * before a semicolon (for history lists also before a comma); only its first sentence counts, a
 * cue at its start ({@code History of}) and a code or explanation at its end ({@code (721.0)},
 * {@code secondary to ...}) stay out, and an item holding a word of a sentence ({@code was},
 * {@code he}) or starting with a placeholder or a normal statement ({@code Same}, {@code None},
 * {@code Normal ...}) is none ({@code clinical/list-item-words.tsv}). The annotators add an item
 * only where no candidate of theirs overlaps it, so lexicon mentions keep their spans.
 */
final class ListedItems {

    /** What a heading lists. */
    enum Kind { DIAGNOSIS, PROCEDURE }

    /** At most this many words make an item; longer ones are prose. */
    static final int MAX_WORDS = 10;
    /** A heading is searched for within this many characters of its section's start. */
    private static final int MAX_HEADING = 60;

    private static final Pattern NUMBERING = Pattern.compile("(?:\\d{1,2}[.)](?!\\d)|\\(\\d{1,2}\\)|[-*\u2022#])\\s*");
    /** A line break (also the comma that stands for a lost one in one-line notes: {@code .,2.}), a semicolon. */
    private static final Pattern ITEM_BREAK = Pattern.compile("\\n|;|(?<=[.:])[ \\t]*,|,(?=[A-Za-z(]|\\d{1,2}[.)]\\s)");
    /** A comma between history items ({@code and} alone does not separate: {@code off and on since childhood}). */
    private static final Pattern COMMA_BREAK = Pattern.compile(",\\s*(?:and\\s+|or\\s+)?");
    private static final Pattern SENTENCE_END = Pattern.compile("\\.(?=\\s+[A-Z(]|\\s*$)");
    /** A code at the end: ICD-9 or CPT in parentheses ({@code (721.0)}, {@code (63075, 63076)}), an ICD-10-CM code. */
    private static final Pattern CODE_AFTER = Pattern.compile(
            "\\s*(?:\\(\\s*(?:\\d|[A-TV-Z]\\d)[^)]*\\)|[-\u2013:]?\\s*[A-TV-Z]\\d[0-9AB]\\.[0-9A-TV-Z]{1,4})");
    /** A code at the start: ICD-10-CM ({@code M54.5 - }), CPT ({@code CPT code 57307 - }). */
    private static final Pattern CODE_BEFORE = Pattern.compile(
            "(?:[A-TV-Z]\\d[0-9AB](?:\\.[0-9A-TV-Z]{1,4})?|(?:CPT(?:\\s+code)?:?\\s*)?\\d{5})\\s*[-\u2013:]?\\s*");
    private static final Pattern WORD = Pattern.compile("[A-Za-z0-9][A-Za-z0-9'/-]*");

    private record Heading(Kind kind, boolean commas, Pattern pattern) {
    }

    private final List<Heading> headings = new ArrayList<>();
    private final List<String> leads = new ArrayList<>();
    private final List<String> refusals = new ArrayList<>();
    private final Pattern cut;
    private final Set<String> verbs = new HashSet<>();

    private ListedItems(RulePack pack) {
        for (TsvTable.Row row : ClinicalVocabulary.table(pack, "list-headings.tsv")) {
            Kind kind = switch (row.get("type")) {
                case "diagnosis" -> Kind.DIAGNOSIS;
                case "procedure" -> Kind.PROCEDURE;
                default -> throw new IllegalStateException("list-headings.tsv: unknown type " + row.get("type"));
            };
            headings.add(new Heading(kind, row.get("commas").equals("yes"), Pattern.compile(
                    "(?i)(?:" + row.get("pattern") + ")[ \\t]*(?:\\((?:ES|S)\\))?[ \\t]*(?::|,|\\n|$)")));
        }
        List<String> cuts = new ArrayList<>();
        for (TsvTable.Row row : ClinicalVocabulary.table(pack, "list-item-words.tsv")) {
            String phrase = row.get("phrase").toLowerCase(Locale.ROOT);
            switch (row.get("kind")) {
                case "lead" -> leads.add(phrase);
                case "refuse" -> refusals.add(phrase);
                case "cut" -> cuts.add(phrase);
                case "verb" -> verbs.add(phrase);
                default -> throw new IllegalStateException("list-item-words.tsv: unknown kind " + row.get("kind"));
            }
        }
        cut = Pattern.compile("(?i),?\\s+" + ClinicalVocabulary.alternation(cuts) + "(?![A-Za-z])");
    }

    /** The shared instance of {@code pack}. */
    static ListedItems get(RulePack pack) {
        return pack.cached("clinical/listed-items", ListedItems.class, ListedItems::new);
    }

    /** The spans of the document's sections, in clean-text offsets. */
    static List<int[]> sections(JCas jcas) {
        List<int[]> spans = new ArrayList<>();
        for (Segment s : jcas.getAnnotationIndex(Segment.class)) {
            spans.add(new int[] {s.getBegin(), s.getEnd()});
        }
        return spans;
    }

    /**
     * The noun-phrase items of kind {@code kind} in the sections {@code sections} of {@code t}
     * (each {@code [begin, end)}), as {@code [begin, end)} spans in text order.
     */
    List<int[]> items(String t, List<int[]> sections, Kind kind) {
        List<int[]> out = new ArrayList<>();
        for (int[] s : sections) {
            int from = skipSpace(t, s[0], s[1]);
            for (Heading h : headings) {
                if (h.kind() != kind) {
                    continue;
                }
                Matcher m = Regions.in(h.pattern(), t, from, Math.min(s[1], from + MAX_HEADING));
                if (m.lookingAt()) {
                    pieces(t, m.end(), s[1], h.commas(), out);
                    break;
                }
            }
        }
        return out;
    }

    /** Adds the items of the list body {@code t[b, e)}; a piece that ends with a colon is a sub-heading. */
    private void pieces(String t, int b, int e, boolean commas, List<int[]> out) {
        List<int[]> pieces = new ArrayList<>();
        Matcher br = Regions.in(ITEM_BREAK, t, b, e);
        int start = b;
        while (br.find()) {
            pieces.add(new int[] {start, br.start()});
            start = br.end();
        }
        pieces.add(new int[] {start, e});
        for (int[] p : pieces) {
            Matcher numbering = Regions.in(NUMBERING, t, skipSpace(t, p[0], p[1]), p[1]);
            if (numbering.lookingAt()) {
                p[0] = numbering.end();
            }
            int end = p[1];
            while (end > p[0] && Character.isWhitespace(t.charAt(end - 1))) {
                end--;
            }
            if (t.indexOf(':', p[0]) >= 0 && t.indexOf(':', p[0]) < end) {
                return; // a field or sub-heading of another kind ends the list
            }
            int sentenceEnd = firstSentenceEnd(t, p[0], end);
            if (end == p[0] || sentence(t, p[0], sentenceEnd)) {
                continue;
            }
            Matcher cutAt = Regions.in(cut, t, p[0], sentenceEnd);
            if (cutAt.find()) {
                sentenceEnd = cutAt.start();
            }
            if (!commas) {
                item(t, p[0], sentenceEnd, out);
                continue;
            }
            int from = p[0];
            Matcher c = Regions.in(COMMA_BREAK, t, p[0], sentenceEnd);
            while (c.find()) {
                item(t, from, c.start(), out);
                from = c.end();
            }
            item(t, from, sentenceEnd, out);
        }
    }

    /** Whether {@code t[b, e)} holds a word of a sentence ({@code was}, {@code he}): prose, no list item. */
    private boolean sentence(String t, int b, int e) {
        Matcher w = Regions.in(WORD, t, b, e);
        while (w.find()) {
            if (verbs.contains(w.group().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static int firstSentenceEnd(String t, int b, int e) {
        Matcher m = Regions.in(SENTENCE_END, t, b, e);
        return m.find() ? m.start() : e;
    }

    /** Adds {@code t[b, e)} trimmed to its mention when it is a noun-phrase item. */
    private void item(String t, int b, int e, List<int[]> out) {
        b = skipSpace(t, b, e);
        Matcher numbering = Regions.in(NUMBERING, t, b, e);
        if (numbering.lookingAt()) {
            b = numbering.end();
        }
        Matcher codeBefore = Regions.in(CODE_BEFORE, t, b, e);
        if (codeBefore.lookingAt()) {
            b = codeBefore.end();
        }
        b = afterLead(t, b, e);
        Matcher code = Regions.in(CODE_AFTER, t, b, e);
        if (code.find()) {
            e = code.start();
        }
        while (e > b && (Character.isWhitespace(t.charAt(e - 1)) || ".,:-".indexOf(t.charAt(e - 1)) >= 0)) {
            e--;
        }
        if (e <= b || !Character.isLetterOrDigit(t.charAt(b)) || startsWithAny(t, b, e, refusals)) {
            return;
        }
        int words = 0;
        boolean letters = false;
        Matcher w = Regions.in(WORD, t, b, e);
        while (w.find()) {
            if (++words > MAX_WORDS) {
                return;
            }
            letters |= w.group().chars().filter(Character::isLetter).count() >= 3;
        }
        if (letters) {
            out.add(new int[] {b, e});
        }
    }

    /** Where the item {@code t[b, e)} starts after the cues at its start ({@code History of}). */
    private int afterLead(String t, int b, int e) {
        boolean found = true;
        while (found) {
            found = false;
            for (String lead : leads) {
                if (startsWith(t, b, e, lead)) {
                    b = skipSpace(t, b + lead.length(), e);
                    found = true;
                    break;
                }
            }
        }
        return b;
    }

    private static boolean startsWithAny(String t, int b, int e, List<String> phrases) {
        for (String p : phrases) {
            if (startsWith(t, b, e, p)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code t[b, e)} starts with the whole words {@code phrase}, ignoring case. */
    private static boolean startsWith(String t, int b, int e, String phrase) {
        int end = b + phrase.length();
        return end <= e && t.regionMatches(true, b, phrase, 0, phrase.length())
                && (end == e || !Character.isLetterOrDigit(t.charAt(end)));
    }

    private static int skipSpace(String t, int b, int e) {
        while (b < e && (Character.isWhitespace(t.charAt(b)) || t.charAt(b) == ',')) {
            b++;
        }
        return b;
    }

    /** Whether {@code [b, e)} overlaps one of {@code candidates}. */
    static boolean overlaps(int b, int e, List<MentionFinder.Candidate> candidates) {
        for (MentionFinder.Candidate c : candidates) {
            if (c.begin() < e && b < c.end()) {
                return true;
            }
        }
        return false;
    }
}
