package org.imrnlp.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderModel;
import org.apache.uima.resource.ResourceInitializationException;
import org.imrnlp.annotators.ner.ClinicalNerModel;
import org.imrnlp.annotators.ner.NerFloors;
import org.imrnlp.annotators.ner.OpenNlpNerAnnotator;
import org.imrnlp.corpus.batch.TempFiles;
import org.imrnlp.corpus.eval.Counts;
import org.imrnlp.corpus.eval.Evaluation;
import org.imrnlp.corpus.eval.TypeScore;
import org.imrnlp.corpus.gold.GoldCorpus;
import org.imrnlp.corpus.train.FloorSweep;
import org.imrnlp.corpus.train.GoldNerCrossValidation;
import org.imrnlp.corpus.train.NerCorpus;
import org.imrnlp.models.ner.ClinicalVocabulary;
import org.imrnlp.models.ner.NerTrainer;
import org.imrnlp.pipeline.ImrExtractor;
import org.imrnlp.pipeline.ImrPipeline;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code imrnlp train-ner}: trains an OpenNLP name finder from letters with gold annotations, or
 * from the dev split of the real-text gold; with the gold it cross-validates the model together
 * with the rules and writes a model that describes itself in its manifest.
 */
@Command(name = "train-ner", mixinStandardHelpOptions = true,
        description = {"Trains an OpenNLP name-finder model from NAME.txt letters with gold (NAME.ann, or NAME.json /",
                "NAME.*.json) under --corpus, or from the dev split of the real-text gold (--gold), reports k-fold",
                "cross-validated precision, recall and F1 (with --gold: of the rules, the model, and the rules plus",
                "the model under each per-type probability floor, lenient, letters and notes apart; --floors writes",
                "the floors chosen), and writes the model.",
                "Use it with: imrnlp annotate|batch --model MODEL."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:model written", "1:the corpus could not be read or trained on", "2:bad usage"})
final class TrainNerCommand implements Callable<Integer> {

    /** Where the training documents come from: a folder of letters, or the real-text gold. */
    static final class Source {
        @Option(names = "--corpus", required = true, paramLabel = "DIR", description = "Folder of letters and gold.")
        Path corpus;

        @Option(names = "--gold", required = true, paramLabel = "DIR",
                description = "A real-text gold folder (e.g. corpus/gold/real); trains on --split.")
        Path gold;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    @Option(names = "--corpora", defaultValue = "../shared/corpora", paramLabel = "DIR",
            description = "With --gold: the folder the gold's sources are under (default: ${DEFAULT-VALUE}).")
    Path corpora;

    @Option(names = "--split", defaultValue = "dev", paramLabel = "SPLIT",
            description = "With --gold: the split to train on; only dev (the test split is for scoring only).")
    String split;

    @Option(names = "--types", required = true, split = ",", paramLabel = "T1,T2",
            description = "Annotation types to learn, e.g. Medication,DrugClass.")
    List<String> types;

    @Option(names = "--out", required = true, paramLabel = "MODEL", description = "Model file to write.")
    Path out;

    @Option(names = "--folds", defaultValue = "10", paramLabel = "K",
            description = {"Cross-validation folds of whole documents; 0 skips it (default: ${DEFAULT-VALUE}).",
                    "With fewer documents than K, one document per fold (leave one out)."})
    int folds;

    @Option(names = "--iterations", defaultValue = "100", paramLabel = "N", description = "Training iterations (default: ${DEFAULT-VALUE}).")
    int iterations;

    @Option(names = "--cutoff", defaultValue = "5", paramLabel = "N",
            description = "Drop features seen fewer times (default: ${DEFAULT-VALUE}).")
    int cutoff;

    @Option(names = "--features", defaultValue = "opennlp", paramLabel = "SET",
            description = "opennlp (OpenNLP's default features) or clinical (shape, words, affixes and the clinical"
                    + " vocabularies; the model then needs imrnlp-models on the classpath) (default: ${DEFAULT-VALUE}).")
    String features;

    @Option(names = "--floors", paramLabel = "FILE",
            description = {"With --gold: write the per-type probability floors chosen by the cross-validation to FILE",
                    "(the shipped model's are models/src/main/resources/org/imrnlp/models/ner/clinical-ner-floors.tsv)."})
    Path floors;

    @Option(names = "--model-version", defaultValue = "1", paramLabel = "V",
            description = "The version written into the model's manifest (default: ${DEFAULT-VALUE}).")
    String modelVersion;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        Path folder = source.corpus != null ? source.corpus : source.gold;
        if (!Files.isDirectory(folder)) {
            throw new ParameterException(spec.commandLine(), folder + ": not a folder");
        }
        if (folds < 0 || folds == 1) {
            throw new ParameterException(spec.commandLine(), "--folds must be 0 (no cross-validation) or at least 2, not "
                    + folds);
        }
        if (floors != null && (source.gold == null || folds == 0)) {
            throw new ParameterException(spec.commandLine(), "--floors needs --gold and cross-validation (--folds K)");
        }
        if (source.gold != null && !"dev".equals(split)) {
            throw new ParameterException(spec.commandLine(), "--split must be dev: the test split is for scoring only");
        }
        if (!"opennlp".equals(features) && !"clinical".equals(features)) {
            throw new ParameterException(spec.commandLine(), "--features must be opennlp or clinical, not " + features);
        }
        NerTrainer.Builder builder;
        try {
            builder = NerTrainer.builder().iterations(iterations).cutoff(cutoff);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        Map<String, String> manifest = new LinkedHashMap<>();
        manifest.put("imrnlp.model-version", modelVersion);
        manifest.put("imrnlp.types", String.join(",", types));
        manifest.put("imrnlp.iterations", String.valueOf(iterations));
        manifest.put("imrnlp.cutoff", String.valueOf(cutoff));
        manifest.put("imrnlp.features", features);
        if ("clinical".equals(features)) {
            builder.features(NerTrainer.clinicalFeatures());
            manifest.put("imrnlp.features-sha256", GoldCorpus.sha256(new String(NerTrainer.clinicalFeatures(),
                    StandardCharsets.UTF_8)));
            manifest.put(OpenNlpNerAnnotator.VOCABULARY_ENTRY, ClinicalVocabulary.shared().sha256());
        }
        List<NameSample> sentences;
        List<NerCorpus.GoldDocument> goldDocuments = List.of();
        int documents;
        if (source.corpus != null) {
            NerCorpus.Samples samples;
            try (ImrExtractor extractor = ImrExtractor.createDefault()) {
                samples = NerCorpus.read(source.corpus, types, extractor);
            }
            err.printf("imrnlp: %d documents, %d sentences, %d spans of %s (%d left out: crossing a sentence end,"
                            + " overlapping or between tokens; %d letters without gold)%n", samples.documents(),
                    samples.sentences().size(), samples.spans(), String.join(",", types), samples.leftOut(),
                    samples.lettersWithoutGold());
            if (samples.spans() == 0) {
                err.println("imrnlp: no gold spans of these types in " + source.corpus);
                return 1;
            }
            sentences = samples.sentences();
            documents = samples.documents();
            manifest.put("imrnlp.training-data", source.corpus.toString());
        } else {
            GoldCorpus gold = GoldCorpus.load(source.gold, corpora);
            List<GoldCorpus.Document> selected = gold.select(split, null);
            documents = selected.size();
            try (ImrExtractor rules = ImrExtractor.create(ImrPipeline.descriptionWithNer(List.of()))) {
                goldDocuments = NerCorpus.fromGold(selected, types, rules);
            } catch (ResourceInitializationException e) {
                throw new IllegalStateException("cannot initialise the IMR-NLP pipeline: " + e.getMessage(), e);
            }
            sentences = new ArrayList<>();
            int spans = 0;
            int leftOut = 0;
            for (NerCorpus.GoldDocument d : goldDocuments) {
                sentences.addAll(d.sentences());
                spans += d.spans();
                leftOut += d.leftOut();
            }
            err.printf("imrnlp: %d %s documents, %d sentences, %d spans of %s (%d left out: crossing a sentence end,"
                    + " overlapping or between tokens)%n", documents, split, sentences.size(), spans,
                    String.join(",", types), leftOut);
            manifest.put("imrnlp.training-data", source.gold + " split " + split + " (" + documents + " documents)");
            manifest.put("imrnlp.training-data-sha256", NerCorpus.trainingChecksum(source.gold, selected));
        }
        NerTrainer trainer = builder.manifest(manifest).build();
        int k = foldsFor(folds, documents, err);
        try {
            if (k > 0) {
                PrintWriter stdout = spec.commandLine().getOut();
                if (source.corpus != null) {
                    printSpanReport(stdout, trainer.crossValidate(sentences, k), k);
                } else {
                    GoldNerCrossValidation.Result cv = GoldNerCrossValidation.run(goldDocuments, types, trainer, k,
                            List.of(UNFLOORED));
                    printSystems(stdout, cv, k);
                    FloorSweep.Result sweep = FloorSweep.sweep(goldDocuments, types, cv, UNFLOORED.name());
                    printSweep(stdout, sweep);
                    if (floors != null) {
                        writeFloors(sweep.chosen(), k);
                        err.println("imrnlp: floors written to " + floors);
                    }
                }
                stdout.flush();
            }
            long start = System.nanoTime();
            TokenNameFinderModel model = trainer.train(sentences);
            err.printf("imrnlp: trained in %.1f s%n", (System.nanoTime() - start) / 1e9);
            write(model);
        } catch (IllegalArgumentException e) {
            err.println("imrnlp: " + e.getMessage());
            return 1;
        }
        err.println("imrnlp: model written to " + out + " (" + Files.size(out) / 1024 + " KB)");
        return 0;
    }

    /**
     * The system cross-validated on the gold beside the rules and the model alone: the model's
     * spans under the shipped overlap policy with no floor; the floors are swept from its answers
     * ({@link FloorSweep}).
     */
    private static final GoldNerCrossValidation.Policy UNFLOORED =
            new GoldNerCrossValidation.Policy(ClinicalNerModel.OVERLAP, 0);

    private void write(TokenNameFinderModel model) throws IOException {
        Path parent = out.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path temp = TempFiles.beside(out, ".imrnlp-tmp");
        try {
            model.serialize(temp);
            Files.move(temp, out, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Writes the chosen floors with a comment saying how they were chosen. */
    private void writeFloors(NerFloors chosen, int k) throws IOException {
        List<String> comments = List.of(
                "Per type, the lowest mean token probability of a name-finder span that is added (off: never).",
                String.format(Locale.ROOT, "Chosen by imrnlp train-ner --floors: %d-fold cross-validation of the rules plus the",
                        k),
                "model on the " + split + " split of " + source.gold + "; per type the floor with the best mean lenient F1",
                "of letters and notes that lowers F1 in neither and precision in neither by more than "
                        + FloorSweep.PRECISION_GUARD + " (see README, \"The clinical name-finder model\").");
        Path parent = floors.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Files.write(floors, chosen.lines(comments), StandardCharsets.UTF_8);
    }

    /** Per type and floor, lenient P / R / F1 per kind of the rules plus the model with that floor. */
    private static void printSweep(PrintWriter stdout, FloorSweep.Result sweep) {
        stdout.printf("floors (rules + model spans with p >= floor; off: the rules alone); lenient P / R / F1%n");
        List<String> kinds = List.copyOf(sweep.rows().get(0).byKind().keySet());
        stdout.printf("%-16s %6s", "type", "floor");
        kinds.forEach(kind -> stdout.printf(" | %-20s", kind));
        stdout.printf(" | %s%n", "mean F1");
        for (FloorSweep.Row row : sweep.rows().stream()
                .sorted(java.util.Comparator.comparing(FloorSweep.Row::type)).toList()) {
            boolean chosen = sweep.chosen().byType().get(row.type()) == row.floor();
            stdout.printf("%-16s %6s", row.type(), NerFloors.format(row.floor()));
            for (String kind : kinds) {
                Counts c = row.byKind().get(kind);
                stdout.printf(Locale.ROOT, " | %.3f %.3f %.3f  ", c.precision(), c.recall(), c.f1());
            }
            stdout.printf(Locale.ROOT, " | %.4f%s%n", row.meanF1(), chosen ? "  <- chosen" : "");
        }
        if (sweep.unmatchedSpans() > 0) {
            stdout.printf("(%d model spans in the answers had no probability from the fold's model and were kept)%n",
                    sweep.unmatchedSpans());
        }
    }

    private static void printSpanReport(PrintWriter stdout, NerTrainer.Report report, int folds) {
        stdout.printf("%d-fold cross-validation%n%-20s %9s %9s %9s %6s%n", folds, "type", "precision", "recall",
                "F1", "gold");
        for (Map.Entry<String, NerTrainer.Scores> e : report.byType().entrySet()) {
            stdout.printf(Locale.ROOT, "%-20s %9.3f %9.3f %9.3f %6d%n", e.getKey(), e.getValue().precision(),
                    e.getValue().recall(), e.getValue().f1(), e.getValue().truePositives() + e.getValue().falseNegatives());
        }
        NerTrainer.Scores s = report.overall();
        stdout.printf(Locale.ROOT, "%-20s %9.3f %9.3f %9.3f %6d%n", "all", s.precision(), s.recall(), s.f1(),
                s.truePositives() + s.falseNegatives());
    }

    /** Lenient P / R / F1 of the learnt types (and their sum) per kind, one row per type and system. */
    private void printSystems(PrintWriter stdout, GoldNerCrossValidation.Result result, int folds) {
        stdout.printf("%d-fold cross-validation on %s (folds are whole documents); lenient precision / recall / F1%n",
                folds, split);
        List<String> kinds = List.copyOf(result.systems().get(GoldNerCrossValidation.RULES).keySet());
        for (String kind : kinds) {
            stdout.printf("== %s ==%n%-16s %-52s %6s %6s %6s %6s%n", kind, "type", "system", "gold", "P", "R", "F1");
            for (String type : types) {
                for (Map.Entry<String, Map<String, Evaluation>> system : result.systems().entrySet()) {
                    system.getValue().get(kind).type(type).ifPresent(t -> printRow(stdout, type, system.getKey(), t.gold(),
                            t.lenient()));
                }
            }
            for (Map.Entry<String, Map<String, Evaluation>> system : result.systems().entrySet()) {
                Counts sum = Counts.ZERO;
                int gold = 0;
                for (String type : types) {
                    TypeScore t = system.getValue().get(kind).type(type).orElse(null);
                    if (t != null) {
                        sum = sum.plus(t.lenient());
                        gold += t.gold();
                    }
                }
                printRow(stdout, "(these types)", system.getKey(), gold, sum);
            }
        }
    }

    /**
     * The folds to use: folds are whole documents (sentences of one document in both the training
     * and the test part would inflate the scores), so with fewer documents than asked each fold is
     * one document, and with fewer than two there is no cross-validation; either is said on stderr.
     */
    static int foldsFor(int asked, int documents, PrintWriter err) {
        if (asked == 0 || asked <= documents) {
            return asked;
        }
        if (documents < 2) {
            err.printf("imrnlp: %d letter%s with gold: too few for cross-validation; training only%n", documents,
                    documents == 1 ? "" : "s");
            return 0;
        }
        err.printf("imrnlp: %d letters with gold, fewer than %d folds: %d-fold cross-validation, one letter per fold"
                + "%n", documents, asked, documents);
        return documents;
    }

    private static void printRow(PrintWriter out, String type, String system, int gold, Counts c) {
        out.printf(Locale.ROOT, "%-16s %-52s %6d %6.3f %6.3f %6.3f%n", type, system, gold, c.precision(), c.recall(), c.f1());
    }
}
