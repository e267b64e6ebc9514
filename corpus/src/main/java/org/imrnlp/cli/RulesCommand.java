package org.imrnlp.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.imrnlp.models.RulePack;
import org.imrnlp.pipeline.ImrExtractor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code imrnlp rules}: copies the built-in rule pack out to edit, and checks a pack. */
@Command(name = "rules", mixinStandardHelpOptions = true,
        description = {"Rule packs: the vocabularies and rules the annotators read.",
                "Export the built-in pack, edit it (keep only the files you change), check it,",
                "then run annotate, batch, sweep or gold evaluate with --rules DIR."},
        subcommands = {RulesCommand.Export.class, RulesCommand.Check.class})
final class RulesCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "name a subcommand: export or check");
    }

    /** {@code rules export DIR}: the built-in pack's files and a manifest for the user's own pack. */
    @Command(name = "export", mixinStandardHelpOptions = true,
            description = {"Copies the built-in rule pack into DIR (new or empty), with a pack.properties",
                    "manifest to rename."},
            exitCodeListHeading = "%nExit status:%n",
            exitCodeList = {"0:exported", "1:DIR is not empty or cannot be written", "2:bad usage"})
    static final class Export implements Callable<Integer> {
        @Parameters(paramLabel = "DIR", description = "The directory to create.")
        Path directory;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            RulePack.exportBuiltIn(directory);
            spec.commandLine().getOut().printf("exported %d files of %s to %s%n", RulePack.builtInFiles().size(),
                    RulePack.builtIn(), directory);
            return 0;
        }
    }

    /** {@code rules check DIR}: loads every annotator with the pack, as annotating would. */
    @Command(name = "check", mixinStandardHelpOptions = true,
            description = {"Loads every annotator with the rule pack at DIR and reports the first bad row",
                    "(file:line: what is wrong), or the files it replaces."},
            exitCodeListHeading = "%nExit status:%n",
            exitCodeList = {"0:the pack loads", "1:the pack or a row of it is bad", "2:bad usage"})
    static final class Check implements Callable<Integer> {
        @Parameters(paramLabel = "DIR", description = "The rule pack: a directory or .zip file.")
        Path directory;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            RulePack pack = RulePack.open(directory);
            try (ImrExtractor extractor = ImrExtractor.builder().rulePack(directory).build()) {
                extractor.extract("Check.");
            }
            spec.commandLine().getOut().printf("%s: loads; replaces %d built-in files %s%n", pack,
                    pack.overrides().size(), pack.overrides());
            if (!pack.unknownFiles().isEmpty()) {
                spec.commandLine().getOut().printf("never read (not files of the built-in pack): %s%n", pack.unknownFiles());
            }
            return 0;
        }
    }
}
