package org.imrnlp.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.DataFrameWriter;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * Annotates a folder of documents or a Parquet table of texts and writes, under the output
 * folder: {@code annotations/} (one row per annotation, {@link ResultRows#ANNOTATION}),
 * {@code documents/} (one row per document: {@code docId}, {@code bytes}, {@code textLength},
 * {@code annotationCount}, {@code error}, and for a folder the {@code text} read from each file,
 * which the offsets index) and {@code summary.json} ({@link JobSummary}). A document that cannot
 * be read or annotated is a row of {@code documents/} with its error; the others go on.
 */
final class AnnotationJob {

    /** How the two tables are written. */
    enum Format {
        PARQUET, JSONL;

        static Format of(String name) {
            return switch (name.toLowerCase(Locale.ROOT)) {
                case "parquet" -> PARQUET;
                case "jsonl", "json" -> JSONL;
                default -> throw new IllegalArgumentException("unknown output format " + name + " (parquet or jsonl)");
            };
        }
    }

    /**
     * What to run.
     *
     * @param folder     a folder of {@code .txt} and {@code .pdf} files, or null
     * @param table      a Parquet table of texts, or null (exactly one of folder and table)
     * @param idColumn   the table's document id column
     * @param textColumn the table's text column
     * @param partitions how many partitions to annotate in, or 0 for four per core
     */
    record Settings(String folder, String table, String idColumn, String textColumn, String output, Format format,
                    int partitions, boolean overwrite) {

        Settings {
            if ((folder == null) == (table == null)) {
                throw new IllegalArgumentException("give an input folder or a Parquet table (one of them)");
            }
            Objects.requireNonNull(output, "output");
            Objects.requireNonNull(format, "format");
            if (partitions < 0) {
                throw new IllegalArgumentException("partitions must not be negative: " + partitions);
            }
        }
    }

    /** Error messages of failed documents kept for the report. */
    static final int ERRORS_SHOWN = 20;

    private final SparkSession spark;
    private final Settings settings;
    private final List<String> someErrors = new ArrayList<>();

    AnnotationJob(SparkSession spark, Settings settings) {
        this.spark = Objects.requireNonNull(spark, "spark");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /** Runs the job; throws if the input cannot be listed or the output cannot be written. */
    JobSummary run() throws IOException {
        long start = System.nanoTime();
        Path out = new Path(settings.output());
        FileSystem fs = out.getFileSystem(spark.sparkContext().hadoopConfiguration());
        if (!settings.overwrite() && fs.exists(out)) {
            throw new IOException(settings.output() + ": already exists (give --overwrite to replace its results)");
        }
        Dataset<Row> documents = ImrSpark.annotateInput(input()).persist(StorageLevel.MEMORY_AND_DISK());
        try {
            write(documentTable(documents), settings.output() + "/documents");
            write(ImrSpark.annotations(documents), settings.output() + "/annotations");
            Row totals = documents.agg(
                    count(when(col("error").isNull(), 1)),
                    count(when(col("error").isNotNull(), 1)),
                    sum(when(col("error").isNull(), size(col("annotations")))),
                    sum(col("bytes")),
                    sum(col("textLength"))).first();
            for (Row r : documents.where(col("error").isNotNull()).select("error").limit(ERRORS_SHOWN).collectAsList()) {
                someErrors.add(r.getString(0));
            }
            JobSummary summary = new JobSummary(totals.getLong(0), totals.getLong(1), longOrZero(totals, 2),
                    longOrZero(totals, 3), longOrZero(totals, 4), (System.nanoTime() - start) / 1e9);
            try (OutputStream json = fs.create(new Path(out, "summary.json"), true)) {
                json.write((summary.json() + "\n").getBytes(StandardCharsets.UTF_8));
            }
            return summary;
        } finally {
            documents.unpersist();
        }
    }

    private static long longOrZero(Row row, int i) {
        return row.isNullAt(i) ? 0 : row.getLong(i);
    }

    /** The errors of up to {@link #ERRORS_SHOWN} failed documents of the last run, each naming its document. */
    List<String> someErrors() {
        return List.copyOf(someErrors);
    }

    private Dataset<Row> input() {
        if (settings.folder() != null) {
            return FolderReader.read(spark, settings.folder(), settings.partitions());
        }
        Dataset<Row> table = spark.read().parquet(settings.table());
        Dataset<Row> texts;
        try {
            texts = ImrSpark.input(table, settings.idColumn(), settings.textColumn());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(settings.table() + ": " + e.getMessage(), e);
        }
        int spread = Spread.repartitionTo(texts.rdd().getNumPartitions(), settings.partitions(),
                spark.sparkContext().defaultParallelism());
        return spread > 0 ? texts.repartition(spread) : texts;
    }

    /** The documents table: the document rows without their annotations, with their count. */
    private Dataset<Row> documentTable(Dataset<Row> documents) {
        List<Column> columns = new ArrayList<>(List.of(col("docId"), col("bytes"), col("textLength"),
                when(col("error").isNull(), size(col("annotations"))).as("annotationCount"), col("error")));
        if (settings.folder() != null) {
            columns.add(col("text"));
        }
        return documents.select(columns.toArray(Column[]::new));
    }

    private void write(Dataset<Row> table, String path) {
        DataFrameWriter<Row> writer = table.write().mode(settings.overwrite() ? SaveMode.Overwrite : SaveMode.ErrorIfExists);
        if (settings.format() == Format.PARQUET) {
            writer.parquet(path);
        } else {
            writer.json(path);
        }
    }
}
