package org.imrnlp.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.imrnlp.core.Extraction;
import org.imrnlp.core.MentionType;
import org.imrnlp.models.RulePack;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Extractors reading user rule packs: behaviour changed as data, side by side with the built-in pack. */
class RulePackExtractorTest {

    private static final String NEW_DRUG = "Calmexa 20 mg twice daily was continued.";
    private static final String NEW_EXAM = "Straight leg raise lit up the left leg.";

    @TempDir
    static Path dir;
    private static ImrExtractor builtIn;
    private static ImrExtractor mine;

    @BeforeAll
    static void start() throws IOException {
        Path pack = Files.createDirectories(dir.resolve("mine"));
        Files.writeString(pack.resolve(RulePack.MANIFEST), "name=test\nversion=1\nschema=1\n");
        Files.writeString(pack.resolve("drugs.tsv"), builtInText("drugs.tsv") + "calmexine\tbenzodiazepine\t\tCalmexa\t\n");
        Files.createDirectories(pack.resolve("clinical"));
        Files.writeString(pack.resolve("clinical/exam-patterns.tsv"), builtInText("clinical/exam-patterns.tsv")
                + "exam.straight-leg-raise.test\tstraight leg raise\tpositive\t{SLR} lit up the {LAT} leg\t\n");
        builtIn = ImrExtractor.createDefault();
        mine = ImrExtractor.builder().rulePack(pack).build();
    }

    @AfterAll
    static void stop() {
        builtIn.close();
        mine.close();
    }

    private static String builtInText(String name) {
        return String.join("\n", RulePack.builtIn().lines(name)) + "\n";
    }

    private static List<String> rendered(Extraction x, MentionType type) {
        return x.all().stream().filter(m -> m.type() == type)
                .map(m -> m.text() + " " + m.attributes()).toList();
    }

    @Test
    void aDrugAddedInThePackIsFoundOnlyByItsExtractor() {
        assertEquals(List.of(), rendered(builtIn.extract(NEW_DRUG), MentionType.MEDICATION));
        List<String> found = rendered(mine.extract(NEW_DRUG), MentionType.MEDICATION);
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).startsWith("Calmexa {normalized=calmexine"), found.get(0));
        assertTrue(found.get(0).contains("frequency=2/day"), "doses still read by the built-in dose rules: " + found);
        assertEquals(List.of(), rendered(builtIn.extract(NEW_DRUG), MentionType.MEDICATION), "still none after");
    }

    @Test
    void anExamPatternAddedInThePackFindsItsFinding() {
        assertTrue(rendered(builtIn.extract(NEW_EXAM), MentionType.EXAM_FINDING).stream()
                .noneMatch(f -> f.contains("result=positive")));
        List<String> found = rendered(mine.extract(NEW_EXAM), MentionType.EXAM_FINDING);
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).startsWith("Straight leg raise lit up the left leg {test=straight leg raise, result=positive"),
                found.get(0));
        assertTrue(found.get(0).contains("laterality=left"), found.get(0));
    }

    @Test
    void aBadRowFailsTheBuildWithItsFileAndLine() throws IOException {
        Path bad = Files.createDirectories(dir.resolve("bad"));
        Files.writeString(bad.resolve(RulePack.MANIFEST), "name=bad\nversion=1\nschema=1\n");
        Files.writeString(bad.resolve("date-of-injury-triggers.tsv"),
                "id\tanchor\tpattern\ninjur\tinjur\tinjured\\s+on\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ImrExtractor.builder().rulePack(bad).build());
        assertEquals(bad.resolve("date-of-injury-triggers.tsv").toRealPath() + ":2: bad rule id \"injur\""
                + " (lower-case words joined by dots: exam.reflex.2)", e.getMessage());
    }

    @Test
    void aPackOfAnotherSchemaIsRefusedByTheBuilder() throws IOException {
        Path future = Files.createDirectories(dir.resolve("future"));
        Files.writeString(future.resolve(RulePack.MANIFEST), "name=future\nversion=1\nschema=9\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ImrExtractor.builder().rulePack(future));
        assertTrue(e.getMessage().startsWith(future.resolve(RulePack.MANIFEST).toRealPath().toString()), e.getMessage());
    }
}
