package org.imrnlp.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.imrnlp.core.MentionType;
import org.imrnlp.core.json.AnnotatedDocument;
import org.imrnlp.core.json.Annotation;
import org.imrnlp.corpus.eval.DocumentSet;
import org.imrnlp.corpus.eval.Evaluation;
import org.imrnlp.corpus.eval.EvaluationReport;
import org.imrnlp.corpus.eval.Evaluator;
import org.imrnlp.corpus.eval.LetterPredictions;
import org.imrnlp.corpus.eval.PinnedScores;
import org.imrnlp.pipeline.ImrExtractor;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code imrnlp evaluate}: scores predictions, or the extractor on letters, against gold. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {"Scores annotations against gold. Per type: strict (same span) and lenient",
                "(overlapping spans, one-to-one) precision, recall and F1, and their micro",
                "total. Per attribute: accuracy over the lenient matches. Per assertion flag",
                "(negated, ...): precision, recall and F1 of true over the lenient matches",
                "of clinical types.",
                "Folders hold files in the annotation guide's JSON form (.json: one document,",
                ".jsonl: one per line), BRAT (NAME.ann beside NAME.txt) or UIMA XMI (NAME.xmi);",
                "files with the same source are merged into one.",
                "A gold document without a prediction counts as all misses (with a warning);",
                "predictions without gold are left out. Scored types: those the gold",
                "annotates, or --types. Decisions: corpus/doc/decisions-eval.md."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:evaluated", "1:a folder or file could not be read, or gold and prediction disagree "
                + "on a text length", "2:bad usage"})
final class EvaluateCommand implements Callable<Integer> {

    @Option(names = "--gold", required = true, paramLabel = "DIR", description = "Folder of gold files.")
    Path gold;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Predictions predictions;

    static final class Predictions {
        @Option(names = "--pred", paramLabel = "DIR", description = "Folder of predicted files (.json, .jsonl, .ann or .xmi).")
        Path pred;

        @Option(names = "--letters", paramLabel = "DIR",
                description = "Folder of letters: annotate each gold document's letter (the file named as its "
                        + "source) with the default extractor, and score that.")
        Path letters;
    }

    @Option(names = "--texts", paramLabel = "DIR",
            description = "With --pred: folder of the letters, for the context column of --errors "
                    + "(files named as the sources).")
    Path texts;

    @Option(names = "--errors", paramLabel = "FILE",
            description = "Write every miss, false hit, boundary and attribute error as tab-separated lines "
                    + "(document, kind, type, begin, end, text, detail, context).")
    Path errors;

    @Option(names = "--types", split = ",", paramLabel = "TYPE",
            description = "Score only these types (comma-separated JSON names, e.g. Medication,Dose).")
    List<String> types;

    @Option(names = "--json", description = "Print the figures as JSON instead of tables.")
    boolean json;

    @Option(names = "--write-pinned", paramLabel = "FILE",
            description = "Also write the per-type strict and lenient F1 as a pinned-scores file "
                    + "(corpus/src/test/resources/pinned-scores.tsv).")
    Path writePinned;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            DocumentSet goldSet = DocumentSet.load(gold);
            warn(err, goldSet.warnings());
            Set<String> scored = checkedTypes(spec, types, goldSet);
            Map<String, String> letterTexts = Map.of();
            Map<String, AnnotatedDocument> predicted;
            String predictedFrom;
            if (predictions.letters != null) {
                try (ImrExtractor extractor = ImrExtractor.createDefault()) {
                    LetterPredictions p = LetterPredictions.annotate(extractor, goldSet, predictions.letters);
                    predicted = p.predicted();
                    letterTexts = p.texts();
                }
                predictedFrom = "annotated from " + predictions.letters;
            } else {
                DocumentSet predSet = DocumentSet.load(predictions.pred);
                checkLengths(goldSet, predSet);
                predicted = predSet.documents();
                predictedFrom = "from " + predictions.pred;
                if (texts != null) {
                    letterTexts = LetterPredictions.readTexts(goldSet, texts);
                }
            }
            warn(err, textMismatches(goldSet, letterTexts));
            Evaluation e = Evaluator.builder().types(scored).texts(letterTexts::get).build()
                    .evaluate(goldSet.documents(), predicted);
            for (String source : e.missingPredictions()) {
                err.println("imrnlp: warning: no prediction for gold document " + source + " ("
                        + files(goldSet, source) + "); counted as all misses");
            }
            warnUngraded(err, e.ungradedPredictions());
            if (json) {
                out.println(EvaluationReport.text(EvaluationReport.json(e)));
            } else {
                out.printf("%d gold documents (%s), predictions %s%n%n", e.documents(), gold, predictedFrom);
                out.print(EvaluationReport.table(e));
                if (!e.unscoredTypes().isEmpty()) {
                    out.printf("%nnot scored (types the gold does not annotate): %s%n", e.unscoredTypes());
                }
            }
            out.flush();
            writeOutputs(e, errors, writePinned);
            return 0;
        } catch (IOException ex) {
            err.println("imrnlp: " + oneLine(ex.getMessage()));
            return 1;
        }
    }

    /** Refuses documents whose two sides give different text lengths: their offsets cannot agree. */
    static void checkLengths(DocumentSet reference, DocumentSet other) throws IOException {
        for (String source : reference.sources()) {
            AnnotatedDocument o = other.documents().get(source);
            int r = reference.documents().get(source).textLength();
            if (o != null && r > 0 && o.textLength() > 0 && o.textLength() != r) {
                throw new IOException("source " + source + ": textLength " + r + " in " + files(reference, source)
                        + " but " + o.textLength() + " in " + files(other, source));
            }
        }
    }

    /** Gold annotations whose text is not the letter's text at their span (named by id, never by text). */
    static List<String> textMismatches(DocumentSet goldSet, Map<String, String> letterTexts) {
        List<String> warnings = new ArrayList<>();
        for (Map.Entry<String, String> e : letterTexts.entrySet()) {
            String text = e.getValue();
            for (Annotation a : goldSet.documents().get(e.getKey()).annotations()) {
                if (a.text() != null && (a.end() > text.length() || !a.text().equals(text.substring(a.begin(), a.end())))) {
                    warnings.add("gold " + e.getKey() + " annotation " + a.id() + " (" + a.type() + " " + a.begin()
                            + "-" + a.end() + "): its text differs from the letter's text at that span");
                }
            }
        }
        warnings.sort(null);
        return warnings;
    }

    /** The types to score: the option's, each a guide type or one the gold uses; empty for all. */
    static Set<String> checkedTypes(CommandSpec spec, List<String> types, DocumentSet goldSet) {
        if (types == null || types.isEmpty()) {
            return Set.of();
        }
        Set<String> known = new LinkedHashSet<>();
        for (MentionType t : MentionType.values()) {
            known.add(t.jsonName());
        }
        goldSet.documents().values().forEach(d -> d.annotations().forEach(a -> known.add(a.type())));
        Set<String> chosen = new LinkedHashSet<>();
        for (String t : types) {
            String type = t.strip();
            if (!known.contains(type)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "unknown type '" + type
                        + "' in --types (known: " + String.join(", ", known) + ")");
            }
            chosen.add(type);
        }
        return chosen;
    }

    static void writeOutputs(Evaluation e, Path errors, Path pinned) throws IOException {
        if (errors != null) {
            try {
                EvaluationReport.writeErrors(e, errors);
            } catch (IOException ex) {
                throw new IOException(errors + ": cannot write the error listing (" + ex.getClass().getSimpleName()
                        + ")", ex);
            }
        }
        if (pinned != null) {
            try (Writer w = Files.newBufferedWriter(pinned, StandardCharsets.UTF_8)) {
                PinnedScores.of(e).write(w);
            } catch (IOException ex) {
                throw new IOException(pinned + ": cannot write the pinned scores (" + ex.getClass().getSimpleName()
                        + ")", ex);
            }
        }
    }

    static String files(DocumentSet set, String source) {
        return set.filesOf(source).stream().map(Path::toString).collect(Collectors.joining(", "));
    }

    static void warn(PrintWriter err, List<String> warnings) {
        warnings.forEach(w -> err.println("imrnlp: warning: " + w));
    }

    static void warnUngraded(PrintWriter err, List<String> ungraded) {
        if (!ungraded.isEmpty()) {
            err.println("imrnlp: warning: " + ungraded.size() + " predicted document(s) without gold left out, e.g. "
                    + String.join(", ", ungraded.subList(0, Math.min(3, ungraded.size()))));
        }
    }

    static String oneLine(String message) {
        return String.valueOf(message).replaceAll("\\s*[\\r\\n]+\\s*", " ");
    }
}
