package org.imrnlp.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.imrnlp.core.Extraction;
import org.imrnlp.core.json.JsonForm;
import org.imrnlp.pipeline.ImrExtractor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code imrnlp annotate FILE...}: prints the JSON form of each file's annotations. */
@Command(name = "annotate", mixinStandardHelpOptions = true,
        description = {"Annotates letters (.txt in UTF-8, or .pdf) and prints the JSON form:",
                "one object for one file, JSON Lines (one object per line) for several.",
                "A file that cannot be read gets a one-line error on stderr; the others are still annotated."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:every file annotated", "1:a file could not be read or annotated", "2:bad usage"})
final class AnnotateCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Letters to annotate.")
    List<Path> files;

    @Option(names = "--pretty", description = "Indent the JSON (one file only).")
    boolean pretty;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int status = 0;
        try (ImrExtractor extractor = ImrExtractor.createDefault()) {
            for (Path file : files) {
                try {
                    Extraction extraction = extractor.extract(file);
                    out.println(pretty && files.size() == 1
                            ? JsonForm.toPrettyJson(extraction.toDocument()) : extraction.toJson());
                    out.flush();
                } catch (NoSuchFileException e) {
                    err.println("imrnlp: " + file + ": no such file");
                    status = 1;
                } catch (IOException e) {
                    err.println("imrnlp: " + e.getMessage());
                    status = 1;
                } catch (RuntimeException e) {
                    err.println("imrnlp: " + file + ": annotation failed (" + e.getClass().getSimpleName() + ")");
                    status = 1;
                }
            }
        }
        return status;
    }
}
