package org.imrnlp.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import org.imrnlp.corpus.sweep.CorpusSweep;
import org.imrnlp.pipeline.ImrExtractor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code imrnlp sweep DIR...}: annotates every document and fails on any error or inconsistent annotation. */
@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = {"Annotates every .txt and .pdf under the folders (nothing is written) and checks that",
                "no document fails and every annotation's text equals the input at its offsets.",
                "Prints one line per failure, the slowest documents, and 'N passed, N failed'."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:every document passed", "1:a document failed", "2:bad usage"})
final class SweepCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "DIR", description = "Folders (read recursively) or files.")
    List<Path> folders;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "2", description = "Worker threads (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--slowest", paramLabel = "N", defaultValue = "5",
            description = "How many of the slowest documents (time per KB) to list (default: ${DEFAULT-VALUE}).")
    int slowest;

    @Mixin
    ModelOption model;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        for (Path folder : folders) {
            if (!Files.exists(folder)) {
                throw new NoSuchFileException(folder + ": no such file or folder");
            }
        }
        if (threads < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--threads must be at least 1");
        }
        List<Path> files = CorpusSweep.documents(folders);
        AtomicInteger done = new AtomicInteger();
        CorpusSweep.Result result;
        try (ImrExtractor extractor = model.extractor(spec)) {
            result = new CorpusSweep(extractor, threads).run(files, r -> {
                if (!r.passed()) {
                    synchronized (err) {
                        err.println("imrnlp: " + r.file() + ": " + r.failure());
                        err.flush();
                    }
                }
                int n = done.incrementAndGet();
                if (n % 1000 == 0) {
                    synchronized (err) {
                        err.println("sweep: " + n + " of " + files.size() + " documents");
                        err.flush();
                    }
                }
            });
        }
        double seconds = result.nanos() / 1e9;
        out.printf(Locale.ROOT, "sweep: %d documents, %.1f MB of text in %.1f s (%.2f MB/s, %d threads)%n",
                files.size(), result.chars() / 1e6, seconds, result.chars() / 1e6 / seconds, threads);
        if (slowest > 0) {
            out.println("slowest documents (ms per KB of text):");
            for (CorpusSweep.DocumentResult d : result.slowest(slowest)) {
                out.printf(Locale.ROOT, "  %8.2f  %7d chars  %s%n", d.nanos() / 1e6 / (d.chars() / 1000.0), d.chars(), d.file());
            }
        }
        int failed = result.failures().size();
        out.println(result.passed() + " passed, " + failed + " failed");
        out.flush();
        return failed == 0 ? 0 : 1;
    }
}
