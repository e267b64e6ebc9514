package org.imrnlp.spark;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.Serializable;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.imrnlp.pipeline.DocumentText;
import org.imrnlp.pipeline.UnreadableDocumentException;
import scala.Tuple2;

/**
 * Reads the {@code .txt} and {@code .pdf} files under a folder, at any depth, into
 * {@link AnnotatePartition#INPUT} rows, on the executors: Spark's {@code binaryFiles} hands over
 * each file's bytes and {@link DocumentText} turns them into text exactly as the command line
 * reads a file (PDFs through PDFBox, text as strict UTF-8), with the same one-line errors. A
 * file that cannot be read becomes a row with its error and no text.
 *
 * <p>The id of a document is its path relative to the folder ({@code pdf/CM16-0001.pdf}), or its
 * full URI if the folder is a pattern. {@code binaryFiles} packs small files into partitions of
 * {@code spark.files.openCostInBytes} (4 MB, a hundred letters or so) at least; an input that
 * gives fewer partitions than {@link Spread} wants is repartitioned (a shuffle of its bytes,
 * small by then), so that every core has work.
 */
final class FolderReader {

    private static final String RECURSIVE = "mapreduce.input.fileinputformat.input.dir.recursive";

    /** The most partitions asked of {@code binaryFiles}: files are then packed 4 MB to a partition. */
    private static final int MANY = 1 << 20;

    private FolderReader() {
    }

    /**
     * The documents under {@code folder} (any Hadoop path: local, HDFS, S3, ...), spread over
     * {@code partitions} partitions, or as described above if {@code partitions} is 0.
     */
    static Dataset<Row> read(SparkSession spark, String folder, int partitions) {
        JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Configuration conf = context.hadoopConfiguration();
        String root = qualified(folder, conf);
        JavaPairRDD<String, PortableDataStream> files;
        synchronized (conf) {  // binaryFiles copies the configuration: the flag holds for this call only
            String before = conf.get(RECURSIVE);
            conf.setBoolean(RECURSIVE, true);
            try {
                files = context.binaryFiles(folder, MANY);
            } finally {
                if (before == null) {
                    conf.unset(RECURSIVE);
                } else {
                    conf.set(RECURSIVE, before);
                }
            }
        }
        JavaRDD<FileBytes> bytes = files.filter(file -> DocumentText.isDocument(file._1()))
                .map(file -> FileBytes.read(idOf(file._1(), root), file._2()));
        int spread = Spread.repartitionTo(bytes.getNumPartitions(), partitions, context.defaultParallelism());
        if (spread > 0) {
            bytes = bytes.repartition(spread);
        }
        JavaRDD<Row> rows = bytes.map(FileBytes::toRow);
        return spark.createDataFrame(rows, AnnotatePartition.INPUT);
    }

    /** The folder's fully qualified URI, as {@code binaryFiles} names the files in it. */
    private static String qualified(String folder, Configuration conf) {
        try {
            Path path = new Path(folder);
            return path.getFileSystem(conf).makeQualified(path).toString();
        } catch (IOException | IllegalArgumentException e) {
            return folder;
        }
    }

    private static String idOf(String uri, String root) {
        return uri.startsWith(root + "/") ? uri.substring(root.length() + 1) : uri;
    }

    /** One file's bytes, or why they could not be read. */
    private record FileBytes(String id, byte[] bytes, String error) implements Serializable {

        static FileBytes read(String id, PortableDataStream stream) {
            try (DataInputStream in = stream.open()) {
                byte[] bytes = in.readNBytes((int) DocumentText.MAX_BYTES + 1);
                if (bytes.length > DocumentText.MAX_BYTES) {
                    return new FileBytes(id, null, id + ": more than the limit of " + DocumentText.MAX_BYTES + " bytes");
                }
                return new FileBytes(id, bytes, null);
            } catch (IOException | RuntimeException e) {
                return new FileBytes(id, null, id + ": cannot be read: " + e.getClass().getSimpleName()
                        + (e.getMessage() == null ? "" : " " + e.getMessage()));
            }
        }

        Row toRow() {
            if (error != null) {
                return RowFactory.create(id, null, null, error);
            }
            try {
                String text = DocumentText.read(id, bytes, DocumentText.DEFAULT_MAX_CHARS);
                return RowFactory.create(id, text, (long) bytes.length, null);
            } catch (UnreadableDocumentException e) {
                return RowFactory.create(id, null, (long) bytes.length, e.getMessage());
            }
        }
    }
}
