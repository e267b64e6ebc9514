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
                "A file that cannot be read gets a one-line error on stderr; the others are still annotated."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:every file annotated", "1:a file could not be read or annotated", "2:bad usage"})
final class AnnotateCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Letters to annotate.")
    List<Path> files;

    @Option(names = "--pretty", description = "Indent the JSON (one file only).")
    boolean pretty;

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
        if (out == null && (outputFormat == OutputFormat.BRAT || outputFormat == OutputFormat.XMI)) {
            throw new ParameterException(spec.commandLine(), "--format " + format + " writes several files: give --out DIR");
        }
        if (out != null) {
            Files.createDirectories(out);
            writeProjectFiles(outputFormat, out);
        }
        int status = 0;
        try (ImrExtractor extractor = model.extractor(spec)) {
            for (Path file : files) {
                try {
                    String text = DocumentText.read(file, extractor.maxChars());
                    Analysis analysis = Analysis.of(extractor, text, file.getFileName().toString(), outputFormat);
                    if (out != null) {
                        write(file, text, outputFormat, analysis);
                    } else if (outputFormat == OutputFormat.JSON) {
                        stdout.println(pretty && files.size() == 1
                                ? JsonForm.toPrettyJson(analysis.document()) : JsonForm.toJson(analysis.document()));
                    } else if (outputFormat == OutputFormat.FHIR && files.size() > 1) {
                        stdout.println(FhirExport.toJsonLine(analysis.document()));
                    } else {
                        outputFormat.render(analysis).values().forEach(stdout::print);
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

    private void write(Path file, String text, OutputFormat outputFormat, Analysis analysis) throws IOException {
        String name = file.getFileName().toString();
        String base = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
        if (DocumentText.isPdf(file) && outputFormat != OutputFormat.BRAT) {
            Files.writeString(out.resolve(base + ".txt"), text, StandardCharsets.UTF_8);
        }
        for (Map.Entry<String, String> f : outputFormat.render(analysis).entrySet()) {
            Path target = out.resolve(base + f.getKey());
            if (!Files.exists(target) || !Files.isSameFile(target, file)) {
                Files.writeString(target, f.getValue(), StandardCharsets.UTF_8);
            }
        }
    }

    /** The files a tool needs beside the documents: BRAT's annotation.conf, XMI's type system. */
    static void writeProjectFiles(OutputFormat format, Path dir) throws IOException {
        if (format == OutputFormat.BRAT) {
            Files.writeString(dir.resolve(BratConfiguration.FILE), BratConfiguration.annotationConf(), StandardCharsets.UTF_8);
            Files.writeString(dir.resolve(BratConfiguration.VISUAL_FILE), BratConfiguration.visualConf(), StandardCharsets.UTF_8);
        } else if (format == OutputFormat.XMI) {
            try (var stream = Files.newOutputStream(dir.resolve(XmiFormat.TYPE_SYSTEM_FILE))) {
                XmiFormat.writeTypeSystem(stream);
            }
        }
    }
}
