package org.imrnlp.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import opennlp.tools.namefind.TokenNameFinderModel;
import org.imrnlp.corpus.batch.TempFiles;
import org.imrnlp.corpus.train.NerCorpus;
import org.imrnlp.models.ner.NerTrainer;
import org.imrnlp.pipeline.ImrExtractor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code imrnlp train-ner}: trains an OpenNLP name finder from letters with gold annotations. */
@Command(name = "train-ner", mixinStandardHelpOptions = true,
        description = {"Trains an OpenNLP name-finder model from NAME.txt letters with gold (NAME.ann, or NAME.json /",
                "NAME.*.json) under --corpus, reports k-fold cross-validated precision, recall and F1, and writes",
                "the model. Use it with: imrnlp annotate|batch --model MODEL."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:model written", "1:the corpus could not be read or trained on", "2:bad usage"})
final class TrainNerCommand implements Callable<Integer> {

    @Option(names = "--corpus", required = true, paramLabel = "DIR", description = "Folder of letters and gold.")
    Path corpus;

    @Option(names = "--types", required = true, split = ",", paramLabel = "T1,T2",
            description = "Annotation types to learn, e.g. Medication,DrugClass.")
    List<String> types;

    @Option(names = "--out", required = true, paramLabel = "MODEL", description = "Model file to write.")
    Path out;

    @Option(names = "--folds", defaultValue = "10", paramLabel = "K",
            description = {"Cross-validation folds of whole letters; 0 skips it (default: ${DEFAULT-VALUE}).",
                    "With fewer letters than K, one letter per fold (leave one out)."})
    int folds;

    @Option(names = "--iterations", defaultValue = "100", paramLabel = "N", description = "Training iterations (default: ${DEFAULT-VALUE}).")
    int iterations;

    @Option(names = "--cutoff", defaultValue = "5", paramLabel = "N",
            description = "Drop features seen fewer times (default: ${DEFAULT-VALUE}).")
    int cutoff;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isDirectory(corpus)) {
            throw new ParameterException(spec.commandLine(), corpus + ": not a folder");
        }
        if (folds < 0 || folds == 1) {
            throw new ParameterException(spec.commandLine(), "--folds must be 0 (no cross-validation) or at least 2, not "
                    + folds);
        }
        NerTrainer trainer;
        try {
            trainer = NerTrainer.builder().iterations(iterations).cutoff(cutoff).build();
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        NerCorpus.Samples samples;
        try (ImrExtractor extractor = ImrExtractor.createDefault()) {
            samples = NerCorpus.read(corpus, types, extractor);
        }
        err.printf("imrnlp: %d documents, %d sentences, %d spans of %s (%d left out: crossing a sentence end,"
                        + " overlapping or between tokens; %d letters without gold)%n", samples.documents(),
                samples.sentences().size(), samples.spans(), String.join(",", types), samples.leftOut(),
                samples.lettersWithoutGold());
        if (samples.spans() == 0) {
            err.println("imrnlp: no gold spans of these types in " + corpus);
            return 1;
        }
        int k = foldsFor(folds, samples.documents(), err);
        try {
            if (k > 0) {
                NerTrainer.Report report = trainer.crossValidate(samples.sentences(), k);
                PrintWriter stdout = spec.commandLine().getOut();
                stdout.printf("%d-fold cross-validation%n%-20s %9s %9s %9s %6s%n", k, "type", "precision", "recall",
                        "F1", "gold");
                for (Map.Entry<String, NerTrainer.Scores> e : report.byType().entrySet()) {
                    print(stdout, e.getKey(), e.getValue());
                }
                print(stdout, "all", report.overall());
                stdout.flush();
            }
            TokenNameFinderModel model = trainer.train(samples.sentences());
            Path parent = out.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Path temp = TempFiles.beside(out, ".imrnlp-tmp");
            try {
                model.serialize(temp);
                Files.move(temp, out, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IllegalArgumentException e) {
            err.println("imrnlp: " + e.getMessage());
            return 1;
        }
        err.println("imrnlp: model written to " + out);
        return 0;
    }

    /**
     * The folds to use: folds are whole letters (sentences of one letter in both the training and
     * the test part would inflate the scores), so with fewer letters than asked each fold is one
     * letter, and with fewer than two there is no cross-validation; either is said on stderr.
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

    private static void print(PrintWriter out, String type, NerTrainer.Scores s) {
        out.printf(Locale.ROOT, "%-20s %9.3f %9.3f %9.3f %6d%n", type, s.precision(), s.recall(), s.f1(),
                s.truePositives() + s.falseNegatives());
    }
}
