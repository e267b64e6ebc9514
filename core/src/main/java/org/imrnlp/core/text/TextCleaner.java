package org.imrnlp.core.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/** The clean-up rules behind {@link CleanText}; one instance cleans one text. */
final class TextCleaner {

    /** A line that starts with a field label such as {@code Decision rationale:}. */
    private static final Pattern FIELD_LABEL = Pattern.compile(
            "[A-Z][A-Za-z()/'&-]*(?: [A-Za-z()/'&-]+){0,4}:(?:\\s|$)");
    /** A line that starts a list item: {@code 1.}, {@code 2)}, {@code (3)}, {@code -}, bullets. */
    private static final Pattern LIST_ITEM = Pattern.compile(
            "(?:\\d{1,2}[.)]|\\(\\d{1,2}\\)|[-*\u2022\u00b7\u25aa\u25cf])\\s");

    private final String original;
    private char[] out;
    private int length;
    private int[] map;

    TextCleaner(String original) {
        this.original = original;
        this.out = new char[Math.max(16, original.length() + 16)];
        this.map = new int[Math.max(16, original.length() + 16)];
    }

    CleanText clean() {
        List<Line> lines = lines();
        boolean markers = lines.stream().anyMatch(l -> l.blank && l.marker);
        int baseGap = commonGap(lines);
        Line previous = null;
        int blanksBetween = 0;
        boolean markerBetween = false;
        for (Line line : lines) {
            if (line.blank) {
                blanksBetween++;
                markerBetween |= line.marker;
                continue;
            }
            if (previous != null) {
                boolean paragraph = markers ? markerBetween : blanksBetween > baseGap;
                joinOrBreak(previous, line, paragraph);
            }
            copyLine(line);
            previous = line;
            blanksBetween = 0;
            markerBetween = false;
        }
        return CleanText.build(new String(out, 0, length), Arrays.copyOf(map, length), original.length());
    }

    private void joinOrBreak(Line first, Line second, boolean paragraph) {
        char last = original.charAt(first.end - 1);
        char next = original.charAt(second.begin);
        boolean structural = first.heading || second.heading || second.startsField || second.startsListItem
                || first.endsWithOneWordField || (last == ':' && Character.isUpperCase(next));
        boolean continues = !isTerminal(last) && Character.isLowerCase(next);
        if (structural || (paragraph && !continues)) {
            append('\n', first.end);
        } else if (last == '-' && first.end - first.begin > 1
                && Character.isLetterOrDigit(original.charAt(first.end - 2)) && Character.isLetterOrDigit(next)) {
            return;
        } else {
            append(' ', first.end);
        }
    }

    /**
     * A line that only names a part of the document: no lower-case letter, two capitals in a row,
     * and no sentence punctuation at its end ({@code MUSCLE RELAXANTS.} after an unfinished line is
     * the end of a sentence, not a heading).
     */
    private boolean isHeading(int begin, int end) {
        int length = end - begin;
        char last = original.charAt(end - 1);
        if (length < 3 || length > 120 || last == '.' || last == ',' || last == ';') {
            return false;
        }
        boolean capitals = false;
        for (int i = begin; i < end; i++) {
            char c = original.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            capitals |= i > begin && Character.isUpperCase(c) && Character.isUpperCase(original.charAt(i - 1));
        }
        return capitals;
    }

    private static boolean isTerminal(char c) {
        return c == '.' || c == '?' || c == '!' || c == ':' || c == ';';
    }

    private void copyLine(Line line) {
        for (int i = line.begin; i < line.end; i++) {
            char c = original.charAt(i);
            if (Character.isUpperCase(c) && (startsGluedWord(i, line.begin) || followsGluedPeriod(i, line.begin))) {
                append(' ', i);
            }
            if (c == ',' && standsForLineBreak(i, line.begin, line.end)) {
                append('\n', i);
                continue;
            }
            append(Character.isWhitespace(c) || c == '\u00a0' ? ' ' : c, i);
        }
    }

    /**
     * Text that lost its line breaks writes them as commas ({@code ...as noted.,MEDICATIONS: ,
     * Iron.,ALLERGIES:, None.}, {@code PLAN,1. Rest.,2. Ice.}): a comma stands for a line break
     * after a heading label ({@code MEDICATIONS: ,}), and before a heading label or a numbered
     * list item glued to it ({@code .,PLAN:}, {@code .,2. }; a space after the comma makes it an
     * ordinary comma, as in an upper-case list) when it follows a sentence end or a heading
     * label. A heading label is a run of
     * capitals (digits, spaces and {@code / & ( ) ' -} allowed, two capitals in a row) ending in
     * {@code :} or {@code ,}.
     */
    private boolean standsForLineBreak(int comma, int lineBegin, int lineEnd) {
        int p = comma - 1;
        while (p >= lineBegin && original.charAt(p) == ' ') {
            p--;
        }
        if (p < lineBegin) {
            return false;
        }
        char left = original.charAt(p);
        boolean afterLabel = headingLabelEndingAt(p, lineBegin);
        if (left == ':' && afterLabel) {
            return true;
        }
        boolean afterBreak = afterLabel || left == '.' || left == ':' || left == ';' || left == '?' || left == '!'
                || left == ')';
        if (!afterBreak) {
            return false;
        }
        int q = comma + 1;
        return q < lineEnd && original.charAt(q) != ' ' && (headingLabelAt(q, lineEnd) || LIST_ITEM.matcher(original).region(q, lineEnd).lookingAt()
                && Character.isDigit(original.charAt(q)));
    }

    /** Whether a heading label ends at {@code end} (its {@code :} or its last capital), starting the line or after a comma or period. */
    private boolean headingLabelEndingAt(int end, int lineBegin) {
        int i = original.charAt(end) == ':' ? end - 1 : end;
        int stop = i;
        while (i >= lineBegin && isLabelChar(original.charAt(i))) {
            i--;
        }
        if (i >= lineBegin && ",.;:".indexOf(original.charAt(i)) < 0) {
            return false;
        }
        return isLabel(i + 1, stop + 1);
    }

    /** Whether a heading label starts at {@code begin}: label characters up to a {@code :} or {@code ,}. */
    private boolean headingLabelAt(int begin, int lineEnd) {
        int i = begin;
        while (i < lineEnd && isLabelChar(original.charAt(i))) {
            i++;
        }
        return i < lineEnd && (original.charAt(i) == ':' || original.charAt(i) == ',') && isLabel(begin, i);
    }

    private boolean isLabel(int begin, int end) {
        while (end > begin && original.charAt(end - 1) == ' ') {
            end--;
        }
        while (begin < end && original.charAt(begin) == ' ') {
            begin++;
        }
        if (end - begin < 3 || end - begin > 60 || !Character.isUpperCase(original.charAt(begin))) {
            return false;
        }
        for (int i = begin + 1; i < end; i++) {
            if (Character.isUpperCase(original.charAt(i)) && Character.isUpperCase(original.charAt(i - 1))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isLabelChar(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c) || c == ' ' || c == '/' || c == '&' || c == '('
                || c == ')' || c == '\'' || c == '-';
    }

    /** {@code usingNorco}: a lower-case word of two or more letters glued to a capitalised word. */
    private boolean startsGluedWord(int i, int lineBegin) {
        if (i + 2 >= original.length() || !Character.isUpperCase(original.charAt(i))
                || !Character.isLowerCase(original.charAt(i + 1)) || !Character.isLowerCase(original.charAt(i + 2))) {
            return false;
        }
        int start = i;
        while (start > lineBegin && Character.isLowerCase(original.charAt(start - 1))) {
            start--;
        }
        boolean wordStart = start == lineBegin || !Character.isLetterOrDigit(original.charAt(start - 1));
        return i - start >= 2 && wordStart;
    }

    /** {@code #60.There}: a sentence end with the next sentence glued to it. */
    private boolean followsGluedPeriod(int i, int lineBegin) {
        if (i - 2 < lineBegin || i + 1 >= original.length() || original.charAt(i - 1) != '.') {
            return false;
        }
        char before = original.charAt(i - 2);
        return (Character.isLowerCase(before) || Character.isDigit(before))
                && Character.isUpperCase(original.charAt(i)) && Character.isLowerCase(original.charAt(i + 1))
                && !isAbbreviationPeriod(i - 1, lineBegin);
    }

    /** {@code e.g.The}, {@code i.e.Some}: a period that is part of a dotted abbreviation. */
    private boolean isAbbreviationPeriod(int period, int lineBegin) {
        return period - 2 >= lineBegin && original.charAt(period - 2) == '.';
    }

    private void append(char c, int originalOffset) {
        if (length == map.length) {
            map = Arrays.copyOf(map, length * 2);
            out = Arrays.copyOf(out, length * 2);
        }
        map[length] = originalOffset;
        out[length++] = c;
    }

    private int commonGap(List<Line> lines) {
        int[] counts = new int[8];
        int blanks = 0;
        boolean seenContent = false;
        for (Line line : lines) {
            if (line.blank) {
                blanks++;
            } else {
                if (seenContent) {
                    counts[Math.min(blanks, counts.length - 1)]++;
                }
                seenContent = true;
                blanks = 0;
            }
        }
        int best = 0;
        for (int gap = 1; gap < counts.length; gap++) {
            if (counts[gap] > counts[best]) {
                best = gap;
            }
        }
        return best;
    }

    private List<Line> lines() {
        List<Line> lines = new ArrayList<>();
        int start = 0;
        int length = original.length();
        while (start <= length) {
            int newline = original.indexOf('\n', start);
            int stop = newline < 0 ? length : newline;
            lines.add(line(start, stop));
            if (newline < 0) {
                break;
            }
            start = newline + 1;
        }
        return lines;
    }

    private Line line(int start, int stop) {
        int begin = start;
        int end = stop;
        while (begin < end && isSpace(original.charAt(begin))) {
            begin++;
        }
        while (end > begin && isSpace(original.charAt(end - 1))) {
            end--;
        }
        boolean marker = false;
        if (begin == end) {
            for (int i = start; i < stop; i++) {
                char c = original.charAt(i);
                marker |= c == ' ' || c == '\t' || c == '\u00a0';
            }
        }
        if (begin == end) {
            return new Line(begin, end, true, marker, false, false, false, false);
        }
        char first = original.charAt(begin);
        int colon = begin;
        while (colon < end && original.charAt(colon) != ':') {
            colon++;
        }
        boolean hasColon = colon > begin && colon < end;
        boolean listLike = Character.isDigit(first) || first == '(' || !Character.isLetterOrDigit(first);
        return new Line(begin, end, false, false, isHeading(begin, end),
                hasColon && Character.isUpperCase(first) && FIELD_LABEL.matcher(original).region(begin, end).lookingAt(),
                listLike && LIST_ITEM.matcher(original).region(begin, end).lookingAt(),
                hasColon && endsWithOneWordField(begin, end));
    }

    /** A line ending with a colon, white space and one capitalised word, such as {@code #60:  Upheld}. */
    private boolean endsWithOneWordField(int begin, int end) {
        int i = end;
        while (i > begin && original.charAt(i - 1) >= 'a' && original.charAt(i - 1) <= 'z') {
            i--;
        }
        if (i == end || i == begin || !(original.charAt(i - 1) >= 'A' && original.charAt(i - 1) <= 'Z')) {
            return false;
        }
        int spaces = i - 1;
        while (spaces > begin && " \t\n\u000b\f\r".indexOf(original.charAt(spaces - 1)) >= 0) {
            spaces--;
        }
        return spaces < i - 1 && spaces > begin && original.charAt(spaces - 1) == ':';
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00a0' || Character.isISOControl(c);
    }

    /**
     * One line of the original: its trimmed content range and what kind of line it is, or a blank
     * line ({@code marker}: a blank line holding spaces, an empty paragraph).
     */
    private record Line(int begin, int end, boolean blank, boolean marker, boolean heading, boolean startsField,
                        boolean startsListItem, boolean endsWithOneWordField) {
    }
}
