package org.imrnlp.annotators.imr;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.imrnlp.models.RulePack;
import org.imrnlp.models.StartChars;
import org.imrnlp.models.TsvTable;

/**
 * Finds the guidelines an IMR letter cites for one disputed item, from the triggers of
 * {@code imr-guidelines.tsv} ({@code MAXIMUS guideline: Decision based on ...},
 * {@code The Expert Reviewer relied on ...}). Immutable and shared.
 */
final class GuidelineCitations {

    static final String RESOURCE = "imr-guidelines.tsv";

    private static final Pattern PAGES = StartChars.failingFast(Pattern.compile(
            "(?:,\\s*)?\\b(?:Page\\(s\\)|pages?|pp?\\.)\\s*:?\\s*(?<list>\\d+(?:\\s*[-\u2013]\\s*\\d+)?"
                    + "(?:\\s*(?:,|and)\\s*\\d+(?:\\s*[-\u2013]\\s*\\d+)?)*)", Pattern.CASE_INSENSITIVE));
    private static final Pattern PAGE_SEPARATOR = Pattern.compile("\\s*(?:,|and)\\s*");
    private static final Pattern RANGE = Pattern.compile("\\s*[-\u2013]\\s*");
    private static final Pattern SPLIT = StartChars.failingFast(Pattern.compile(
            "\\s*\\bDecision\\s+based\\s+on\\b\\s*|\\s*;\\s*|,?\\s+and\\s+the\\s+(?=[A-Z])"));
    private static final Pattern LEADING = Pattern.compile(
            "^(?:Non-MTUS(?:\\s+Citation)?\\s+|the\\s+)+", Pattern.CASE_INSENSITIVE);
    private static final Pattern TRAILING = Pattern.compile("[\\s.,;:]+$");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern SPACE_COMMA = Pattern.compile("\\s+,");

    private final List<Trigger> triggers;

    private GuidelineCitations(List<Trigger> triggers) {
        this.triggers = triggers;
    }

    static GuidelineCitations load(RulePack pack) {
        List<Trigger> triggers = new ArrayList<>();
        for (TsvTable.Row row : pack.table(RESOURCE).rows()) {
            triggers.add(new Trigger("expert".equals(row.get("role")), "field".equals(row.get("form")),
                    StartChars.failingFast(row.compile(row.required("pattern"), Pattern.CASE_INSENSITIVE))));
        }
        return new GuidelineCitations(List.copyOf(triggers));
    }

    /** The citations in {@code text[from, to)}; a field-form citation runs to the next one or to {@code to}. */
    Citations find(String text, int from, int to) {
        List<Found> found = new ArrayList<>();
        for (Trigger trigger : triggers) {
            Matcher m = trigger.pattern.matcher(text).region(from, to);
            while (m.find()) {
                found.add(new Found(trigger, m.start(), m.end()));
            }
        }
        found.sort((a, b) -> Integer.compare(a.start, b.start));
        Set<String> expert = new LinkedHashSet<>();
        Set<String> claims = new LinkedHashSet<>();
        Set<String> pages = new LinkedHashSet<>();
        for (int i = 0; i < found.size(); i++) {
            Found f = found.get(i);
            int end;
            if (f.trigger.field) {
                end = i + 1 < found.size() ? found.get(i + 1).start : to;
            } else {
                end = sentenceEnd(text, f.end, to);
            }
            String cited = text.substring(f.end, end);
            parse(cited, f.trigger.expert ? expert : claims, f.trigger.expert ? pages : null);
        }
        return new Citations(join(expert, "; "), join(claims, "; "), join(pages, ", "));
    }

    private static int sentenceEnd(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '.' && (i + 1 >= to || Character.isWhitespace(text.charAt(i + 1))))) {
                return i;
            }
        }
        return to;
    }

    private static void parse(String cited, Set<String> guidelines, Set<String> pages) {
        Matcher m = PAGES.matcher(cited);
        StringBuilder rest = new StringBuilder();
        int last = 0;
        while (m.find()) {
            rest.append(cited, last, m.start());
            last = m.end();
            if (pages != null) {
                for (String page : PAGE_SEPARATOR.split(m.group("list").strip())) {
                    pages.add(RANGE.matcher(page).replaceAll("-"));
                }
            }
        }
        rest.append(cited, last, cited.length());
        for (String part : SPLIT.split(rest)) {
            String g = SPACES.matcher(part).replaceAll(" ").strip();
            g = LEADING.matcher(g).replaceFirst("");
            g = TRAILING.matcher(SPACE_COMMA.matcher(g).replaceAll(",")).replaceFirst("");
            if (!g.isEmpty()) {
                guidelines.add(g);
            }
        }
    }

    private static String join(Set<String> parts, String separator) {
        return parts.isEmpty() ? null : String.join(separator, parts);
    }

    /** Guidelines cited for one item; each null when none. */
    record Citations(String expert, String claims, String pages) {
    }

    private record Trigger(boolean expert, boolean field, Pattern pattern) {
    }

    private record Found(Trigger trigger, int start, int end) {
    }
}
