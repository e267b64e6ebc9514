package org.imrnlp.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.Locale;
import java.util.stream.Stream;
import org.imrnlp.core.Extraction;
import org.imrnlp.core.Mention;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile inputs through the whole pipeline, in the spirit of commonmark-java's
 * {@code PathologicalTest}: each must be annotated without an error, with every span inside the
 * text. The timeout is a hang detector (each takes well under a second on this machine when the
 * algorithms are linear, and minutes when one is quadratic), not a speed test: speed is measured
 * by the benchmark.
 */
class PathologicalInputTest {

    private static final Duration HANG = Duration.ofSeconds(30);
    private static ImrExtractor extractor;

    @BeforeAll
    static void create() {
        extractor = ImrExtractor.createDefault();
    }

    @AfterAll
    static void close() {
        extractor.close();
    }

    static Stream<Arguments> inputs() {
        return Stream.of(
                Arguments.of("one 4,000-letter word", "The patient has " + "abcdefghij".repeat(400) + " pain."),
                Arguments.of("100,000 repeated letters", "a".repeat(100_000)),
                Arguments.of("'no' repeated 50,000 times", "He has " + "no ".repeat(50_000) + "back pain."),
                Arguments.of("a list of 10,000 diagnoses", "Diagnoses: " + "lumbar radiculopathy, ".repeat(10_000) + "and chronic pain."),
                Arguments.of("20,000 nested parentheses", "(".repeat(20_000) + "neck pain" + ")".repeat(20_000)),
                Arguments.of("20,000 abbreviations", "Dr. ".repeat(20_000)),
                Arguments.of("20,000 doses", "Norco 10/325 ".repeat(20_000)),
                Arguments.of("a cue ending a sentence glued to a list", "The patient has chronic pain,and status post detox"),
                Arguments.of("a heading in capitals over a line end", "SPINAL CORD \nSTIMULATOR.\n"),
                Arguments.of("an upper-case letter", ("THE INJURED WORKER IS A 45 YEAR OLD MALE WITH CHRONIC LOW BACK PAIN. HE DENIES "
                        + "NUMBNESS. NORCO 10/325MG #60 IS NOT MEDICALLY NECESSARY. DR. LEE NOTED SPASM.\n").repeat(200)),
                Arguments.of("10,000 line breaks", "pain\n".repeat(10_000)),
                Arguments.of("control characters and replacement characters", "pain \u0001\u0002\ufffd\ufffd denies \u0007 numbness".repeat(2_000)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void isAnnotatedWithEverySpanInsideTheText(String name, String text) {
        Extraction x = assertTimeoutPreemptively(HANG, () -> extractor.extract(text, name));
        for (Mention m : x.all()) {
            assertEquals(text.substring(m.begin(), m.end()), m.text(), () -> name + " " + m.id());
        }
    }

    @ParameterizedTest(name = "{0}, upper case")
    @MethodSource("inputs")
    void isAnnotatedInUpperCase(String name, String text) {
        String upper = text.toUpperCase(Locale.ROOT);
        assertTimeoutPreemptively(HANG, () -> extractor.extract(upper, name));
    }
}
