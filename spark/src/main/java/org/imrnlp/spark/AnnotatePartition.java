package org.imrnlp.spark;

import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.imrnlp.core.Extraction;
import org.imrnlp.pipeline.ExtractionException;
import org.imrnlp.pipeline.ImrExtractor;

/**
 * Annotates the documents of one partition with the executor's shared extractor, one document
 * at a time as Spark pulls the rows, into {@link ResultRows#DOCUMENT} rows. A document that
 * cannot be annotated, or that arrives with an error (an unreadable file), becomes an error row
 * and the partition goes on.
 */
final class AnnotatePartition implements MapPartitionsFunction<Row, Row> {

    private static final long serialVersionUID = 1L;

    /**
     * What it reads: the document's id and text, its size in bytes where known (else the text's
     * size in UTF-8 is taken) and the error of a document that could not be read.
     */
    static final StructType INPUT = new StructType()
            .add("docId", DataTypes.StringType, true)
            .add("text", DataTypes.StringType, true)
            .add("bytes", DataTypes.LongType, true)
            .add("error", DataTypes.StringType, true);

    @Override
    public Iterator<Row> call(Iterator<Row> documents) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return documents.hasNext();
            }

            @Override
            public Row next() {
                return annotate(documents.next());
            }
        };
    }

    /** The document row of one {@link #INPUT} row. */
    static Row annotate(Row document) {
        String id = document.isNullAt(0) ? null : document.getString(0);
        String text = document.isNullAt(1) ? null : document.getString(1);
        Long bytes = document.isNullAt(2) ? null : document.getLong(2);
        if (!document.isNullAt(3)) {
            return ResultRows.failed(id, text, bytes, document.getString(3));
        }
        if (id == null) {
            return ResultRows.failed(null, text, bytes, "a document without id (null in the id column)");
        }
        if (text == null) {
            return ResultRows.failed(id, null, bytes, id + ": no text (null in the text column)");
        }
        long size = bytes != null ? bytes : text.getBytes(StandardCharsets.UTF_8).length;
        ImrExtractor extractor = ExecutorExtractor.get();
        try {
            Extraction extraction = extractor.extract(text, id);
            return ResultRows.document(id, text, size, extraction);
        } catch (ExtractionException e) {
            return ResultRows.failed(id, text, size, e.getMessage());
        }
    }
}
