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
     * The types to write: those named by {@code --types} (null when not given: the format's
     * defaults); refused for a format whose types cannot be chosen (XMI).
     */
    static List<String> types(CommandSpec spec, List<String> names, OutputFormat format) {
        if (names == null) {
            return format.defaultTypes();
        }
        if (!format.choosesTypes()) {
            throw new ParameterException(spec.commandLine(), "--types does not apply to --format "
                    + format.name().toLowerCase(java.util.Locale.ROOT) + " (it writes the whole CAS)");
        }
        try {
            return OutputFormat.typesNamed(names);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    /**
     * The default extractor, or one with the given name-finder models (the shipped clinical one if
     * {@code clinicalModel}), user dictionaries, rule pack (null: the built-in one), text limit and
     * time budget. A rule pack that cannot be used, or a bad row in it, is an error naming the file.
     */
    static ImrExtractor extractor(CommandSpec spec, List<Path> models, boolean clinicalModel, List<Path> dictionaries,
                                  Path rules, int maxChars, java.time.Duration timeBudget) {
        ImrExtractor.Builder builder = ImrExtractor.builder().clinicalModel(clinicalModel).rulePack(rules);
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
