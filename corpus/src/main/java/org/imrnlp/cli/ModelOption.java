package org.imrnlp.cli;

import java.nio.file.Path;
import java.util.List;
import org.imrnlp.pipeline.DocumentText;
import org.imrnlp.pipeline.ImrExtractor;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * The options of the commands that annotate: extra OpenNLP name-finder models (the shipped clinical
 * one among them), user dictionaries, a rule pack, the longest text to annotate and the time one
 * document may take.
 */
final class ModelOption {

    @Option(names = "--model", paramLabel = "MODEL", description = "Also run this OpenNLP name-finder model (repeatable).")
    List<Path> models = List.of();

    @Option(names = "--clinical-model",
            description = "Also run the clinical name-finder model shipped with the library (exam findings, symptoms,"
                    + " diagnoses and procedures the rules missed).")
    boolean clinicalModel;

    @Option(names = "--dictionary", paramLabel = "FILE",
            description = "Also match this user dictionary: cTAKES BSV (.bsv, CUI|TUI|TEXT) or TSV (term, type, code) "
                    + "(repeatable).")
    List<Path> dictionaries = List.of();

    @Option(names = "--rules", paramLabel = "DIR",
            description = "Read vocabularies and rules from this rule pack (a directory or .zip with a pack.properties "
                    + "manifest; see `imrnlp rules export`): its files replace the built-in ones.")
    Path rules;

    @Option(names = "--max-chars", paramLabel = "N", defaultValue = "" + DocumentText.DEFAULT_MAX_CHARS,
            description = "Refuse a document whose text (after PDF extraction) is longer than N characters "
                    + "(default: ${DEFAULT-VALUE}).")
    int maxChars;

    @Option(names = "--time-budget", paramLabel = "SECONDS", defaultValue = "120",
            description = "Abandon a document whose annotation takes longer, with an error (default: ${DEFAULT-VALUE}; 0: no limit).")
    int timeBudgetSeconds;

    /** The extractor with these options. */
    ImrExtractor extractor(CommandSpec spec) {
        return Options.extractor(spec, models, clinicalModel, dictionaries, rules, maxChars,
                timeBudgetSeconds <= 0 ? null : java.time.Duration.ofSeconds(timeBudgetSeconds));
    }
}
