package org.imrnlp.annotators.section;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.imrnlp.models.RulePack;
import org.imrnlp.models.StartChars;
import org.imrnlp.models.TsvTable;

/**
 * The section headings of {@code sections.tsv}, compiled; a heading is tried on a line only when
 * the line's first character can start it. Immutable and shared.
 */
final class SectionHeadings {

    /** Resource name of the heading table. */
    static final String RESOURCE = "sections.tsv";

    private static final String GENERIC = "generic";
    /** Name of the rows that match lines which are no heading (body-part sub-headings). */
    static final String NONE = "none";

    private final List<Heading> imr;
    private final List<Heading> generic;

    private SectionHeadings(List<Heading> imr, List<Heading> generic) {
        this.imr = imr;
        this.generic = generic;
    }

    static SectionHeadings load(RulePack pack) {
        List<Heading> imr = new ArrayList<>();
        List<Heading> generic = new ArrayList<>();
        for (TsvTable.Row row : pack.table(RESOURCE).rows()) {
            String form = row.get("form");
            String pattern = "(?:" + row.get("pattern") + ")";
            String continuation = row.get("continues");
            if (!List.of("no", "yes", "any").contains(continuation)) {
                throw row.error("continues must be no, yes or any: " + continuation);
            }
            boolean continues = !"no".equals(continuation);
            boolean any = "any".equals(continuation);
            String section = row.get("name");
            if (!GENERIC.equals(row.get("layout")) && ("heading".equals(form) || "caps".equals(form) || "capslabel".equals(form))) {
                throw row.error("form " + form + " is for generic rows only");
            }
            switch (form) {
                case "line" -> imr.add(new Heading(section, continues, any,
                        row.compile(pattern + "\\s*:?\\s*$", Pattern.CASE_INSENSITIVE), false));
                case "label" -> imr.add(new Heading(section, continues, any,
                        row.compile(pattern + "\\s*:", Pattern.CASE_INSENSITIVE), false));
                case "heading" -> {
                    generic.add(new Heading(section, continues, any, row.compile(pattern + "\\s*:?\\s*$", 0), true));
                    generic.add(new Heading(section, continues, any, Pattern.compile("(?=\\p{Lu})" + pattern + "\\s*:?\\s*$",
                            Pattern.CASE_INSENSITIVE), false));
                    generic.add(new Heading(section, continues, any,
                            row.compile(pattern + "\\s*:", Pattern.CASE_INSENSITIVE), false));
                }
                case "caps" -> generic.add(new Heading(section, continues, any,
                        row.compile(pattern + "\\s*:?\\s*$", 0), true));
                case "capslabel" -> generic.add(new Heading(section, continues, any,
                        row.compile(pattern + "\\s*:(?!\\S)", 0), false));
                default -> throw row.error("unknown form " + form);
            }
        }
        return new SectionHeadings(List.copyOf(imr), List.copyOf(generic));
    }

    /** The IMR letter heading that {@code line} starts with, or null. */
    Match matchImr(String line) {
        return match(imr, line);
    }

    /** The generic clinical heading that {@code line} starts with, or null. */
    Match matchGeneric(String line) {
        return match(generic, line);
    }

    private static Match match(List<Heading> headings, String line) {
        for (Heading heading : headings) {
            if (!line.isEmpty() && !heading.starts.canStart(line.charAt(0))) {
                continue;
            }
            Matcher m = heading.pattern.matcher(line);
            if (m.lookingAt() && (!heading.capitals || line.equals(line.toUpperCase(Locale.ROOT)))) {
                return NONE.equals(heading.name) ? null : new Match(heading.name, heading.continues, heading.continuesAny,
                        m.end());
            }
        }
        return null;
    }

    /**
     * A heading found at a line start.
     *
     * @param name      the section name
     * @param continues    whether it continues an open section of the same name
     * @param continuesAny whether it continues any open section (a sub-heading such as
     *                     {@code LUNGS:}); it opens a section of its name only when none is open
     * @param end          end of the heading (and its colon) within the line
     */
    record Match(String name, boolean continues, boolean continuesAny, int end) {

        /** Whether this heading continues {@code open} (the name of the open section, or null). */
        boolean continuesSection(String open) {
            return open != null && (continuesAny || continues && open.equals(name));
        }
    }

    private record Heading(String name, boolean continues, boolean continuesAny, Pattern pattern, boolean capitals,
                           StartChars starts) {
        Heading(String name, boolean continues, boolean continuesAny, Pattern pattern, boolean capitals) {
            this(name, continues, continuesAny, pattern, capitals, StartChars.of(pattern));
        }
    }
}
