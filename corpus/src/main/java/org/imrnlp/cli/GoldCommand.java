package org.imrnlp.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.imrnlp.core.json.AnnotatedDocument;
import org.imrnlp.core.json.JsonForm;
import org.imrnlp.corpus.eval.Evaluation;
import org.imrnlp.corpus.eval.EvaluationReport;
import org.imrnlp.corpus.eval.PinnedScores;
import org.imrnlp.corpus.gold.GoldCorpus;
import org.imrnlp.corpus.gold.GoldEvaluation;
import org.imrnlp.pipeline.ImrExtractor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code imrnlp gold}: the real-text gold kept as offsets and checksums into texts outside the project. */
@Command(name = "gold", mixinStandardHelpOptions = true,
        description = {"Gold annotations of texts the project does not keep (the shared real letters and notes):",
                "offsets plus a checksum of each text and each span, split into dev and test.",
                "See corpus/gold/real/README.md."},
        subcommands = {GoldCommand.Add.class, GoldCommand.Check.class, GoldCommand.Export.class, GoldCommand.Evaluate.class})
final class GoldCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "name a subcommand: add, check, export or evaluate");
    }

    /** Options every subcommand shares. */
    static final class Folders {
        @Option(names = "--gold", paramLabel = "DIR", defaultValue = "corpus/gold/real",
                description = "The gold folder (default: ${DEFAULT-VALUE}).")
        Path gold;

        @Option(names = "--corpora", paramLabel = "DIR", defaultValue = "../shared/corpora",
                description = "The folder the gold's sources are paths under (default: ${DEFAULT-VALUE}).")
        Path corpora;
    }

    /** {@code gold add}: stores annotation files in the guide's JSON form (with texts) as checked gold. */
    @Command(name = "add", mixinStandardHelpOptions = true,
            description = {"Stores documents annotated in the guide's JSON form (source = the text's path under",
                    "--corpora) as gold: checks every span against the text, drops the texts, adds checksums",
                    "and the manifest row (replacing one of the same source)."})
    static final class Add implements Callable<Integer> {
        @picocli.CommandLine.Mixin
        Folders folders;

        @Option(names = "--split", required = true, paramLabel = "SPLIT", description = "dev or test.")
        String split;

        @Option(names = "--kind", required = true, paramLabel = "KIND", description = "letter or note.")
        String kind;

        @Option(names = "--specialty", defaultValue = "-", paramLabel = "TEXT", description = "The note's specialty.")
        String specialty;

        @Option(names = "--made-by", required = true, paramLabel = "TEXT",
                description = "How the gold was made (e.g. 'blind, annotator h3').")
        String madeBy;

        @Parameters(arity = "1..*", paramLabel = "FILE", description = "Annotation files in the guide's JSON form.")
        List<Path> files;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            if (!GoldEvaluation.SPLITS.contains(split) || !GoldEvaluation.KINDS.contains(kind)) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--split must be one of "
                        + GoldEvaluation.SPLITS + " and --kind one of " + GoldEvaluation.KINDS);
            }
            for (Path file : files) {
                AnnotatedDocument document = JsonForm.read(file);
                String text = Files.readString(folders.corpora.resolve(document.source()), StandardCharsets.UTF_8);
                GoldCorpus.store(folders.gold, new GoldCorpus.Entry(document.source(), split, kind, specialty, madeBy,
                        GoldCorpus.sha256(text)), document, text);
            }
            spec.commandLine().getOut().println("stored " + files.size() + " document(s) in " + folders.gold);
            return 0;
        }
    }

    /** {@code gold check}: loads the gold and checks every text and span. */
    @Command(name = "check", mixinStandardHelpOptions = true,
            description = "Loads the gold, checking each text's and each span's checksum; prints the counts.")
    static final class Check implements Callable<Integer> {
        @picocli.CommandLine.Mixin
        Folders folders;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            GoldCorpus gold = GoldCorpus.load(folders.gold, folders.corpora);
            PrintWriter out = spec.commandLine().getOut();
            for (String split : GoldEvaluation.SPLITS) {
                for (String kind : GoldEvaluation.KINDS) {
                    List<GoldCorpus.Document> docs = gold.select(split, kind);
                    out.printf("%s-%s: %d documents, %d annotations%n", split, kind, docs.size(),
                            docs.stream().mapToInt(d -> d.gold().annotations().size()).sum());
                }
            }
            return 0;
        }
    }

    /** {@code gold export}: the gold in the guide's JSON form with its texts, for other tools. */
    @Command(name = "export", mixinStandardHelpOptions = true,
            description = {"Writes each gold document in the guide's JSON form, span texts filled in from the corpora,",
                    "as OUT/NAME.json (e.g. for 'imrnlp agreement' or 'imrnlp evaluate --gold'). Keep OUT outside",
                    "the repository: it holds document text."})
    static final class Export implements Callable<Integer> {
        @picocli.CommandLine.Mixin
        Folders folders;

        @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder.")
        Path out;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            GoldCorpus gold = GoldCorpus.load(folders.gold, folders.corpora);
            Files.createDirectories(out);
            for (GoldCorpus.Document d : gold.documents().values()) {
                String name = d.entry().file().substring(d.entry().file().indexOf('/') + 1);
                JsonForm.write(d.gold(), out.resolve(name));
            }
            spec.commandLine().getOut().println("wrote " + gold.documents().size() + " document(s) to " + out);
            return 0;
        }
    }

    /** {@code gold evaluate}: the extractor against the gold, per split and kind, with pinned floors. */
    @Command(name = "evaluate", mixinStandardHelpOptions = true,
            description = {"Annotates every gold document with the default extractor and prints, for test and dev",
                    "letters and notes separately, the per-type table (strict and lenient P/R/F1, attributes,",
                    "assertion flags). --check-pins fails (status 1) when a figure falls below its pin in",
                    "GOLD/pins/GROUP.tsv; --write-pins writes the figures measured as the new pins."},
            exitCodeListHeading = "%nExit status:%n",
            exitCodeList = {"0:evaluated (and every pin held)", "1:a file could not be read, or a pin failed", "2:bad usage"})
    static final class Evaluate implements Callable<Integer> {
        @picocli.CommandLine.Mixin
        Folders folders;

        @Option(names = "--errors", paramLabel = "DIR",
                description = "Write every miss, false hit, boundary and attribute error with context to DIR/GROUP.errors.tsv.")
        Path errors;

        @Option(names = "--check-pins", description = "Fail when a figure falls below its pin.")
        boolean checkPins;

        @Option(names = "--split", paramLabel = "SPLIT",
                description = "Only this split (dev or test); rule work looks at dev only.")
        String split;

        @Option(names = "--write-pins", description = "Write the measured figures as the pins.")
        boolean writePins;

        @Option(names = "--clinical-model", description = "Also run the clinical name-finder model shipped with the library.")
        boolean clinicalModel;

        @Option(names = "--rules", paramLabel = "DIR",
                description = "Read vocabularies and rules from this rule pack instead of the built-in one.")
        Path rules;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            if (split != null && !GoldEvaluation.SPLITS.contains(split)) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--split must be one of "
                        + GoldEvaluation.SPLITS);
            }
            GoldCorpus gold = GoldCorpus.load(folders.gold, folders.corpora);
            Map<String, Evaluation> groups;
            try (ImrExtractor extractor = ImrExtractor.builder().clinicalModel(clinicalModel).rulePack(rules).build()) {
                groups = GoldEvaluation.evaluate(gold, extractor, split == null ? GoldEvaluation.SPLITS : List.of(split));
            }
            List<String> failures = new ArrayList<>();
            Path pins = folders.gold.resolve("pins");
            for (Map.Entry<String, Evaluation> g : groups.entrySet()) {
                String group = g.getKey();
                Evaluation e = g.getValue();
                out.printf("== %s: %d documents ==%n", group, e.documents());
                out.print(EvaluationReport.table(e));
                out.println();
                if (errors != null) {
                    Files.createDirectories(errors);
                    EvaluationReport.writeErrors(e, errors.resolve(group + ".errors.tsv"));
                }
                Path pinFile = pins.resolve(group + ".tsv");
                if (writePins) {
                    Files.createDirectories(pins);
                    try (Writer w = Files.newBufferedWriter(pinFile, StandardCharsets.UTF_8)) {
                        PinnedScores.of(e).write(w);
                    }
                }
                if (checkPins) {
                    if (!Files.exists(pinFile)) {
                        failures.add(group + ": no pins in " + pinFile);
                        continue;
                    }
                    try (Reader r = Files.newBufferedReader(pinFile, StandardCharsets.UTF_8)) {
                        PinnedScores.read(r, pinFile.toString()).check(e).forEach(f -> failures.add(group + ": " + f));
                    }
                }
            }
            out.flush();
            if (checkPins) {
                failures.forEach(f -> err.println("imrnlp: pin failed: " + f));
                out.println(failures.isEmpty() ? "every pin held (" + pins + ")" : failures.size() + " pin(s) failed");
            }
            return failures.isEmpty() ? 0 : 1;
        }
    }
}
