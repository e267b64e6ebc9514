package org.imrnlp.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code imrnlp} command line: a thin shell over the Java API. */
@Command(name = "imrnlp", mixinStandardHelpOptions = true, version = "imrnlp 0.1.0",
        description = {"Clinical entity extraction for Independent Medical Review letters.",
                "--debug (anywhere on the line): also print stack traces and library logs."},
        subcommands = {AnnotateCommand.class, BatchCommand.class, SweepCommand.class, GoldCommand.class, EvaluateCommand.class, AgreementCommand.class,
                ContextCommand.class, RulesCommand.class, TrainNerCommand.class, CommandLine.HelpCommand.class})
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
        reflowHelp(commandLine);
        commandLine.setExecutionExceptionHandler((e, cl, parseResult) -> {
            cl.getErr().println("imrnlp: " + e.getMessage());
            if (debug) {
                e.printStackTrace(cl.getErr());
            }
            return 1;
        });
        return commandLine.execute(args);
    }

    /** What {@code --help} says of {@code benchmark}, a command of the launcher (it runs another module). */
    private static final String BENCHMARK_SUMMARY = "Measures throughput (JMH), the slowest documents, heap and cold start, "
            + "in about five minutes (a command of the ./imrnlp launcher only: ./imrnlp benchmark --help).";

    /** A sentence's end: a full stop after a word (not {@code .txt}, not {@code e.g.}), then a space. */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<![\\s.]|\\be\\.g|\\bi\\.e)\\.(?=\\s)");

    /**
     * The commands' descriptions are written as lines of source code; each sentence cut by such a
     * line break is joined again into one line (a paragraph) that the help wraps to its width. A
     * line that ends a sentence ends its paragraph. Lists of commands show first sentences.
     */
    private static void reflowHelp(CommandLine commandLine) {
        CommandLine.Model.UsageMessageSpec usage = commandLine.getCommandSpec().usageMessage();
        List<String> paragraphs = new ArrayList<>();
        for (String line : usage.description()) {
            int last = paragraphs.size() - 1;
            if (last >= 0 && !paragraphs.get(last).endsWith(".")) {
                paragraphs.set(last, paragraphs.get(last) + " " + line.strip());
            } else {
                paragraphs.add(line.strip());
            }
        }
        usage.description(paragraphs.toArray(String[]::new));
        commandLine.getHelpSectionMap().put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_COMMAND_LIST, ImrNlpCommand::commandList);
        commandLine.getSubcommands().values().forEach(ImrNlpCommand::reflowHelp);
    }

    /**
     * A list of commands in {@code --help}: each with its header or else the first sentence of its
     * description, and at the top level the launcher's {@code benchmark} before {@code help}.
     */
    private static String commandList(CommandLine.Help help) {
        Map<String, String> rows = new LinkedHashMap<>();
        boolean topLevel = help.commandSpec().parent() == null;
        help.subcommands().forEach((name, command) -> {
            if (topLevel && name.equals("help")) {
                rows.put("benchmark", BENCHMARK_SUMMARY);
            }
            CommandLine.Model.UsageMessageSpec usage = command.commandSpec().usageMessage();
            rows.put(name, firstSentence(usage.header().length > 0 ? usage.header() : usage.description()));
        });
        return help.createTextTable(rows).toString();
    }

    private static String firstSentence(String[] description) {
        String text = description.length == 0 ? "" : description[0];
        Matcher end = SENTENCE_END.matcher(text);
        return end.find() ? text.substring(0, end.end()) : text;
    }
}
