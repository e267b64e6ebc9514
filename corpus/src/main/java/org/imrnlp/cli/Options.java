package org.imrnlp.cli;

import java.nio.file.Path;
import java.util.List;
import org.imrnlp.corpus.format.OutputFormat;
import org.imrnlp.pipeline.ImrExtractor;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** Option handling the commands share. */
final class Options {

    private Options() {
    }

    static OutputFormat format(CommandSpec spec, String name) {
        try {
            return OutputFormat.of(name);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    /**
     * The default extractor, or one with the given name-finder models (the shipped clinical one if
     * {@code clinicalModel}), user dictionaries, text limit and time budget.
     */
    static ImrExtractor extractor(CommandSpec spec, List<Path> models, boolean clinicalModel, List<Path> dictionaries,
                                  int maxChars, java.time.Duration timeBudget) {
        ImrExtractor.Builder builder = ImrExtractor.builder().clinicalModel(clinicalModel);
        try {
            models.forEach(builder::addNerModel);
            dictionaries.forEach(builder::addDictionary);
            builder.maxChars(maxChars).timeBudget(timeBudget);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        return builder.build();
    }
}
