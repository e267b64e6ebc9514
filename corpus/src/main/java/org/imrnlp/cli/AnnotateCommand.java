package org.imrnlp.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.imrnlp.core.json.JsonForm;
import org.imrnlp.corpus.format.Analysis;
import org.imrnlp.corpus.format.BratConfiguration;
import org.imrnlp.corpus.format.OutputFormat;
import org.imrnlp.corpus.format.XmiFormat;
import org.imrnlp.fhir.FhirExport;
import org.imrnlp.pipeline.DocumentText;
import org.imrnlp.pipeline.ExtractionException;
import org.imrnlp.pipeline.ImrExtractor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code imrnlp annotate FILE...}: prints or writes each file's annotations. */
@Command(name = "annotate", mixinStandardHelpOptions = true,
        description = {"Annotates letters (.txt in UTF-8, or .pdf).",
                "json (default) prints one object for one file, JSON Lines for several; jsonl, conll and opennlp",
                "print to stdout; brat and xmi write several files and need --out DIR (so does any format with --out);",
                "fhir prints an HL7 FHIR R4 Bundle, indented for one file, one per line (NDJSON) for several.",
                "FILE - reads standard input (UTF-8 text), named stdin in the output.",
                "A file that cannot be read gets a one-line error on stderr; the others are still annotated."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:every file annotated", "1:a file could not be read or annotated", "2:bad usage"})
final class AnnotateCommand implements Callable<Integer> {

    /** The name of standard input in the output. */
    static final String STDIN_NAME = "stdin";

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Letters to annotate; - for standard input.")
    List<Path> files;

    @Option(names = "--pretty", description = "Indent the JSON (--format json, one file only).")
    boolean pretty;

    @Option(names = "--types", split = ",", paramLabel = "T1,T2",
            description = "Annotation types to write, or all (default: all; brat, conll and opennlp leave out Section).")
    List<String> types;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "json",
            description = "json, jsonl, brat, xmi, conll, opennlp or fhir (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--out", paramLabel = "DIR", description = "Write NAME.EXT files into DIR instead of printing.")
    Path out;

    @Mixin
    ModelOption model;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        OutputFormat outputFormat = Options.format(spec, format);
        List<String> written = Options.types(spec, types, outputFormat);
        if (out == null && (outputFormat == OutputFormat.BRAT || outputFormat == OutputFormat.XMI)) {
            throw new ParameterException(spec.commandLine(), "--format " + format + " writes several files: give --out DIR");
        }
        checkPretty(outputFormat);
        if (files.stream().filter(AnnotateCommand::isStdin).count() > 1) {
            throw new ParameterException(spec.commandLine(), "standard input (-) can be read only once");
        }
        if (out != null) {
            Files.createDirectories(out);
            writeProjectFiles(outputFormat, out, written);
        }
        int status = 0;
        try (ImrExtractor extractor = model.extractor(spec)) {
            for (Path file : files) {
                try {
                    String text = isStdin(file) ? DocumentText.read(STDIN_NAME, System.in, extractor.maxChars())
                            : DocumentText.read(file, extractor.maxChars());
                    String name = isStdin(file) ? STDIN_NAME : file.getFileName().toString();
                    Analysis analysis = Analysis.of(extractor, text, name, outputFormat);
                    if (out != null) {
                        write(file, name, text, outputFormat, analysis, written);
                    } else if (outputFormat == OutputFormat.JSON) {
                        var document = OutputFormat.only(analysis.document(), written);
                        stdout.println(pretty ? JsonForm.toPrettyJson(document) : JsonForm.toJson(document));
                    } else if (outputFormat == OutputFormat.FHIR && files.size() > 1) {
                        stdout.println(FhirExport.toJsonLine(OutputFormat.only(analysis.document(), written)));
                    } else {
                        outputFormat.render(analysis, written).values().forEach(stdout::print);
                    }
                    stdout.flush();
                } catch (NoSuchFileException e) {
                    err.println("imrnlp: " + file + ": no such file");
                    status = 1;
                } catch (IOException e) {
                    err.println("imrnlp: " + e.getMessage());
                    status = 1;
                } catch (RuntimeException e) {
                    err.println("imrnlp: " + file + ": annotation failed (" + ExtractionException.reason(e) + ")");
                    if (ImrNlpCommand.debug) {
                        e.printStackTrace(err);
                    }
                    status = 1;
                }
            }
        }
        return status;
    }

    /**
     * {@code --pretty} indents the one JSON document printed: with several files (JSON Lines) or
     * another format it would be ignored, so it is refused.
     */
    private void checkPretty(OutputFormat outputFormat) {
        if (pretty && outputFormat != OutputFormat.JSON) {
            throw new ParameterException(spec.commandLine(), "--pretty applies to --format json only");
        }
        if (pretty && files.size() > 1) {
            throw new ParameterException(spec.commandLine(),
                    "--pretty indents one JSON document: give one file (several files print as JSON Lines, one line each)");
        }
    }

    static boolean isStdin(Path file) {
        return file.toString().equals("-");
    }

    private void write(Path file, String name, String text, OutputFormat outputFormat, Analysis analysis,
                       List<String> written) throws IOException {
        String base = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
        if (!isStdin(file) && DocumentText.isPdf(file) && outputFormat != OutputFormat.BRAT) {
            Files.writeString(out.resolve(base + ".txt"), text, StandardCharsets.UTF_8);
        }
        for (Map.Entry<String, String> f : outputFormat.render(analysis, written).entrySet()) {
            Path target = out.resolve(base + f.getKey());
            if (isStdin(file) || !Files.exists(target) || !Files.isSameFile(target, file)) {
                Files.writeString(target, f.getValue(), StandardCharsets.UTF_8);
            }
        }
    }

    /** The files a tool needs beside the documents: BRAT's annotation.conf and visual.conf, XMI's type system. */
    static void writeProjectFiles(OutputFormat format, Path dir, List<String> types) throws IOException {
        if (format == OutputFormat.BRAT) {
            Files.writeString(dir.resolve(BratConfiguration.FILE), BratConfiguration.annotationConf(types),
                    StandardCharsets.UTF_8);
            Files.writeString(dir.resolve(BratConfiguration.VISUAL_FILE), BratConfiguration.visualConf(types),
                    StandardCharsets.UTF_8);
        } else if (format == OutputFormat.XMI) {
            try (var stream = Files.newOutputStream(dir.resolve(XmiFormat.TYPE_SYSTEM_FILE))) {
                XmiFormat.writeTypeSystem(stream);
            }
        }
    }
}
