package org.imrnlp.corpus.format;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.imrnlp.core.Assertion;
import org.imrnlp.core.MentionType;
import org.imrnlp.core.json.AnnotatedDocument;
import org.imrnlp.core.json.Annotation;

/**
 * BRAT standoff ({@code .ann} beside the document's {@code .txt}):
 * <ul>
 * <li>{@code T} lines for spans (a span over a line break becomes fragments, as BRAT requires);</li>
 * <li>{@code A} lines for the assertion flags ({@code Negated}, {@code Uncertain},
 *     {@code Historical}, {@code Generic}, {@code Subject} when not the patient) and for the
 *     closed-set attributes ({@link BratConfiguration#ENUMERATED}; spaces in values become {@code _});</li>
 * <li>{@code R} lines for links: {@code DoseOf} (Dose to Medication), {@code Negates}
 *     (NegatedStatement to its target), {@code Requests} (DisputedItem to each requested item);</li>
 * <li>one {@code #} AnnotatorNotes line per annotation with every other attribute as
 *     {@code key=value; key=value} ({@code \} escapes {@code ;} {@code \} and line ends), plus
 *     {@code id=} when the annotation's id is not its BRAT id.</li>
 * </ul>
 * Offsets in the file count code points, as BRAT's own server does (Java offsets count UTF-16
 * units: they differ after a character such as an emoji); they are converted when written and
 * read. Reading gives back the same {@link AnnotatedDocument}; clinical types get an assertion
 * (affirmed, about the patient, unless A lines say otherwise). Lines may end in CR LF; a
 * repeated id or a malformed line is an error naming the file and line.
 */
public final class BratFormat {

    private static final Pattern ENUM_VALUE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 .-]*");
    private static final Pattern TAB = Pattern.compile("\t");

    private BratFormat() {
    }

    /** The {@code .ann} content for {@code document}, whose text is {@code text}. */
    public static String write(AnnotatedDocument document, String text) {
        Map<String, String> bratIds = new HashMap<>();
        List<Annotation> annotations = document.annotations();
        for (int i = 0; i < annotations.size(); i++) {
            String id = annotations.get(i).id();
            bratIds.putIfAbsent(id == null ? "" : id, "T" + (i + 1));
        }
        CodePointOffsets offsets = new CodePointOffsets(text);
        StringBuilder t = new StringBuilder();
        StringBuilder rest = new StringBuilder();
        int attributes = 0;
        int relations = 0;
        int notes = 0;
        for (int i = 0; i < annotations.size(); i++) {
            Annotation a = annotations.get(i);
            String bratId = "T" + (i + 1);
            t.append(bratId).append('\t').append(a.type()).append(' ').append(fragments(text, offsets, a.begin(), a.end()))
                    .append('\n');
            Assertion s = a.assertion();
            if (s != null) {
                for (String flag : flags(s)) {
                    rest.append('A').append(++attributes).append('\t').append(flag).append(' ').append(bratId).append('\n');
                }
                if (s.subject() != Assertion.Subject.PATIENT) {
                    rest.append('A').append(++attributes).append("\tSubject ").append(bratId).append(' ')
                            .append(s.subject().label()).append('\n');
                }
            }
            Map<String, String> note = new LinkedHashMap<>();
            if (a.id() != null && !a.id().equals(bratId)) {
                note.put("id", a.id());
            }
            for (Map.Entry<String, String> e : new TreeMap<>(a.attributes()).entrySet()) {
                String key = e.getKey();
                String value = e.getValue();
                String relation = BratConfiguration.RELATIONS.get(key);
                if (BratConfiguration.ENUMERATED.contains(key) && ENUM_VALUE.matcher(value).matches()) {
                    rest.append('A').append(++attributes).append('\t').append(key).append(' ').append(bratId)
                            .append(' ').append(value.replace(' ', '_')).append('\n');
                } else if (relation != null && allKnown(value, bratIds)) {
                    for (String target : value.split(",")) {
                        rest.append('R').append(++relations).append('\t').append(relation).append(" Arg1:")
                                .append(bratId).append(" Arg2:").append(bratIds.get(target)).append('\n');
                    }
                } else {
                    note.put(key, value);
                }
            }
            if (!note.isEmpty()) {
                rest.append('#').append(++notes).append("\tAnnotatorNotes ").append(bratId).append('\t')
                        .append(encodeNote(note)).append('\n');
            }
        }
        return t.append(rest).toString();
    }

    private static List<String> flags(Assertion s) {
        List<String> flags = new ArrayList<>();
        if (s.negated()) {
            flags.add("Negated");
        }
        if (s.uncertain()) {
            flags.add("Uncertain");
        }
        if (s.historical()) {
            flags.add("Historical");
        }
        if (s.generic()) {
            flags.add("Generic");
        }
        return flags;
    }

    private static boolean allKnown(String ids, Map<String, String> bratIds) {
        for (String id : ids.split(",")) {
            if (!bratIds.containsKey(id)) {
                return false;
            }
        }
        return !ids.isEmpty();
    }

    /**
     * {@code begin end} fragments split at line ends (whitespace next to a line end left out),
     * then the fragments' text joined by spaces.
     */
    private static String fragments(String text, CodePointOffsets offsets, int begin, int end) {
        List<int[]> parts = new ArrayList<>();
        int i = begin;
        while (i < end) {
            int start = i;
            while (i < end && !isLineEnd(text.charAt(i))) {
                i++;
            }
            int stop = i;
            if (!parts.isEmpty() || start > begin) {
                while (start < stop && Character.isWhitespace(text.charAt(start))) {
                    start++;
                }
            }
            if (i < end) {
                while (stop > start && Character.isWhitespace(text.charAt(stop - 1))) {
                    stop--;
                }
            }
            if (stop > start) {
                parts.add(new int[] {start, stop});
            }
            while (i < end && isLineEnd(text.charAt(i))) {
                i++;
            }
        }
        if (parts.isEmpty()) {
            parts.add(new int[] {begin, end});
        }
        StringBuilder spans = new StringBuilder();
        StringBuilder covered = new StringBuilder();
        for (int[] p : parts) {
            if (spans.length() > 0) {
                spans.append(';');
                covered.append(' ');
            }
            spans.append(offsets.toCodePoints(p[0])).append(' ').append(offsets.toCodePoints(p[1]));
            covered.append(text, p[0], p[1]);
        }
        return spans + "\t" + covered;
    }

    private static boolean isLineEnd(char c) {
        return c == '\n' || c == '\r';
    }

    private static String encodeNote(Map<String, String> note) {
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, String> e : note.entrySet()) {
            if (out.length() > 0) {
                out.append("; ");
            }
            out.append(e.getKey()).append('=');
            for (char c : e.getValue().toCharArray()) {
                switch (c) {
                    case '\\' -> out.append("\\\\");
                    case ';' -> out.append("\\;");
                    case '\n' -> out.append("\\n");
                    case '\r' -> out.append("\\r");
                    case '\t' -> out.append("\\t");
                    default -> out.append(c);
                }
            }
        }
        return out.toString();
    }

    private static void decodeNote(String note, Map<String, String> into) {
        StringBuilder pair = new StringBuilder();
        for (int i = 0; i <= note.length(); i++) {
            char c = i < note.length() ? note.charAt(i) : ';';
            if (c == '\\' && i + 1 < note.length()) {
                char next = note.charAt(++i);
                pair.append(switch (next) {
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    case 't' -> '\t';
                    default -> next;
                });
            } else if (c == ';') {
                int eq = pair.indexOf("=");
                if (eq > 0) {
                    into.put(pair.substring(0, eq), pair.substring(eq + 1));
                }
                pair.setLength(0);
                if (i + 1 < note.length() && note.charAt(i + 1) == ' ') {
                    i++;
                }
            } else {
                pair.append(c);
            }
        }
    }

    /** Reads an {@code .ann} file for {@code text} back into a document labelled {@code source}. */
    public static AnnotatedDocument read(String source, String text, String ann) throws IOException {
        return read(source, text, ann, source);
    }

    /**
     * Reads an {@code .ann} file for {@code text} back into a document labelled {@code source};
     * {@code where} (the {@code .ann} file) names the file in error messages.
     */
    public static AnnotatedDocument read(String source, String text, String ann, String where) throws IOException {
        Map<String, Builder> spans = new LinkedHashMap<>();
        List<String[]> later = new ArrayList<>();
        CodePointOffsets offsets = new CodePointOffsets(text);
        java.util.Set<String> ids = new java.util.HashSet<>();
        int number = 0;
        for (String line : ann.split("\n")) {
            number++;
            if (line.endsWith("\r")) {
                line = line.substring(0, line.length() - 1);
            }
            if (line.isBlank()) {
                continue;
            }
            String[] fields = TAB.split(line, 3);
            if (fields[0].charAt(0) != '#' && !ids.add(fields[0])) {
                throw new IOException(where + ":" + number + ": the id " + fields[0] + " is used twice");
            }
            if (line.charAt(0) == 'T') {
                spans.put(fields[0], span(where, number, fields, text, offsets));
            } else if (fields.length >= 2) {
                later.add(new String[] {fields[0], fields[1], fields.length > 2 ? fields[2] : "", String.valueOf(number)});
            }
        }
        for (String[] f : later) {
            String[] args = f[1].split(" ");
            char kind = f[0].charAt(0);
            if (kind == 'A') {
                target(spans, args.length > 1 ? args[1] : "", where, f[3])
                        .attribute(args[0], args.length > 2 ? args[2].replace('_', ' ') : null);
            } else if (kind == 'R' && args.length == 3) {
                Builder from = target(spans, args[1].substring(args[1].indexOf(':') + 1), where, f[3]);
                String to = args[2].substring(args[2].indexOf(':') + 1);
                target(spans, to, where, f[3]);
                from.link(args[0], to);
            } else if (kind == '#' && args.length >= 2 && "AnnotatorNotes".equals(args[0])) {
                decodeNote(f[2], target(spans, args[1], where, f[3]).attributes);
            }
        }
        List<Annotation> annotations = new ArrayList<>(spans.size());
        for (Map.Entry<String, Builder> e : spans.entrySet()) {
            annotations.add(e.getValue().build(e.getKey(), spans));
        }
        return new AnnotatedDocument(source, text.length(), annotations);
    }

    private static Builder target(Map<String, Builder> spans, String id, String source, String line) throws IOException {
        Builder b = spans.get(id);
        if (b == null) {
            throw new IOException(source + ":" + line + ": refers to " + id + ", which is not a span");
        }
        return b;
    }

    private static Builder span(String source, int line, String[] fields, String text, CodePointOffsets offsets)
            throws IOException {
        int space = fields.length < 2 ? -1 : fields[1].indexOf(' ');
        if (space <= 0) {
            throw new IOException(source + ":" + line + ": not a BRAT span (ID<TAB>TYPE BEGIN END<TAB>TEXT)");
        }
        String type = fields[1].substring(0, space);
        int begin = Integer.MAX_VALUE;
        int end = -1;
        StringBuilder covered = new StringBuilder();
        try {
            for (String fragment : fields[1].substring(space + 1).split(";")) {
                String[] be = fragment.trim().split(" ");
                int cb = Integer.parseInt(be[0]);
                int ce = Integer.parseInt(be[1]);
                int b = offsets.toUtf16(cb);
                int e = offsets.toUtf16(ce);
                if (cb < 0 || ce < cb || b < 0 || e < 0 || e > text.length()) {
                    throw new IOException(source + ":" + line + ": span " + cb + "-" + ce + " outside the text");
                }
                covered.append(covered.length() > 0 ? " " : "").append(text, b, e);
                begin = Math.min(begin, b);
                end = Math.max(end, e);
            }
        } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
            throw new IOException(source + ":" + line + ": bad offsets", e);
        }
        if (fields.length > 2 && !fields[2].equals(covered.toString())) {
            throw new IOException(source + ":" + line + ": the span's text does not match the document text");
        }
        return new Builder(type, begin, end, text.substring(begin, end));
    }

    /** One span being read. */
    private static final class Builder {

        private final String type;
        private final int begin;
        private final int end;
        private final String text;
        private final Map<String, String> attributes = new LinkedHashMap<>();
        private final Map<String, List<String>> links = new LinkedHashMap<>();
        private boolean negated;
        private boolean uncertain;
        private boolean historical;
        private boolean generic;
        private Assertion.Subject subject;

        Builder(String type, int begin, int end, String text) {
            this.type = type;
            this.begin = begin;
            this.end = end;
            this.text = text;
        }

        void attribute(String name, String value) {
            switch (name) {
                case "Negated" -> negated = true;
                case "Uncertain" -> uncertain = true;
                case "Historical" -> historical = true;
                case "Generic" -> generic = true;
                case "Subject" -> subject = Assertion.Subject.fromLabel(value);
                default -> attributes.put(name, value == null ? "true" : value);
            }
        }

        void link(String relation, String bratId) {
            links.computeIfAbsent(relation, r -> new ArrayList<>()).add(bratId);
        }

        Annotation build(String bratId, Map<String, Builder> all) {
            Map<String, String> values = new LinkedHashMap<>(attributes);
            values.remove("id");
            for (Map.Entry<String, String> r : BratConfiguration.RELATIONS.entrySet()) {
                List<String> targets = links.get(r.getValue());
                if (targets != null) {
                    values.put(r.getKey(), String.join(",", targets.stream().map(t -> all.get(t).id(t)).toList()));
                }
            }
            boolean clinical = MentionType.fromJsonName(type).map(MentionType::isClinical).orElse(false);
            boolean flagged = negated || uncertain || historical || generic || subject != null;
            Assertion assertion = clinical || flagged ? new Assertion(negated, uncertain, historical, generic,
                    subject == null ? Assertion.Subject.PATIENT : subject) : null;
            return new Annotation(id(bratId), type, begin, end, text, values, assertion);
        }

        String id(String bratId) {
            return attributes.getOrDefault("id", bratId);
        }
    }
}
