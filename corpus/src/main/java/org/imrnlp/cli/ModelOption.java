package org.imrnlp.cli;

import java.nio.file.Path;
import java.util.List;
import org.imrnlp.pipeline.ImrExtractor;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** The {@code --model} option of the commands that annotate: extra OpenNLP name-finder models. */
final class ModelOption {

    @Option(names = "--model", paramLabel = "MODEL", description = "Also run this OpenNLP name-finder model (repeatable).")
    List<Path> models = List.of();

    /** The default extractor, or one with the given models. */
    ImrExtractor extractor(CommandSpec spec) {
        return Options.extractor(spec, models);
    }
}
