package org.imrnlp.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;

import java.util.Arrays;
import java.util.Objects;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * IMR-NLP on Apache Spark: annotates a Dataset of documents, or a folder of {@code .txt} and
 * {@code .pdf} files, across a cluster, with the same results as {@code ImrExtractor} in one JVM.
 *
 * <pre>{@code
 * Dataset<Row> notes = spark.read().parquet("notes.parquet");            // columns note_id, body, ...
 * Dataset<Row> annotations = ImrSpark.annotate(notes, "note_id", "body"); // one row per annotation
 * annotations.where("type = 'Medication' AND NOT negated").groupBy("attributes.normalized").count();
 * }</pre>
 *
 * <p>Each executor JVM creates one extractor, on first need, shared by its tasks and closed when
 * the JVM exits; documents are annotated partition by partition ({@code mapPartitions}), so
 * nothing is set up per row. The work spreads over the input's partitions: repartition a small
 * input (a Parquet file of a few megabytes is one partition) so that every core has some.
 * The schemas are those of {@link ResultRows}. Results are computed each time a Dataset is used:
 * cache the documents before deriving more than one output from them.
 */
public final class ImrSpark {

    private ImrSpark() {
    }

    /**
     * One row per annotation ({@link ResultRows#ANNOTATION}) of the documents of {@code docs},
     * whose column {@code idColumn} (any type, taken as a string) identifies a document and
     * {@code textColumn} (a string) holds its text. A document that cannot be annotated gives no
     * row here: {@link #annotateDocuments} gives one row per document, errors included.
     */
    public static Dataset<Row> annotate(Dataset<Row> docs, String idColumn, String textColumn) {
        return annotations(annotateDocuments(docs, idColumn, textColumn));
    }

    /**
     * One row per document of {@code docs} ({@link ResultRows#DOCUMENT}): its text, its
     * annotations, or the error that stopped it (too long, over the time budget, no text).
     */
    public static Dataset<Row> annotateDocuments(Dataset<Row> docs, String idColumn, String textColumn) {
        return annotateInput(input(docs, idColumn, textColumn));
    }

    /**
     * The documents under {@code folder} (local, HDFS, S3, ...: any path Spark reads), at any
     * depth: columns {@code docId} (the path under the folder), {@code text} (for a PDF, the text
     * extracted from it), {@code bytes} (the file's size) and {@code error} (why a file could not
     * be read, naming it; then {@code text} is null). Reading happens on the executors.
     */
    public static Dataset<Row> readFolder(SparkSession spark, String folder) {
        return FolderReader.read(Objects.requireNonNull(spark, "spark"), Objects.requireNonNull(folder, "folder"), 0);
    }

    /**
     * One row per {@code .txt} or {@code .pdf} file under {@code folder} ({@link ResultRows#DOCUMENT}),
     * with the text read from it beside its annotations (the offsets of a PDF's annotations
     * index that text); a file that cannot be read is an error row naming it.
     */
    public static Dataset<Row> annotateFolder(SparkSession spark, String folder) {
        return annotateInput(readFolder(spark, folder));
    }

    /** The annotation rows ({@link ResultRows#ANNOTATION}) of document rows ({@link ResultRows#DOCUMENT}). */
    public static Dataset<Row> annotations(Dataset<Row> documents) {
        return documents.where(col("error").isNull())
                .select(col("docId"), explode(col("annotations")).as("a"))
                .select(col("docId"), col("a.*"));
    }

    /** The id and text columns of {@code docs} as {@link AnnotatePartition#INPUT} rows. */
    static Dataset<Row> input(Dataset<Row> docs, String idColumn, String textColumn) {
        Objects.requireNonNull(docs, "docs");
        requireColumn(docs, Objects.requireNonNull(idColumn, "idColumn"));
        requireColumn(docs, Objects.requireNonNull(textColumn, "textColumn"));
        return docs.select(
                docs.col(idColumn).cast("string").as("docId"),
                docs.col(textColumn).cast("string").as("text"),
                lit(null).cast("long").as("bytes"),
                lit(null).cast("string").as("error"));
    }

    /** Annotates rows of {@link AnnotatePartition#INPUT}'s columns. */
    static Dataset<Row> annotateInput(Dataset<Row> input) {
        return input.mapPartitions(new AnnotatePartition(), Encoders.row(ResultRows.DOCUMENT));
    }

    private static void requireColumn(Dataset<Row> docs, String column) {
        if (!Arrays.asList(docs.columns()).contains(column)) {
            throw new IllegalArgumentException("no column " + column + " (columns: " + String.join(", ", docs.columns()) + ")");
        }
    }
}
