package org.imrnlp.corpus.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.imrnlp.cli.ImrNlpCommand;
import org.imrnlp.core.json.AnnotatedDocument;
import org.imrnlp.core.json.JsonForm;
import org.imrnlp.corpus.LetterGenerator;
import org.imrnlp.corpus.format.JsonLines;
import org.imrnlp.corpus.format.OutputFormat;
import org.imrnlp.pipeline.ImrExtractor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Batch annotation over 2,000 generated letters in nested folders, with PDFs made here and
 * broken inputs mixed in; resuming after a simulated and after a real (kill -9) interruption.
 */
class BatchAnnotatorTest {

    private static final int LETTERS = 2000;
    private static final Set<String> BROKEN = Set.of("broken/truncated.pdf", "broken/encrypted.pdf",
            "broken/binary.txt", "broken/latin1.txt", "broken/empty.txt");

    @TempDir
    static Path root;
    static Path input;
    static ImrExtractor extractor;
    static int good;

    @BeforeAll
    static void makeCorpus() throws IOException {
        extractor = ImrExtractor.createDefault();
        input = root.resolve("in");
        LetterGenerator generator = new LetterGenerator(7);
        for (int i = 0; i < LETTERS; i++) {
            Path file = input.resolve("batch" + (i % 7)).resolve("sub" + (i % 3)).resolve(String.format("%04d.txt", i));
            Files.createDirectories(file.getParent());
            Files.writeString(file, generator.next(file.getFileName().toString()).text());
        }
        Path pdfs = input.resolve("pdf");
        Files.createDirectories(pdfs);
        for (int i = 0; i < 3; i++) {
            writePdf(pdfs.resolve("letter" + i + ".pdf"), List.of("The patient is a 45-year-old male.",
                    "Under consideration is a request for Norco 10/325mg #" + (60 + i) + "."), null);
        }
        Files.writeString(pdfs.resolve("letter0.txt"), "A text letter beside a PDF of the same name.\n");
        Path broken = input.resolve("broken");
        Files.createDirectories(broken);
        byte[] pdf = Files.readAllBytes(pdfs.resolve("letter1.pdf"));
        Files.write(broken.resolve("truncated.pdf"), Arrays.copyOf(pdf, pdf.length / 3));
        writePdf(broken.resolve("encrypted.pdf"), List.of("Secret letter."), "owner");
        Files.write(broken.resolve("binary.txt"), new byte[] {0x50, 0x4b, 3, 4, 0, 0, 0, 1, 2, 3, 0, 0});
        Files.write(broken.resolve("latin1.txt"), "Patient r\u00e9sum\u00e9: Norco 10 mg.\n".getBytes(StandardCharsets.ISO_8859_1));
        Files.write(broken.resolve("empty.txt"), new byte[0]);
        Files.writeString(input.resolve("notes.md"), "not a letter");
        good = LETTERS + 3 + 1;
    }

    @AfterAll
    static void close() {
        extractor.close();
    }

    private static void writePdf(Path file, List<String> lines, String ownerPassword) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                content.newLineAtOffset(72, 700);
                for (String line : lines) {
                    content.showText(line);
                    content.newLineAtOffset(0, -14);
                }
                content.endText();
            }
            if (ownerPassword != null) {
                StandardProtectionPolicy policy = new StandardProtectionPolicy(ownerPassword, "user", new AccessPermission());
                policy.setEncryptionKeyLength(128);
                document.protect(policy);
            }
            document.save(file.toFile());
        }
    }

    private static BatchAnnotator.Summary run(Path output, OutputFormat format, Map<String, Integer> annotated)
            throws IOException {
        return BatchAnnotator.builder().input(input).output(output).format(format).threads(2).extractor(extractor)
                .listener(new BatchAnnotator.Listener() {
                    @Override
                    public void finished(Path letter, BatchAnnotator.Outcome outcome, long chars, String error) {
                        if (outcome == BatchAnnotator.Outcome.DONE) {
                            annotated.merge(input.relativize(letter).toString(), 1, Integer::sum);
                        }
                    }
                }).build().run();
    }

    private static List<Path> files(Path dir, String suffix) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
        }
    }

    /** Counts files while another process writes and renames them: a file gone between listing and reading is skipped. */
    private static int countWhileWritten(Path dir, String suffix) throws IOException {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        int[] count = {0};
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                if (file.getFileName().toString().endsWith(suffix)) {
                    count[0]++;
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                if (e instanceof NoSuchFileException) {
                    return FileVisitResult.CONTINUE;
                }
                throw e;
            }
        });
        return count[0];
    }

    private static Map<Path, FileTime> modificationTimes(Path dir) throws IOException {
        Map<Path, FileTime> times = new HashMap<>();
        for (Path p : files(dir, ".json")) {
            times.put(p, Files.getLastModifiedTime(p));
        }
        return times;
    }

    @Test
    void annotatesEveryLetterRecordsFailuresAndResumesDoingOnlyWhatIsMissing() throws IOException {
        Path output = root.resolve("out-json");
        Map<String, Integer> annotated = new ConcurrentHashMap<>();
        BatchAnnotator.Summary first = run(output, OutputFormat.JSON, annotated);

        assertEquals(List.of(good, 0, BROKEN.size()), List.of(first.done(), first.skipped(), first.failed()));
        List<Path> outputs = files(output, ".json").stream().filter(p -> !p.toString().endsWith(".error.json")).toList();
        assertEquals(good, outputs.size());
        Set<String> errors = files(output, ".error.json").stream()
                .map(p -> output.relativize(p).toString().replace(".error.json", "")).collect(Collectors.toSet());
        assertEquals(BROKEN.stream().map(b -> b.substring(0, b.lastIndexOf('.'))).collect(Collectors.toSet()), errors);
        assertTrue(Files.readString(output.resolve("broken/encrypted.error.json")).contains("encrypted PDF"));
        assertTrue(Files.readString(output.resolve("broken/latin1.error.json")).contains("not UTF-8"));

        AnnotatedDocument pdf = JsonForm.read(output.resolve("pdf/letter1.json"));
        String pdfText = Files.readString(output.resolve("pdf/letter1.txt"));
        assertEquals("pdf/letter1.pdf", pdf.source());
        assertEquals(pdfText.length(), pdf.textLength());
        assertTrue(pdfText.contains("Norco 10/325mg #61"));
        assertTrue(Files.exists(output.resolve("pdf/letter0.pdf.json")), "PDF beside a .txt of the same name");
        assertTrue(Files.exists(output.resolve("pdf/letter0.json")));
        AnnotatedDocument letter = JsonForm.read(output.resolve("batch3/sub1/0010.json"));
        assertEquals(Files.readString(input.resolve("batch3/sub1/0010.txt")).length(), letter.textLength());

        Map<Path, FileTime> before = modificationTimes(output);
        annotated.clear();
        BatchAnnotator.Summary again = run(output, OutputFormat.JSON, annotated);
        assertEquals(List.of(0, good, BROKEN.size()), List.of(again.done(), again.skipped(), again.failed()));
        assertEquals(Map.of(), annotated);

        List<Path> removed = new ArrayList<>();
        for (int i = 0; i < outputs.size(); i += 23) {
            Files.delete(outputs.get(i));
            removed.add(outputs.get(i));
            Files.writeString(outputs.get(i).resolveSibling("." + outputs.get(i).getFileName() + ".123"
                    + BatchAnnotator.TEMP_SUFFIX), "{\"source\": \"cut off");
        }
        annotated.clear();
        BatchAnnotator.Summary resumed = run(output, OutputFormat.JSON, annotated);
        assertEquals(List.of(removed.size(), good - removed.size(), BROKEN.size()),
                List.of(resumed.done(), resumed.skipped(), resumed.failed()));
        Set<String> expectedRedone = new TreeSet<>();
        for (Path p : removed) {
            String rel = output.relativize(p).toString();
            expectedRedone.add(rel.equals("pdf/letter0.pdf.json") ? "pdf/letter0.pdf"
                    : rel.replace(".json", rel.startsWith("pdf/") && !rel.equals("pdf/letter0.json") ? ".pdf" : ".txt"));
        }
        assertEquals(expectedRedone, new TreeSet<>(annotated.keySet()));
        assertTrue(annotated.values().stream().allMatch(n -> n == 1));
        assertEquals(List.of(), files(output, BatchAnnotator.TEMP_SUFFIX));
        assertEquals(good, files(output, ".json").size() - BROKEN.size());
        Map<Path, FileTime> after = modificationTimes(output);
        for (Map.Entry<Path, FileTime> e : before.entrySet()) {
            if (!removed.contains(e.getKey()) && !e.getKey().toString().endsWith(".error.json")) {
                assertEquals(e.getValue(), after.get(e.getKey()), "rewritten: " + e.getKey());
            }
        }
    }

    @Test
    void jsonLinesResumeDropsALineCutOffAndAddsOnlyWhatIsMissing() throws IOException {
        Path output = root.resolve("out-jsonl");
        Map<String, Integer> annotated = new ConcurrentHashMap<>();
        run(output, OutputFormat.JSONL, annotated);
        Path file = output.resolve(BatchAnnotator.JSONL_FILE);
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(bytes, bytes.length - 40));
        annotated.clear();
        BatchAnnotator.Summary resumed = run(output, OutputFormat.JSONL, annotated);

        assertEquals(List.of(1, good - 1), List.of(resumed.done(), resumed.skipped()));
        List<AnnotatedDocument> documents = JsonLines.read(Files.newBufferedReader(file));
        assertEquals(good, documents.size());
        assertEquals(good, documents.stream().map(AnnotatedDocument::source).distinct().count());
    }

    @Test
    void outputsAreReadableByOthersAsTheUmaskAllows() throws IOException {
        org.junit.jupiter.api.Assumptions.assumeTrue(
                java.nio.file.FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path letters = root.resolve("perms/in");
        Files.createDirectories(letters);
        Files.writeString(letters.resolve("note.txt"), "She reports neck pain.\n");
        Path output = root.resolve("perms/out");
        BatchAnnotator.builder().input(letters).output(output).extractor(extractor).build().run();
        Path written = output.resolve("note.json");
        Path plain = Files.writeString(root.resolve("perms/plain.txt"), "x");  // what the umask gives a new file
        assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(written));
    }

    @Test
    void aSecondBatchIntoTheSameFolderIsRefusedWhileTheFirstRuns() throws IOException {
        Path letters = root.resolve("locked/in");
        Files.createDirectories(letters);
        Files.writeString(letters.resolve("note.txt"), "She reports neck pain.\n");
        Path output = root.resolve("locked/out");
        Files.createDirectories(output);
        BatchAnnotator batch = BatchAnnotator.builder().input(letters).output(output).extractor(extractor).build();
        try (java.nio.channels.FileChannel held = java.nio.channels.FileChannel.open(output.resolve(BatchAnnotator.LOCK_FILE),
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE);
             java.nio.channels.FileLock lock = held.lock()) {
            IOException e = assertThrows(IOException.class, batch::run);
            assertTrue(e.getMessage().startsWith(output + ": another batch"), e.getMessage());
        }
        assertEquals(1, batch.run().done());
    }

    @Test
    void aLetterFixedAfterAFailureIsDoneOnTheRerunAndLosesItsErrorRecord() throws IOException {
        Path letters = root.resolve("fixable/in/clinic");
        Files.createDirectories(letters);
        Path letter = letters.resolve("note.txt");
        Files.write(letter, "The patient was seen on 3/4/2015 for low back pain.\n".replace("seen", "s\u00e9en")
                .getBytes(StandardCharsets.ISO_8859_1));
        Path output = root.resolve("fixable/out");
        BatchAnnotator.Builder batch = BatchAnnotator.builder().input(letters.getParent()).output(output).extractor(extractor);
        Path errorRecord = output.resolve("clinic/note.error.json");

        assertEquals(1, batch.build().run().failed());
        assertTrue(Files.exists(errorRecord));
        Files.writeString(letter, "The patient was seen on 3/4/2015 for low back pain.\n");
        BatchAnnotator.Summary rerun = batch.build().run();

        assertEquals(List.of(1, 0, 0), List.of(rerun.done(), rerun.skipped(), rerun.failed()));
        assertFalse(Files.exists(errorRecord));
        assertTrue(Files.exists(output.resolve("clinic/note.json")));
    }

    @Test
    void refusesAnOutputFolderInsideTheInput() {
        Exception e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> BatchAnnotator.builder().input(input).output(input.resolve("out")).extractor(extractor).build());
        assertTrue(e.getMessage().contains("must not be inside the input folder"));
    }

    @Test
    void killNineThenRerunCompletesExactlyOnce() throws Exception {
        Path output = root.resolve("out-killed");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                ImrNlpCommand.class.getName(), "batch", input.toString(), "--out", output.toString(), "--threads", "1")
                .redirectErrorStream(true).redirectOutput(root.resolve("child.log").toFile()).start();
        boolean killed;
        try {
            // up to two minutes for the first hundred outputs: on a loaded machine the child JVM starts slowly
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (child.isAlive() && System.nanoTime() < deadline && countWhileWritten(output, ".json") < 100) {
                Thread.sleep(20);
            }
            killed = child.isAlive();
        } finally {
            child.destroyForcibly().waitFor();
        }
        int before = Files.isDirectory(output) ? files(output, ".json").size() : 0;

        Map<String, Integer> annotated = new ConcurrentHashMap<>();
        BatchAnnotator.Summary rerun = run(output, OutputFormat.JSON, annotated);

        assertTrue(killed, "the child finished before it could be killed");
        assertTrue(before >= 100 && before < good, "outputs before the kill: " + before);
        assertEquals(good, rerun.done() + rerun.skipped());
        assertTrue(rerun.skipped() >= before - BROKEN.size() - 1, "skipped " + rerun.skipped() + " of " + before);
        assertEquals(List.of(), files(output, BatchAnnotator.TEMP_SUFFIX));
        for (Path p : files(output, ".json")) {
            JsonForm.read(p);
        }
        assertFalse(annotated.values().stream().anyMatch(n -> n > 1));
        assertEquals(good, files(output, ".json").size() - files(output, ".error.json").size());
    }
}
