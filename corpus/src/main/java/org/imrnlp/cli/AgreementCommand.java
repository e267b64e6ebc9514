package org.imrnlp.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.imrnlp.corpus.eval.DocumentSet;
import org.imrnlp.corpus.eval.Evaluation;
import org.imrnlp.corpus.eval.EvaluationReport;
import org.imrnlp.corpus.eval.Evaluator;
import org.imrnlp.corpus.eval.LetterPredictions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code imrnlp agreement A B}: agreement between two annotators' gold folders. */
@Command(name = "agreement", mixinStandardHelpOptions = true,
        description = {"Agreement between two annotators' folders (the annotation guide's JSON",
                "form, pieces merged by source), over the documents both annotated: the",
                "tables of evaluate with A as the reference, then per type the pairwise",
                "strict and lenient F1 (the same whichever is the reference).",
                "Scored types: those either annotator uses, or --types."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:compared", "1:a folder or file could not be read, or the folders disagree on a text "
                + "length", "2:bad usage"})
final class AgreementCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "A", description = "First annotator's folder (the reference).")
    Path first;

    @Parameters(index = "1", paramLabel = "B", description = "Second annotator's folder.")
    Path second;

    @Option(names = "--texts", paramLabel = "DIR", description = "Folder of the letters, for the context of --errors.")
    Path texts;

    @Option(names = "--errors", paramLabel = "FILE", description = "Write every disagreement (A's side as gold).")
    Path errors;

    @Option(names = "--types", split = ",", paramLabel = "TYPE", description = "Compare only these types.")
    List<String> types;

    @Option(names = "--json", description = "Print the figures as JSON instead of tables.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            DocumentSet a = DocumentSet.load(first);
            DocumentSet b = DocumentSet.load(second);
            EvaluateCommand.warn(err, a.warnings());
            EvaluateCommand.warn(err, b.warnings());
            EvaluateCommand.checkLengths(a, b);
            Set<String> scored = EvaluateCommand.checkedTypes(spec, types, a);
            List<String> onlyA = a.sources().stream().filter(s -> !b.sources().contains(s)).toList();
            List<String> onlyB = b.sources().stream().filter(s -> !a.sources().contains(s)).toList();
            if (!onlyA.isEmpty() || !onlyB.isEmpty()) {
                err.println("imrnlp: warning: documents only one annotator did are left out: " + onlyA.size()
                        + " only in " + first + ", " + onlyB.size() + " only in " + second);
            }
            Map<String, String> letterTexts = texts == null ? Map.of() : LetterPredictions.readTexts(a, texts);
            Evaluation e = Evaluator.builder().types(scored).texts(letterTexts::get).build()
                    .agreement(a.documents(), b.documents());
            if (json) {
                out.println(EvaluationReport.text(EvaluationReport.agreementJson(e)));
            } else {
                out.printf("%d documents annotated by both: A = %s (reference), B = %s%n%n", e.documents(), first,
                        second);
                out.print(EvaluationReport.table(e));
                out.println();
                out.print(EvaluationReport.agreementTable(e, first.toString(), second.toString()));
            }
            out.flush();
            EvaluateCommand.writeOutputs(e, errors, null);
            return 0;
        } catch (IOException ex) {
            err.println("imrnlp: " + EvaluateCommand.oneLine(ex.getMessage()));
            return 1;
        }
    }
}
