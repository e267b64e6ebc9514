package org.imrnlp.annotators.section;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.ctakes.typesystem.type.textspan.Segment;
import org.apache.uima.UimaContext;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.fit.descriptor.ResourceMetaData;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.apache.uima.jcas.JCas;
import org.imrnlp.annotators.text.CleanViewAnnotator;
import org.apache.uima.resource.ResourceInitializationException;
import org.imrnlp.annotators.imr.ItemLines;
import org.imrnlp.models.ResourceFiles;

/**
 * Divides a letter or note into cTAKES {@link Segment}s, each from its heading to the start of
 * the next section (trimmed): {@code id} is the section name ({@code reviewer},
 * {@code case-summary}, {@code decisions}, {@code rationale}, {@code documents-reviewed}, or for
 * other notes {@code history}, {@code exam}, {@code assessment}, {@code plan},
 * {@code medications}, {@code diagnoses}, {@code other}) and {@code preferredText} the heading as
 * written. Headings come from {@code sections.tsv} and are matched at the start of clean-text
 * lines. IMR letters of all three layouts are recognised; generic clinical headings are used only
 * when a document has no IMR heading. In an IMR letter, an item line after a rationale (the next
 * disputed item) starts a new {@code decisions} section whose preferred text is that line. In other
 * notes, a capitals line that is no known heading and occurs more than once is a page header or
 * footer, not a heading; a capitals body-part line ({@code RIGHT SHOULDER:}) continues its section.
 */
@ResourceMetaData(name = "IMR-NLP sections")
@TypeCapability(inputs = "org.imrnlp.type.OffsetMap",
        outputs = "org.apache.ctakes.typesystem.type.textspan.Segment")
public class SectionAnnotator extends CleanViewAnnotator {

    /** Section name of a decision rationale. */
    public static final String RATIONALE = "rationale";
    /** Section name of the decisions part (heading and item lines). */
    public static final String DECISIONS = "decisions";
    /** Section name of a capitals line that is no known heading. */
    private static final String OTHER = "other";

    private SectionHeadings headings;
    private ItemLines itemLines;

    @Override
    public void initialize(UimaContext context) throws ResourceInitializationException {
        super.initialize(context);
        headings = ResourceFiles.cached(SectionHeadings.RESOURCE, SectionHeadings.class, SectionHeadings::load);
        itemLines = ItemLines.get();
    }

    @Override
    protected void processCleanView(JCas jcas) throws AnalysisEngineProcessException {
        String text = jcas.getDocumentText();
        List<Line> lines = lines(text);
        List<SectionHeadings.Match> found = new ArrayList<>(lines.size());
        boolean imr = false;
        for (Line line : lines) {
            SectionHeadings.Match m = headings.matchImr(line.text(text));
            found.add(m);
            imr |= m != null;
        }
        if (!imr) {
            Map<String, Integer> otherCounts = new HashMap<>();
            for (int i = 0; i < lines.size(); i++) {
                SectionHeadings.Match m = headings.matchGeneric(lines.get(i).text(text));
                found.set(i, m);
                if (m != null && OTHER.equals(m.name())) {
                    otherCounts.merge(lines.get(i).text(text), 1, Integer::sum);
                }
            }
            for (int i = 0; i < lines.size(); i++) {
                SectionHeadings.Match m = found.get(i);
                if (m != null && OTHER.equals(m.name()) && otherCounts.get(lines.get(i).text(text)) > 1) {
                    found.set(i, null);
                }
            }
        }
        Open open = null;
        int lastEnd = 0;
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            String content = line.text(text);
            SectionHeadings.Match heading = found.get(i);
            if (heading != null && !heading.continuesSection(open == null ? null : open.name)) {
                close(jcas, open, lastEnd);
                open = new Open(heading.name(), line.begin, preferred(content.substring(0, heading.end())));
            } else if (heading == null && imr && open != null && RATIONALE.equals(open.name)
                    && itemLines.match(content) != null) {
                close(jcas, open, lastEnd);
                open = new Open(DECISIONS, line.begin, content);
            }
            lastEnd = line.end;
        }
        close(jcas, open, lastEnd);
    }

    private static String preferred(String heading) {
        String h = heading.strip();
        return h.endsWith(":") ? h.substring(0, h.length() - 1).strip() : h;
    }

    private static void close(JCas jcas, Open open, int end) {
        if (open == null || end <= open.begin) {
            return;
        }
        Segment segment = new Segment(jcas, open.begin, end);
        segment.setId(open.name);
        segment.setPreferredText(open.heading);
        segment.addToIndexes();
    }

    /** The non-blank lines of {@code text}, trimmed. */
    static List<Line> lines(String text) {
        List<Line> lines = new ArrayList<>();
        int start = 0;
        int length = text.length();
        while (start < length) {
            int newline = text.indexOf('\n', start);
            int stop = newline < 0 ? length : newline;
            int b = start;
            int e = stop;
            while (b < e && Character.isWhitespace(text.charAt(b))) {
                b++;
            }
            while (e > b && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            if (b < e) {
                lines.add(new Line(b, e));
            }
            start = stop + 1;
        }
        return lines;
    }

    /** A trimmed, non-blank line of the clean text. */
    record Line(int begin, int end) {
        String text(String text) {
            return text.substring(begin, end);
        }
    }

    private record Open(String name, int begin, String heading) {
    }
}
