package org.imrnlp.annotators.imr;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.imrnlp.models.ResourceFiles;

/**
 * The disputed-item line patterns of {@code imr-items.tsv}: a line that names one requested item
 * of an IMR letter (layout a {@code Zanaflex 2mg #60:  Upheld}, layout b {@code 1) Regarding the
 * request for X:}, layout c {@code 1. X} under {@code ISSUE AT DISPUTE:}). Immutable and shared;
 * also used by the section annotator to see where a new item starts.
 */
public final class ItemLines {

    /** Resource name of the item-line table. */
    public static final String RESOURCE = "imr-items.tsv";

    private final List<Pattern> patterns;

    private ItemLines(List<Pattern> patterns) {
        this.patterns = patterns;
    }

    /** The shared, compiled item-line patterns. */
    public static ItemLines get() {
        return ResourceFiles.cached(RESOURCE, ItemLines.class, name -> new ItemLines(
                ResourceFiles.table(name).rows().stream().map(r -> Pattern.compile(r.get("pattern"))).toList()));
    }

    /** The item named by the whole of {@code line} (trimmed), or null. */
    public Item match(String line) {
        for (Pattern pattern : patterns) {
            Matcher m = pattern.matcher(line);
            if (m.matches()) {
                String decision = hasGroup(pattern, "decision") ? m.group("decision") : null;
                return new Item(m.start("span"), m.end("span"), m.start("item"), m.end("item"), decision);
            }
        }
        return null;
    }

    private static boolean hasGroup(Pattern pattern, String group) {
        return pattern.pattern().contains("(?<" + group + ">");
    }

    /**
     * One item line, offsets relative to the matched line.
     *
     * @param decision {@code Upheld}/{@code Overturned} as written on the line, or null
     */
    public record Item(int spanBegin, int spanEnd, int itemBegin, int itemEnd, String decision) {
    }
}
