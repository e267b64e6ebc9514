package org.imrnlp.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code imrnlp} command line: a thin shell over the Java API. */
@Command(name = "imrnlp", mixinStandardHelpOptions = true, version = "imrnlp 0.1.0",
        description = {"Clinical entity extraction for Independent Medical Review letters.",
                "--debug (anywhere on the line): also print stack traces and library logs."},
        subcommands = {AnnotateCommand.class, BatchCommand.class, SweepCommand.class, GoldCommand.class, EvaluateCommand.class, AgreementCommand.class,
                ContextCommand.class, TrainNerCommand.class, CommandLine.HelpCommand.class})
public final class ImrNlpCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command, e.g. annotate");
    }

    /** Runs the command line and exits with its status. */
    public static void main(String[] args) {
        List<String> rest = new ArrayList<>(List.of(args));
        debug = rest.remove("--debug");
        if (!debug) {
            quietLibraryLogs();
        }
        quietPdfFontLogs();
        System.exit(run(rest.toArray(String[]::new)));
    }

    /**
     * The command line reports each failure in one line of its own, so libraries log errors only
     * and UIMA (which logs a failing engine's stack trace) not at all, unless the user set levels.
     */
    private static void quietLibraryLogs() {
        if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "error");
        }
        if (System.getProperty("org.slf4j.simpleLogger.log.org.apache.uima") == null) {
            System.setProperty("org.slf4j.simpleLogger.log.org.apache.uima", "off");
        }
    }

    /**
     * PDFBox and FontBox warn once per PDF about fonts they replace (a fallback font for a font
     * not embedded), which says nothing about the text extracted: the command line logs only their
     * errors, also with {@code --debug}, unless the user set those levels. The library itself
     * leaves logging to its host.
     */
    static void quietPdfFontLogs() {
        for (String logger : java.util.List.of("org.apache.pdfbox", "org.apache.fontbox")) {
            String property = "org.slf4j.simpleLogger.log." + logger;
            if (System.getProperty(property) == null) {
                System.setProperty(property, "error");
            }
        }
    }

    /** Whether {@code --debug} was given: failures then also print their stack traces. */
    static boolean debug;

    /** Runs the command line and returns its exit status: 0 ok, 1 a document failed, 2 bad usage. */
    public static int run(String... args) {
        return run(new CommandLine(new ImrNlpCommand()), args);
    }

    /** Runs the command line writing to the given streams (for tests and embedding); returns its exit status. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = new CommandLine(new ImrNlpCommand());
        commandLine.setOut(out);
        commandLine.setErr(err);
        return run(commandLine, args);
    }

    private static int run(CommandLine commandLine, String... args) {
        commandLine.setExecutionExceptionHandler((e, cl, parseResult) -> {
            cl.getErr().println("imrnlp: " + e.getMessage());
            if (debug) {
                e.printStackTrace(cl.getErr());
            }
            return 1;
        });
        return commandLine.execute(args);
    }
}
