package org.imrnlp.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The sample letters the benchmarks run on, read once. */
final class Letters {

    /** System property naming the folder of letters (set by {@link BenchmarkCommand}). */
    static final String FOLDER_PROPERTY = "imrnlp.benchmark.letters";

    private Letters() {
    }

    static List<String> load() {
        Path folder = Path.of(System.getProperty(FOLDER_PROPERTY, "corpus/samples/letters"));
        try (Stream<Path> files = Files.list(folder)) {
            List<String> texts = files.filter(p -> p.toString().endsWith(".txt")).sorted().map(Letters::read).toList();
            if (texts.isEmpty()) {
                throw new IllegalStateException("no .txt letters in " + folder);
            }
            return texts;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
    }

    /** UTF-8 size of all letters, the bytes one benchmark operation processes. */
    static long bytes(List<String> texts) {
        return texts.stream().mapToLong(t -> t.getBytes(StandardCharsets.UTF_8).length).sum();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
