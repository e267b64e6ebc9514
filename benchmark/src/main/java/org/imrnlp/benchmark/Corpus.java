package org.imrnlp.benchmark;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The documents a benchmark runs on: the {@code .txt} files under a folder (recursively, in path
 * order), optionally every n-th of them, less the documents that fail in the pipeline. The folder
 * and the sampling step of each corpus and the documents to skip are system properties, so that
 * the forked JMH JVM reads the same documents as the command.
 */
final class Corpus {

    /** Corpus names, also the values of {@link PipelineBenchmark}'s {@code corpus} parameter. */
    static final String LETTERS = "letters";
    static final String NOTES = "notes";

    private Corpus() {
    }

    /** The system property holding a corpus' folder. */
    static String folderProperty(String corpus) {
        return "imrnlp.benchmark." + corpus;
    }

    /** The system property holding a corpus' sampling step (1 = every document). */
    static String everyProperty(String corpus) {
        return "imrnlp.benchmark." + corpus + ".every";
    }

    /**
     * The system property holding the documents to leave out (paths separated by the path
     * separator): those that fail in the pipeline, found before the measurements.
     */
    static final String SKIP_PROPERTY = "imrnlp.benchmark.skip";

    /** The files of {@code corpus}, as its properties name them, less those to skip. */
    static List<Path> files(String corpus) {
        String folder = System.getProperty(folderProperty(corpus));
        if (folder == null) {
            throw new IllegalStateException("no folder for the " + corpus + " corpus");
        }
        Set<Path> skipped = skipped();
        return files(Path.of(folder), Integer.getInteger(everyProperty(corpus), 1)).stream()
                .filter(f -> !skipped.contains(f)).toList();
    }

    /** The documents to leave out, as {@link #SKIP_PROPERTY} names them. */
    static Set<Path> skipped() {
        Set<Path> skipped = new HashSet<>();
        String skip = System.getProperty(SKIP_PROPERTY, "");
        if (!skip.isEmpty()) {
            for (String s : skip.split(File.pathSeparator)) {
                skipped.add(Path.of(s));
            }
        }
        return skipped;
    }

    /** Every {@code every}-th {@code .txt} file under {@code folder}, in path order. */
    static List<Path> files(Path folder, int every) {
        try (Stream<Path> walk = Files.walk(folder)) {
            List<Path> all = walk.filter(p -> p.toString().endsWith(".txt") && Files.isRegularFile(p)).sorted().toList();
            List<Path> sample = new ArrayList<>();
            for (int i = 0; i < all.size(); i += every) {
                sample.add(all.get(i));
            }
            if (sample.isEmpty()) {
                throw new IllegalStateException("no .txt documents under " + folder);
            }
            return sample;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
    }

    /** The texts of {@code corpus}. */
    static List<String> load(String corpus) {
        return files(corpus).stream().map(Corpus::read).toList();
    }

    /** UTF-8 size of the texts, the bytes one benchmark operation processes. */
    static long bytes(List<String> texts) {
        return texts.stream().mapToLong(t -> t.getBytes(StandardCharsets.UTF_8).length).sum();
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
    }
}
