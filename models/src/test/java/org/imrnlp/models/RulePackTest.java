package org.imrnlp.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.imrnlp.models.drugs.DoseLexicon;
import org.imrnlp.models.drugs.DrugLexicon;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RulePackTest {

    private static final String MANIFEST = "name=test-pack\nversion=3\nschema=1\n";

    @TempDir
    Path dir;

    private Path pack(String manifest, String... nameAndContent) throws IOException {
        Path root = Files.createDirectories(dir.resolve("pack"));
        if (manifest != null) {
            Files.writeString(root.resolve(RulePack.MANIFEST), manifest);
        }
        for (int i = 0; i < nameAndContent.length; i += 2) {
            Path file = root.resolve(nameAndContent[i]);
            Files.createDirectories(file.getParent());
            Files.writeString(file, nameAndContent[i + 1], StandardCharsets.UTF_8);
        }
        return root;
    }

    private static String builtInText(String name) {
        return String.join("\n", RulePack.builtIn().lines(name)) + "\n";
    }

    @Test
    void theBuiltInPackDescribesItself() {
        RulePack builtIn = RulePack.builtIn();
        assertEquals("imrnlp-built-in", builtIn.name());
        assertTrue(builtIn.isBuiltIn());
        assertTrue(RulePack.builtInFiles().containsAll(Set.of("drugs.tsv", "clinical/exam-patterns.tsv")));
        assertTrue(RulePack.builtInFiles().stream().noneMatch(n -> n.endsWith(".class") || n.startsWith("ner/")),
                RulePack.builtInFiles().toString());
    }

    @Test
    void aFileOfTheUserPackReplacesTheBuiltInOneAndOthersFallBack() throws IOException {
        RulePack pack = RulePack.open(pack(MANIFEST, "abbreviations.txt", "# mine\nzz\n"));
        assertEquals("test-pack", pack.name());
        assertEquals("3", pack.version());
        assertEquals(List.of("zz"), pack.lines("abbreviations.txt"));
        assertEquals(RulePack.builtIn().lines("us-states.txt"), pack.lines("us-states.txt"));
        assertEquals(Set.of("abbreviations.txt"), pack.overrides());
    }

    @Test
    void aPackIsReadOnceWhileItsFilesAreUnchanged() throws IOException {
        Path root = pack(MANIFEST, "abbreviations.txt", "zz\n");
        RulePack first = RulePack.open(root);
        assertSame(first, RulePack.open(root));
        Files.writeString(root.resolve("abbreviations.txt"), "zz\nyy\n");
        Files.setLastModifiedTime(root.resolve("abbreviations.txt"), FileTime.fromMillis(1_000_000L));
        RulePack edited = RulePack.open(root);
        assertNotSame(first, edited);
        assertEquals(List.of("zz", "yy"), edited.lines("abbreviations.txt"));
    }

    @Test
    void objectsBuiltFromFilesThePackDoesNotReplaceAreTheBuiltInOnes() throws IOException {
        String drugs = builtInText("drugs.tsv") + "calmexine\tbenzodiazepine\t\tCalmexa\t\n";
        RulePack pack = RulePack.open(pack(MANIFEST, "drugs.tsv", drugs));
        assertSame(DoseLexicon.get(), DoseLexicon.get(pack), "dose files are not replaced");
        DrugLexicon mine = DrugLexicon.get(pack);
        assertNotSame(DrugLexicon.get(), mine);
        assertSame(mine, DrugLexicon.get(pack), "built once per pack");
        assertEquals("calmexine", mine.exact("calmexa").normalized());
        assertNull(DrugLexicon.get().exact("calmexa"), "the built-in lexicon is untouched");
    }

    @Test
    void anObjectBuiltFromAnotherCachedObjectIsRebuiltWhenThatOnesFileIsReplaced() throws IOException {
        RulePack pack = RulePack.open(pack(MANIFEST, "abbreviations.txt", "zz\n"));
        java.util.function.Function<RulePack, String> inner = p -> String.join(",", p.lines("abbreviations.txt"));
        String outerBuiltIn = RulePack.builtIn().cached("outer-test", String.class,
                p -> "outer:" + p.cached("inner-test", String.class, inner).length());
        String outerMine = pack.cached("outer-test", String.class,
                p -> "outer:" + p.cached("inner-test", String.class, inner).length());
        assertEquals("outer:2", outerMine);
        assertTrue(!outerBuiltIn.equals(outerMine), outerBuiltIn);
    }

    @Test
    void aBadRowNamesTheFileAndLine() throws IOException {
        String rows = "# a comment\nid\tkind\tpattern\tvalue\n\ndose.frequency.1\tfrequency\tonce\\s+daily\t1/day\n"
                + "dose.frequency.2\tfrequency\t(twice\t2/day\n";
        Path root = pack(MANIFEST, "dose-patterns.tsv", rows);
        RulePack pack = RulePack.open(root);
        RulePackException e = assertThrows(RulePackException.class, () -> DoseLexicon.get(pack));
        assertTrue(e.getMessage().startsWith(root.resolve("dose-patterns.tsv") + ":5: bad pattern"), e.getMessage());
        assertEquals(1, e.getMessage().lines().count());
    }

    @Test
    void aRowWithTooManyCellsOrADuplicateRuleIdNamesItsLine() throws IOException {
        Path root = pack(MANIFEST, "dose-patterns.tsv",
                "id\tkind\tpattern\tvalue\ndose.a.1\tfrequency\tdaily\t1/day\textra\n");
        RulePackException cells = assertThrows(RulePackException.class, () -> RulePack.open(root).table("dose-patterns.tsv"));
        assertTrue(cells.getMessage().endsWith("dose-patterns.tsv:2: 5 cells for 4 columns [id, kind, pattern, value]"),
                cells.getMessage());
        Files.writeString(root.resolve("dose-patterns.tsv"),
                "id\tkind\tpattern\tvalue\ndose.a.1\tfrequency\tdaily\t1/day\ndose.a.1\tfrequency\tweekly\t1/week\n");
        Files.setLastModifiedTime(root.resolve("dose-patterns.tsv"), FileTime.fromMillis(2_000_000L));
        RulePackException twice = assertThrows(RulePackException.class, () -> DoseLexicon.get(RulePack.open(root)));
        assertTrue(twice.getMessage().endsWith("dose-patterns.tsv:3: rule id dose.a.1 already used at line 2"),
                twice.getMessage());
    }

    @Test
    void aPackWithoutAManifestOrOfAnotherSchemaIsRefused() throws IOException {
        Path none = pack(null, "abbreviations.txt", "zz\n");
        RulePackException missing = assertThrows(RulePackException.class, () -> RulePack.open(none));
        assertTrue(missing.getMessage().startsWith(none.resolve(RulePack.MANIFEST) + ": missing"), missing.getMessage());
        Files.writeString(none.resolve(RulePack.MANIFEST), "name=x\nversion=1\nschema=2\n");
        RulePackException schema = assertThrows(RulePackException.class, () -> RulePack.open(none));
        assertEquals(none.resolve(RulePack.MANIFEST) + ": schema 2 is not supported (this library reads rule packs"
                + " of schema 1)", schema.getMessage());
        RulePackException absent = assertThrows(RulePackException.class, () -> RulePack.open(dir.resolve("nowhere")));
        assertTrue(absent.getMessage().contains("no such rule pack"), absent.getMessage());
    }

    @Test
    void aZipFileIsAPackToo() throws IOException {
        Path zip = dir.resolve("pack.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            put(out, RulePack.MANIFEST, MANIFEST);
            put(out, "clinical/specialists.txt", "orthopedist\n");
        }
        RulePack pack = RulePack.open(zip);
        assertEquals(List.of("orthopedist"), pack.lines("clinical/specialists.txt"));
        assertEquals(zip.toRealPath() + "!/clinical/specialists.txt", pack.source("clinical/specialists.txt"));
    }

    private static void put(ZipOutputStream out, String name, String text) throws IOException {
        out.putNextEntry(new ZipEntry(name));
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
    }

    @Test
    void theExportedPackIsAUsablePackOfEveryBuiltInFile() throws IOException {
        Path exported = dir.resolve("exported");
        RulePack.exportBuiltIn(exported);
        RulePack pack = RulePack.open(exported);
        assertEquals("my-rules", pack.name());
        assertEquals(RulePack.builtInFiles(), pack.overrides());
        assertTrue(pack.unknownFiles().isEmpty());
        assertEquals(RulePack.builtIn().table("dose-patterns.tsv").rows().size(),
                pack.table("dose-patterns.tsv").rows().size());
        RulePackException notEmpty = assertThrows(RulePackException.class, () -> RulePack.exportBuiltIn(exported));
        assertTrue(notEmpty.getMessage().contains("not empty"), notEmpty.getMessage());
    }

    @Test
    void everyRuleOfTheBuiltInRuleFilesHasAUniqueWellFormedId() {
        for (String file : RuleIds.FILES) {
            List<String> ids = RuleIds.of(RulePack.builtIn(), file);
            assertTrue(ids.size() > 2, file);
            assertNotNull(ids.get(0));
        }
        assertEquals(RuleIds.of(RulePack.builtIn(), "dose-patterns.tsv").size(),
                RulePack.builtIn().table("dose-patterns.tsv").rows().size(), "every dose rule has an id");
    }
}
