package org.imrnlp.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.imrnlp.spark.ImrSpark;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's Spark example, word for word (corpus' ReadmeJavaBlocksTest checks it is here), run on a small table and folder. */
class ReadmeSparkExampleTest {

    @Test
    void theReadmeExampleRuns(@TempDir Path temp) throws IOException {
        SparkSession spark = LocalSpark.session();
        StructType schema = new StructType().add("note_id", DataTypes.IntegerType).add("body", DataTypes.StringType);
        String notesTable = temp.resolve("notes.parquet").toString();
        spark.createDataFrame(List.of(RowFactory.create(1, SyntheticLetters.NOTE)), schema)
                .write().mode(SaveMode.Overwrite).parquet(notesTable);
        String lettersFolder = SyntheticLetters.write(temp.resolve("letters")).toString();

        Dataset<Row> notes = spark.read().parquet(notesTable);                   // columns note_id, body, ...
        Dataset<Row> annotations = ImrSpark.annotate(notes, "note_id", "body");  // one row per annotation
        annotations.where("type = 'Diagnosis' AND NOT negated AND subject = 'patient'")
                .groupBy("attributes.icd10").count().show();

        Dataset<Row> letters = ImrSpark.annotateFolder(spark, lettersFolder);  // .txt and .pdf, any depth (local, HDFS, S3)

        assertTrue(annotations.count() > 0, "the note has annotations");
        assertEquals(SyntheticLetters.READABLE.size() + SyntheticLetters.UNREADABLE.size(),
                letters.count(), "one row per file of the folder");
    }
}
