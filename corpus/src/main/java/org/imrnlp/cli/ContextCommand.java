package org.imrnlp.cli;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.imrnlp.annotators.context.ContextAssessor;
import org.imrnlp.core.Assertion;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code imrnlp context --tsv FILE}: the assertion status of target phrases in sentences supplied
 * by the caller, one output row per input row.
 */
@Command(name = "context", mixinStandardHelpOptions = true,
        description = {"Assesses target phrases in sentences: negated, uncertain, historical,",
                "generic, subject.",
                "Input: tab-separated, with the header id<TAB>target<TAB>sentence; the target",
                "is a phrase of its sentence, matched ignoring case.",
                "Output: a header, then per row: id, negated, uncertain, historical, generic,",
                "subject (tab-separated). A row whose target is not in its sentence gets a",
                "one-line error on stderr (line number and id); the other rows are still assessed."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:every row assessed", "1:a row or the file could not be assessed", "2:bad usage"})
final class ContextCommand implements Callable<Integer> {

    static final List<String> INPUT_HEADER = List.of("id", "target", "sentence");
    static final String OUTPUT_HEADER = "id\tnegated\tuncertain\thistorical\tgeneric\tsubject";

    @Option(names = "--tsv", required = true, paramLabel = "FILE",
            description = "Input rows (UTF-8); - reads standard input (named stdin in messages).")
    Path tsv;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the result here instead of stdout.")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        try (BufferedReader reader = AnnotateCommand.isStdin(tsv)
                ? new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8.newDecoder()))
                : Files.newBufferedReader(tsv, StandardCharsets.UTF_8)) {
            if (out == null) {
                Writer stdout = new BufferedWriter(spec.commandLine().getOut(), 1 << 16);
                int status = assess(reader, stdout, err);
                stdout.flush();
                return status;
            }
            try (Writer file = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
                return assess(reader, file, err);
            }
        } catch (NoSuchFileException e) {
            err.println("imrnlp: " + e.getFile() + ": no such file");
            return 1;
        } catch (java.nio.charset.CharacterCodingException e) {
            err.println("imrnlp: " + name() + ": not UTF-8 text");
            return 1;
        } catch (IOException e) {
            err.println("imrnlp: " + e.getMessage());
            return 1;
        }
    }

    /** The input's name in messages. */
    private String name() {
        return AnnotateCommand.isStdin(tsv) ? AnnotateCommand.STDIN_NAME : tsv.toString();
    }

    private int assess(BufferedReader reader, Writer writer, PrintWriter err) throws IOException {
        String header = reader.readLine();
        if (header != null && header.startsWith("\uFEFF")) {
            header = header.substring(1);
        }
        if (header == null || !List.of(header.strip().split("\t")).equals(INPUT_HEADER)) {
            err.println("imrnlp: " + name() + ": the first line must be the header 'id<TAB>target<TAB>sentence'");
            return 1;
        }
        writer.write(OUTPUT_HEADER);
        writer.write('\n');
        int status = 0;
        int lineNumber = 1;
        StringBuilder row = new StringBuilder(64);
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            String[] cells = line.split("\t", 3);
            String id = cells[0].strip();
            if (cells.length < 3) {
                err.println("imrnlp: " + name() + " line " + lineNumber + " (id " + id + "): expected 3 columns");
                status = 1;
                continue;
            }
            Assertion a;
            try {
                a = ContextAssessor.assessPhrase(cells[2], cells[1]);
            } catch (IllegalArgumentException e) {
                err.println("imrnlp: " + name() + " line " + lineNumber + " (id " + id + "): " + e.getMessage());
                status = 1;
                continue;
            }
            row.setLength(0);
            row.append(id).append('\t').append(a.negated()).append('\t').append(a.uncertain()).append('\t')
                    .append(a.historical()).append('\t').append(a.generic()).append('\t')
                    .append(a.subject().label()).append('\n');
            writer.append(row);
        }
        return status;
    }
}
