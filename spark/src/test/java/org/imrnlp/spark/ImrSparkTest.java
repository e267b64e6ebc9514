package org.imrnlp.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.imrnlp.core.Assertion;
import org.imrnlp.core.json.Annotation;
import org.imrnlp.pipeline.DocumentText;
import org.imrnlp.pipeline.ImrExtractor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImrSparkTest {

    @TempDir
    static Path temp;

    private static SparkSession spark;
    private static ImrExtractor extractor;
    private static Path folder;
    /** The folder's document rows, by id: annotated once, read by several tests. */
    private static Map<String, Row> folderDocuments;

    @BeforeAll
    static void annotateTheFolder() throws IOException {
        spark = LocalSpark.session();
        extractor = ExecutorExtractor.get();  // the same pipeline, called directly in this JVM
        folder = SyntheticLetters.write(temp.resolve("letters"));
        folderDocuments = ImrSpark.annotateFolder(spark, folder.toString()).collectAsList().stream()
                .collect(Collectors.toMap(r -> r.getString(r.fieldIndex("docId")), r -> r));
    }

    @Test
    void aFolderGivesTheExtractorsAnnotationsDocumentForDocumentWithTheTextReadBesideThem() throws IOException {
        for (String id : SyntheticLetters.READABLE) {
            Row document = folderDocuments.get(id);
            assertNull(document.get(document.fieldIndex("error")), id);
            String text = DocumentText.read(folder.resolve(id));
            assertEquals(text, document.getString(document.fieldIndex("text")), id);
            assertEquals(text.length(), document.getInt(document.fieldIndex("textLength")));
            assertEquals(java.nio.file.Files.size(folder.resolve(id)), document.getLong(document.fieldIndex("bytes")));
            List<Annotation> expected = extractor.extract(text, id).toDocument().annotations();
            assertFalse(expected.isEmpty(), id);
            assertEquals(expected, annotations(document.getList(document.fieldIndex("annotations"))), id);
        }
        assertTrue(folderDocuments.get("pdf/CM17-0100003.pdf").getString(1).contains("tramadol 50 mg twice a day"));
    }

    @Test
    void filesThatCannotBeReadAreErrorRowsNamingThemAndOtherFilesAreNotDocuments() {
        assertEquals(SyntheticLetters.READABLE.size() + SyntheticLetters.UNREADABLE.size(), folderDocuments.size(),
                folderDocuments.keySet().toString());
        for (List<String> bad : SyntheticLetters.UNREADABLE) {
            Row document = folderDocuments.get(bad.get(0));
            String error = document.getString(document.fieldIndex("error"));
            assertTrue(error.startsWith(bad.get(1)), error);
            assertEquals(1, error.lines().count());
            assertNull(document.get(document.fieldIndex("text")));
            assertNull(document.get(document.fieldIndex("annotations")));
        }
    }

    @Test
    void annotateGivesOneRowPerAnnotationWithItsAssertionAndLinks() {
        StructType schema = new StructType().add("note_id", DataTypes.IntegerType).add("body", DataTypes.StringType);
        Dataset<Row> notes = spark.createDataFrame(List.of(
                RowFactory.create(7, SyntheticLetters.LETTER_2),
                RowFactory.create(8, SyntheticLetters.NOTE),
                RowFactory.create(9, null)), schema).repartition(2);
        List<Row> rows = ImrSpark.annotate(notes, "note_id", "body").collectAsList();
        assertEquals(ResultRows.ANNOTATION, ImrSpark.annotate(notes, "note_id", "body").schema());

        List<Row> letter = rows.stream().filter(r -> r.getString(0).equals("7")).toList();
        assertEquals(extractor.extract(SyntheticLetters.LETTER_2).all().size(), letter.size());
        assertEquals(extractor.extract(SyntheticLetters.NOTE).all().size(),
                rows.stream().filter(r -> r.getString(0).equals("8")).count());

        // "She has no history of diabetes.": a negated diagnosis, and the negation links to it
        Row diabetes = only(letter, "Diagnosis", "diabetes");
        assertEquals(true, diabetes.getAs("negated"));
        assertEquals("patient", diabetes.getAs("subject"));
        Row negation = only(letter, "NegatedStatement", "no history of diabetes");
        assertEquals(List.of(RowFactory.create("target", diabetes.getAs("annotationId"))), negation.getList(negation.fieldIndex("links")));
        assertNull(negation.getAs("negated"));
        // "Her mother has a history of breast cancer.": the family's, in the past
        Row cancer = only(letter, "Diagnosis", "breast cancer");
        assertEquals("family", cancer.getAs("subject"));
        assertEquals(true, cancer.getAs("historical"));
        assertEquals(false, cancer.getAs("negated"));
        // "gabapentin 300 mg three times a day": the dose links to its medication
        Row gabapentin = only(letter, "Medication", "gabapentin");
        assertEquals("gabapentin", gabapentin.getJavaMap(gabapentin.fieldIndex("attributes")).get("normalized"));
        Row dose = only(letter, "Dose", "300 mg");
        assertEquals(List.of(RowFactory.create("medication", gabapentin.getAs("annotationId"))), dose.getList(dose.fieldIndex("links")));
        // the disputed item links to the procedure it asks for
        Row item = letter.stream().filter(r -> r.getAs("type").equals("DisputedItem")).findFirst().orElseThrow();
        Row therapy = letter.stream().filter(r -> r.getAs("text").equals("Physical therapy")).findFirst().orElseThrow();
        assertEquals("Procedure", therapy.getAs("type"));
        assertEquals(List.of(RowFactory.create("requested", therapy.getAs("annotationId"))), item.getList(item.fieldIndex("links")));
        assertEquals("OVERTURNED", item.getJavaMap(item.fieldIndex("attributes")).get("decision"));

        assertTrue(rows.stream().noneMatch(r -> r.getString(0).equals("9")));
    }

    @Test
    void documentsWithoutTextAreErrorRowsAndAMissingColumnIsRefused() {
        StructType schema = new StructType().add("id", DataTypes.StringType).add("text", DataTypes.StringType);
        Dataset<Row> notes = spark.createDataFrame(List.of(RowFactory.create("n1", null),
                RowFactory.create(null, "She denies chest pain.")), schema);
        List<Row> documents = ImrSpark.annotateDocuments(notes, "id", "text").collectAsList();
        assertEquals("n1: no text (null in the text column)", documents.get(0).getAs("error"));
        assertEquals("a document without id (null in the id column)", documents.get(1).getAs("error"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ImrSpark.annotate(notes, "id", "body"));
        assertEquals("no column body (columns: id, text)", e.getMessage());
    }

    @Test
    void theAnnotationRowSchemaIsTheDocumentedOne() {
        assertEquals(List.of("docId string", "annotationId string", "type string", "begin int", "end int", "text string",
                "attributes map<string,string>", "negated boolean", "uncertain boolean", "historical boolean",
                "generic boolean", "subject string", "links array<struct<relation:string,targetId:string>>"),
                fields(ResultRows.ANNOTATION));
        assertEquals(List.of("docId string", "text string", "bytes bigint", "textLength int", "error string",
                "annotations array<struct<annotationId:string,type:string,begin:int,end:int,text:string,"
                        + "attributes:map<string,string>,negated:boolean,uncertain:boolean,historical:boolean,"
                        + "generic:boolean,subject:string,links:array<struct<relation:string,targetId:string>>>>"),
                fields(ResultRows.DOCUMENT));
    }

    @Test
    void everyTaskOfTheExecutorSharesOneExtractor() {
        List<Integer> extractors = spark.range(0, 8, 1, 8).mapPartitions(
                (MapPartitionsFunction<Long, Integer>) ids -> List.of(System.identityHashCode(ExecutorExtractor.get())).iterator(),
                Encoders.INT()).collectAsList();
        assertEquals(8, extractors.size());
        assertEquals(1, extractors.stream().distinct().count(), extractors.toString());
    }

    @Test
    void theReadmeExampleCountsThePatientsDiagnosesByCode() {
        StructType schema = new StructType().add("note_id", DataTypes.LongType).add("body", DataTypes.StringType);
        String table = temp.resolve("notes.parquet").toString();
        spark.createDataFrame(List.of(RowFactory.create(1L, SyntheticLetters.LETTER_2), RowFactory.create(2L, SyntheticLetters.NOTE)),
                schema).write().parquet(table);

        Dataset<Row> notes = spark.read().parquet(table);
        Dataset<Row> annotations = ImrSpark.annotate(notes, "note_id", "body");
        Dataset<Row> byCode = annotations.where("type = 'Diagnosis' AND NOT negated AND subject = 'patient'")
                .groupBy("attributes.icd10").count();

        // neck pain, radiculopathy and migraine headaches have no code; diabetes is negated, breast cancer the mother's
        Map<String, Long> counts = new TreeMap<>();
        byCode.collectAsList().forEach(r -> counts.put(r.isNullAt(0) ? "none" : r.getString(0), r.getLong(1)));
        assertEquals(Map.of("none", 3L, "G43.0", 1L), counts);
    }

    private static List<String> fields(StructType schema) {
        List<String> fields = new ArrayList<>();
        for (StructField f : schema.fields()) {
            fields.add(f.name() + " " + f.dataType().simpleString());
        }
        return fields;
    }

    private static Row only(List<Row> rows, String type, String text) {
        List<Row> found = rows.stream().filter(r -> r.getAs("type").equals(type) && r.getAs("text").equals(text)).toList();
        assertEquals(1, found.size(), type + " " + text);
        return found.get(0);
    }

    /** Annotation rows of a document row turned back into the JSON form's records. */
    static List<Annotation> annotations(List<Row> rows) {
        List<Annotation> annotations = new ArrayList<>();
        for (Row r : rows) {
            Assertion assertion = r.isNullAt(r.fieldIndex("negated")) ? null : new Assertion(r.getAs("negated"),
                    r.getAs("uncertain"), r.getAs("historical"), r.getAs("generic"),
                    Assertion.Subject.fromLabel(r.getAs("subject")));
            annotations.add(new Annotation(r.getAs("annotationId"), r.getAs("type"), r.getAs("begin"), r.getAs("end"),
                    r.getAs("text"), new TreeMap<>(r.<String, String>getJavaMap(r.fieldIndex("attributes"))), assertion));
        }
        return annotations;
    }
}
