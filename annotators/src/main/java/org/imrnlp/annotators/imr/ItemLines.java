package org.imrnlp.annotators.imr;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.imrnlp.models.RulePack;
import org.imrnlp.models.StartChars;

/**
 * The disputed-item line patterns of {@code imr-items.tsv}: a line that names one requested item
 * of an IMR letter (layout a {@code Zanaflex 2mg #60:  Upheld}, layout b {@code 1) Regarding the
 * request for X:}, layout c {@code 1. X} under {@code ISSUE AT DISPUTE:}, and the summary outcome lines
 * {@code 1) MAXIMUS ... has determined the request for X is medically necessary}). Immutable and shared;
 * also used by the section annotator to see where a new item starts.
 */
public final class ItemLines {

    /** Resource name of the item-line table. */
    public static final String RESOURCE = "imr-items.tsv";

    private static final String SUMMARY = "summary";

    private final List<LinePattern> patterns;

    private ItemLines(List<LinePattern> patterns) {
        this.patterns = patterns;
    }

    /** The shared, compiled item-line patterns of {@code pack}. */
    public static ItemLines get(RulePack pack) {
        return pack.cached(RESOURCE, ItemLines.class, p -> new ItemLines(
                p.table(RESOURCE).rows().stream().map(r -> LinePattern.of(r.get("layout"), r.get("requires"),
                        r.compile(r.required("pattern"), 0))).toList()));
    }

    /** The item named by the whole of {@code line} (trimmed), or null. */
    public Item match(String line) {
        return match(line, false);
    }

    /** The summary outcome line ({@code has determined the request for X is ...}) {@code line} is, or null. */
    public Item matchSummary(String line) {
        return match(line, true);
    }

    private Item match(String line, boolean summaryOnly) {
        for (LinePattern p : patterns) {
            if (summaryOnly && !p.summary() || !line.contains(p.requires())) {
                continue;
            }
            Matcher m = p.pattern().matcher(line);
            if (m.matches()) {
                String decision = p.hasDecision() ? m.group("decision") : null;
                return new Item(m.start("span"), m.end("span"), m.start("item"), m.end("item"), decision,
                        p.summary());
            }
        }
        return null;
    }

    /**
     * One row of the table.
     *
     * @param summary     whether the row is a summary outcome line (layout {@code summary})
     * @param requires    text a line must contain to match (empty for none)
     * @param hasDecision whether the pattern has a {@code decision} group
     */
    private record LinePattern(boolean summary, String requires, Pattern pattern, boolean hasDecision) {

        static LinePattern of(String layout, String requires, Pattern regex) {
            return new LinePattern(SUMMARY.equals(layout), requires, StartChars.failingFast(regex),
                    regex.pattern().contains("(?<decision>"));
        }
    }

    /**
     * One item line, offsets relative to the matched line.
     *
     * @param decision {@code Upheld}/{@code Overturned} as written on the line, or null
     * @param summary  whether the line is a summary outcome line ({@code has determined the request for X is
     *                 not medically necessary and appropriate}), whose decision is in its own words
     */
    public record Item(int spanBegin, int spanEnd, int itemBegin, int itemEnd, String decision, boolean summary) {
    }
}
