package org.imrnlp.annotators.clinical;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.imrnlp.core.Extraction;
import org.imrnlp.core.Mention;
import org.imrnlp.core.MentionType;
import org.apache.uima.analysis_engine.AnalysisEngineDescription;
import org.apache.uima.fit.factory.AggregateBuilder;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.resource.ResourceInitializationException;
import org.imrnlp.pipeline.ImrExtractor;
import org.imrnlp.pipeline.ImrPipeline;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Test sentences with the annotations expected in them, read from a resource file of blocks
 * separated by blank lines: the sentence on the first line, then one rendered annotation per line
 * (none when nothing must be found). Renders annotations as {@code Type[text] attr=value ...}.
 */
final class SentenceCases {

    private static final ImrExtractor EXTRACTOR = ImrExtractor.createDefault();

    /** Extractors running only the engines one annotator declares it needs, made when first used. */
    private static final Map<Class<?>, ImrExtractor> ALONE = new java.util.concurrent.ConcurrentHashMap<>();

    private SentenceCases() {
    }

    /** The cases of {@code resource} (next to this class) as (sentence, expected) arguments. */
    static Stream<Arguments> read(String resource) {
        try (InputStream in = SentenceCases.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            List<Arguments> cases = new ArrayList<>();
            for (String block : text.split("\\n\\s*\\n")) {
                List<String> lines = block.lines().filter(l -> !l.startsWith("#") && !l.isBlank()).toList();
                if (!lines.isEmpty()) {
                    cases.add(Arguments.of(lines.get(0), String.join("\n", lines.subList(1, lines.size()))));
                }
            }
            return cases.stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The annotations of {@code type} found in {@code sentence}, rendered one per line. */
    static String render(String sentence, MentionType type) {
        Extraction x = EXTRACTOR.extract(sentence);
        return x.all().stream().filter(m -> m.type() == type).map(SentenceCases::render)
                .collect(Collectors.joining("\n"));
    }

    /**
     * The annotations of {@code type} that {@code annotator} finds in {@code sentence} when it runs
     * with only the engines it declares it needs ({@link ImrPipeline#componentsFor}), rendered one
     * per line. For annotators whose results no later engine changes (diagnoses, procedures).
     */
    static String renderAlone(String sentence, MentionType type,
                              Class<? extends org.apache.uima.analysis_component.AnalysisComponent> annotator) {
        ImrExtractor extractor = ALONE.computeIfAbsent(annotator, SentenceCases::alone);
        return extractor.extract(sentence).all().stream().filter(m -> m.type() == type).map(SentenceCases::render)
                .collect(Collectors.joining("\n"));
    }

    private static ImrExtractor alone(Class<?> annotator) {
        try {
            AggregateBuilder pipeline = new AggregateBuilder();
            for (AnalysisEngineDescription d : ImrPipeline.componentsFor(AnalysisEngineFactory.createEngineDescription(
                    annotator.asSubclass(org.apache.uima.analysis_component.AnalysisComponent.class)))) {
                pipeline.add(d);
            }
            return ImrExtractor.create(pipeline.createAggregateDescription());
        } catch (ResourceInitializationException e) {
            throw new IllegalStateException(e);
        }
    }

    static String render(Mention m) {
        StringBuilder b = new StringBuilder(m.type().jsonName()).append('[').append(m.text()).append(']');
        for (Map.Entry<String, String> a : m.attributes().entrySet()) {
            b.append(' ').append(a.getKey()).append('=').append(a.getValue());
        }
        return b.toString();
    }
}
