package org.imrnlp.annotators.imr;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.imrnlp.models.RulePack;
import org.imrnlp.models.StartChars;
import org.imrnlp.models.TsvTable;

/**
 * The guideline names a rationale cites in its own words ({@code The California MTUS Chronic Pain
 * Medical Treatment Guidelines state}, {@code According to ODG}), from {@code imr-guideline-names.tsv}.
 * Used for a disputed item's guideline when its letter has no guideline field. Immutable and shared.
 */
final class GuidelineNames {

    static final String RESOURCE = "imr-guideline-names.tsv";

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern SPACE_COMMA = Pattern.compile("\\s+,");

    private final List<Name> names;
    private final List<Pattern> excludes;

    private GuidelineNames(List<Name> names, List<Pattern> excludes) {
        this.names = names;
        this.excludes = excludes;
    }

    static GuidelineNames load(RulePack pack) {
        List<Name> names = new ArrayList<>();
        List<Pattern> excludes = new ArrayList<>();
        for (TsvTable.Row row : pack.table(RESOURCE).rows()) {
            String kind = row.get("kind");
            if ("name".equals(kind)) {
                names.add(new Name(row.get("family"),
                        StartChars.failingFast(row.compile("(?<![\\w-])(?:" + row.required("pattern") + ")(?!\\w)", 0))));
            } else if ("exclude".equals(kind)) {
                excludes.add(row.compile(row.required("pattern"), 0));
            } else {
                throw row.error("unknown kind " + kind + " (name or exclude)");
            }
        }
        return new GuidelineNames(List.copyOf(names), List.copyOf(excludes));
    }

    /**
     * The guideline names cited in {@code text[from, to)}, the first of each family, in the order
     * written, joined by {@code "; "}; null when none. Sentences about another party's citation
     * are skipped.
     */
    String cited(String text, int from, int to) {
        List<int[]> found = new ArrayList<>();
        for (int n = 0; n < names.size(); n++) {
            Matcher m = names.get(n).pattern().matcher(text).region(from, to);
            while (m.find()) {
                found.add(new int[] {m.start(), m.end(), n});
            }
        }
        if (found.isEmpty()) {
            return null;
        }
        found.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(b[1], a[1]));
        Set<String> families = new HashSet<>();
        Set<String> cited = new LinkedHashSet<>();
        int keptEnd = -1;
        for (int[] f : found) {
            if (f[0] < keptEnd) {
                continue;
            }
            keptEnd = f[1];
            if (excluded(text, from, to, f[0]) || !families.add(names.get(f[2]).family())) {
                continue;
            }
            cited.add(SPACE_COMMA.matcher(SPACES.matcher(text.substring(f[0], f[1])).replaceAll(" ")).replaceAll(","));
        }
        return cited.isEmpty() ? null : String.join("; ", cited);
    }

    /** Whether the sentence around {@code at} speaks of another party's citation. */
    private boolean excluded(String text, int from, int to, int at) {
        int begin = Math.max(from, Math.max(text.lastIndexOf(". ", at) + 1, text.lastIndexOf('\n', at) + 1));
        int end = text.indexOf(". ", at);
        end = end < 0 || end > to ? to : end;
        for (Pattern exclude : excludes) {
            if (exclude.matcher(text).region(begin, end).find()) {
                return true;
            }
        }
        return false;
    }

    private record Name(String family, Pattern pattern) {
    }
}
