package org.imrnlp.spark;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The {@code spark-submit} application: annotates a folder or a Parquet table with
 * {@link AnnotationJob} and prints its {@link JobSummary}.
 *
 * <pre>
 * spark-submit --master local[2] --class org.imrnlp.spark.ImrSparkJob imrnlp-spark-job.jar \
 *     --input letters/ --output results/ [--format parquet|jsonl]
 * </pre>
 *
 * <p>Failed documents do not fail the application (exit status 0): on a cluster a failed
 * application may be attempted again whole, which would not read an unreadable file either. They
 * are error rows in {@code documents/}, counted in the summary, and the first few are printed;
 * {@code --fail-on-error} makes them exit with 1.
 */
@Command(name = "imrnlp-spark", mixinStandardHelpOptions = true, version = "imrnlp-spark 0.1.0",
        description = {"Annotates a folder of .txt and .pdf files, or a Parquet table of texts, on",
                "Spark. Writes OUT/annotations (one row per annotation), OUT/documents (one",
                "row per document, with its error if it failed) and OUT/summary.json."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:the job ran (documents that failed are error rows)",
                "1:the job failed, or a document failed and --fail-on-error was given", "2:bad usage"})
public final class ImrSparkJob implements Callable<Integer> {

    /** Where the documents come from: exactly one of the two. */
    static final class Input {
        @Option(names = "--input", paramLabel = "DIR", required = true,
                description = "Folder of .txt and .pdf files, read at any depth (any path Spark reads).")
        String folder;

        @Option(names = "--parquet", paramLabel = "TABLE", required = true,
                description = "Parquet table with one document per row.")
        String table;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Input input;

    @Option(names = "--id-column", paramLabel = "NAME", defaultValue = "id",
            description = "The table's document id column (default: ${DEFAULT-VALUE}).")
    String idColumn;

    @Option(names = "--text-column", paramLabel = "NAME", defaultValue = "text",
            description = "The table's text column (default: ${DEFAULT-VALUE}).")
    String textColumn;

    @Option(names = "--output", paramLabel = "OUT", required = true, description = "Output folder.")
    String output;

    @Option(names = "--format", paramLabel = "F", defaultValue = "parquet",
            description = "parquet or jsonl (JSON Lines) (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--partitions", paramLabel = "N", defaultValue = "0",
            description = "Partitions to annotate in (default: 4 per core, or the input's own if more).")
    int partitions;

    @Option(names = "--overwrite", description = "Replace the results in an existing output folder.")
    boolean overwrite;

    @Option(names = "--fail-on-error", description = "Exit with status 1 if any document failed.")
    boolean failOnError;

    @Spec
    CommandSpec spec;

    private SparkSession spark;

    /** The application's entry point: runs on the session spark-submit configured, then exits. */
    public static void main(String[] args) {
        System.exit(run(null, args));
    }

    /**
     * Runs the job with {@code args} on {@code spark} (or, if null, the session spark-submit
     * configured, stopped at the end) and returns the exit status.
     */
    static int run(SparkSession spark, String[] args) {
        ImrSparkJob job = new ImrSparkJob();
        job.spark = spark;
        return new CommandLine(job)
                .setExecutionExceptionHandler((e, commandLine, parseResult) -> {
                    String message = e.getMessage() == null ? e.getClass().getName() : e.getMessage().lines().findFirst().orElse("");
                    commandLine.getErr().println("imrnlp-spark: " + message);
                    return 1;
                })
                .execute(args);
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        AnnotationJob.Settings settings;
        try {
            settings = new AnnotationJob.Settings(input.folder, input.table, idColumn, textColumn, output,
                    AnnotationJob.Format.of(format), partitions, overwrite);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        boolean ownSession = spark == null;
        SparkSession session = ownSession ? SparkSession.builder().appName("imrnlp-spark").getOrCreate() : spark;
        try {
            AnnotationJob job = new AnnotationJob(session, settings);
            JobSummary summary = job.run();
            for (String error : job.someErrors()) {
                err.println("imrnlp-spark: " + error);
            }
            if (summary.failed() > job.someErrors().size()) {
                err.println("imrnlp-spark: ... and " + (summary.failed() - job.someErrors().size())
                        + " more failed documents (see the error column of " + output + "/documents)");
            }
            out.println("imrnlp-spark: " + summary.line());
            out.flush();
            err.flush();
            return failOnError && summary.failed() > 0 ? 1 : 0;
        } finally {
            if (ownSession) {
                session.stop();
            }
        }
    }
}
