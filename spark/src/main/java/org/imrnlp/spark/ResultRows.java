package org.imrnlp.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.imrnlp.core.Assertion;
import org.imrnlp.core.ClinicalMention;
import org.imrnlp.core.DisputedItem;
import org.imrnlp.core.Dose;
import org.imrnlp.core.Extraction;
import org.imrnlp.core.Mention;
import org.imrnlp.core.NegatedStatement;
import scala.jdk.javaapi.CollectionConverters;

/**
 * The row form of results: the schemas of {@link ImrSpark}'s datasets and the mapping of an
 * {@link Extraction} onto them.
 *
 * <p>An annotation row ({@link #ANNOTATION}) holds:
 * <ul>
 *   <li>{@code docId}: the document's id as the input gave it;</li>
 *   <li>{@code annotationId}: unique in its document ({@code T1}, {@code T2}, ... in text order);</li>
 *   <li>{@code type}: the annotation guide's type name ({@code Medication}, {@code Dose}, ...);</li>
 *   <li>{@code begin}, {@code end}: UTF-16 offsets into the document's text, end exclusive;</li>
 *   <li>{@code text}: the covered text;</li>
 *   <li>{@code attributes}: the JSON form's attributes (name to value; absent values left out),
 *       links included, so that a row carries all the JSON form says;</li>
 *   <li>{@code negated}, {@code uncertain}, {@code historical}, {@code generic}, {@code subject}
 *       ({@code patient}, {@code family} or {@code other}): the assertion of a clinical
 *       annotation (Medication, Diagnosis, Symptom, ExamFinding, Procedure); null for the other
 *       types, which carry no assertion;</li>
 *   <li>{@code links}: the annotations of the same document this one points to, as
 *       {@code (relation, targetId)}: a Dose's {@code medication}, a DisputedItem's
 *       {@code requested} items, a NegatedStatement's {@code target} (where the negated phrase
 *       is itself an annotation); empty for the others.</li>
 * </ul>
 * A document row ({@link #DOCUMENT}) holds {@code docId}, {@code text} (the text annotated: for
 * a PDF the text extracted from it, which the offsets index), {@code bytes} (the input's size:
 * the file's, or the text's in UTF-8), {@code textLength}, {@code error} (null unless the
 * document could not be read or annotated; then it names the document and the reason, never its
 * text, and {@code textLength} and {@code annotations} are null) and {@code annotations} (the
 * annotation rows without {@code docId}).
 */
public final class ResultRows {

    /** One link of an annotation to another of the same document. */
    public static final StructType LINK = new StructType(new StructField[] {
        DataTypes.createStructField("relation", DataTypes.StringType, false),
        DataTypes.createStructField("targetId", DataTypes.StringType, false),
    });

    private static final StructField[] ANNOTATION_FIELDS = {
        DataTypes.createStructField("annotationId", DataTypes.StringType, false),
        DataTypes.createStructField("type", DataTypes.StringType, false),
        DataTypes.createStructField("begin", DataTypes.IntegerType, false),
        DataTypes.createStructField("end", DataTypes.IntegerType, false),
        DataTypes.createStructField("text", DataTypes.StringType, false),
        DataTypes.createStructField("attributes",
                DataTypes.createMapType(DataTypes.StringType, DataTypes.StringType, false), false),
        DataTypes.createStructField("negated", DataTypes.BooleanType, true),
        DataTypes.createStructField("uncertain", DataTypes.BooleanType, true),
        DataTypes.createStructField("historical", DataTypes.BooleanType, true),
        DataTypes.createStructField("generic", DataTypes.BooleanType, true),
        DataTypes.createStructField("subject", DataTypes.StringType, true),
        DataTypes.createStructField("links", DataTypes.createArrayType(LINK, false), false),
    };

    /** An annotation inside a document row: the annotation row without {@code docId}. */
    public static final StructType ANNOTATION_IN_DOCUMENT = new StructType(ANNOTATION_FIELDS);

    /** One row per annotation, as {@link ImrSpark#annotate} returns them: {@code docId}, then the annotation. */
    public static final StructType ANNOTATION = withDocId(ANNOTATION_IN_DOCUMENT);

    /** One row per document, as {@link ImrSpark#annotateDocuments} returns them. */
    public static final StructType DOCUMENT = new StructType(new StructField[] {
        DataTypes.createStructField("docId", DataTypes.StringType, true),
        DataTypes.createStructField("text", DataTypes.StringType, true),
        DataTypes.createStructField("bytes", DataTypes.LongType, true),
        DataTypes.createStructField("textLength", DataTypes.IntegerType, true),
        DataTypes.createStructField("error", DataTypes.StringType, true),
        DataTypes.createStructField("annotations", DataTypes.createArrayType(ANNOTATION_IN_DOCUMENT, false), true),
    });

    private ResultRows() {
    }

    private static StructType withDocId(StructType annotation) {
        StructType flat = new StructType().add("docId", DataTypes.StringType, true);
        for (StructField field : annotation.fields()) {
            flat = flat.add(field);
        }
        return flat;
    }

    /** The document row of a document annotated without error. */
    static Row document(String docId, String text, long bytes, Extraction extraction) {
        Set<String> ids = extraction.byId().keySet();
        List<Row> annotations = new ArrayList<>(extraction.all().size());
        for (Mention m : extraction.all()) {
            annotations.add(annotation(m, ids));
        }
        return RowFactory.create(docId, text, bytes, extraction.textLength(), null,
                CollectionConverters.asScala(annotations).toSeq());
    }

    /** The document row of a document that could not be read or annotated. */
    static Row failed(String docId, String text, Long bytes, String error) {
        return RowFactory.create(docId, text, bytes, null, error, null);
    }

    private static Row annotation(Mention m, Set<String> idsOfDocument) {
        Assertion a = m instanceof ClinicalMention c ? c.assertion() : null;
        Map<String, String> attributes = m.attributes();
        return RowFactory.create(m.id(), m.type().jsonName(), m.begin(), m.end(), m.text(),
                CollectionConverters.asScala(attributes),
                a == null ? null : a.negated(), a == null ? null : a.uncertain(),
                a == null ? null : a.historical(), a == null ? null : a.generic(),
                a == null ? null : a.subject().label(),
                CollectionConverters.asScala(links(m, idsOfDocument)).toSeq());
    }

    /** The links of {@code m} to other annotations of its document, as rows of {@link #LINK}. */
    private static List<Row> links(Mention m, Set<String> idsOfDocument) {
        List<Row> links = new ArrayList<>();
        if (m instanceof Dose d && d.medicationId() != null) {
            links.add(RowFactory.create("medication", d.medicationId()));
        } else if (m instanceof DisputedItem item) {
            for (String requested : item.requestedIds()) {
                links.add(RowFactory.create("requested", requested));
            }
        } else if (m instanceof NegatedStatement n && n.target() != null && idsOfDocument.contains(n.target())) {
            links.add(RowFactory.create("target", n.target()));
        }
        return links;
    }
}
