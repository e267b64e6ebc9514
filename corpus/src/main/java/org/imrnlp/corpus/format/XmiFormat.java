package org.imrnlp.corpus.format;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.uima.UIMAException;
import org.apache.uima.cas.impl.XmiCasDeserializer;
import org.apache.uima.cas.impl.XmiCasSerializer;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.jcas.JCas;
import org.imrnlp.core.json.AnnotatedDocument;
import org.imrnlp.pipeline.ExtractionBuilder;
import org.imrnlp.pipeline.ImrPipeline;
import org.xml.sax.SAXException;

/**
 * UIMA XMI: the whole CAS (every view and annotation, sentences and tokens too), readable by
 * any UIMA tool with the type system descriptor written beside it ({@link #TYPE_SYSTEM_FILE}).
 */
public final class XmiFormat {

    /** The name of the type system descriptor file written beside XMI files. */
    public static final String TYPE_SYSTEM_FILE = "TypeSystem.xml";

    private XmiFormat() {
    }

    /** A document read back from XMI: its text and annotations in the guide's form. */
    public record Read(String text, AnnotatedDocument document) {
    }

    /** The CAS as XMI. */
    public static String write(JCas jcas) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            XmiCasSerializer.serialize(jcas.getCas(), out);
        } catch (SAXException e) {
            throw new IllegalStateException("cannot serialise the CAS to XMI: " + e.getMessage(), e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Writes the IMR-NLP type system descriptor, merged with the cTAKES types it imports, so that plain UIMA reads it alone. */
    public static void writeTypeSystem(OutputStream out) throws IOException {
        try {
            // merged: every type written out, no import a reader without our jars would have to resolve
            org.apache.uima.util.CasCreationUtils.mergeTypeSystems(java.util.List.of(ImrPipeline.typeSystem())).toXML(out);
        } catch (UIMAException | SAXException e) {
            throw new IOException("cannot write the type system descriptor: " + e.getMessage(), e);
        }
    }

    /** Reads an XMI document into the guide's form (ids T1, T2, ... as the extractor numbers them). */
    public static Read read(InputStream in, String source) throws IOException {
        try {
            JCas jcas = JCasFactory.createJCas(ImrPipeline.typeSystem());
            XmiCasDeserializer.deserialize(in, jcas.getCas());
            String text = jcas.getDocumentText() == null ? "" : jcas.getDocumentText();
            return new Read(text, ExtractionBuilder.build(jcas, source).toDocument());
        } catch (SAXException e) {
            throw new IOException(source + ": not XMI of the IMR-NLP type system: " + e.getMessage(), e);
        } catch (UIMAException e) {
            throw new IOException(source + ": cannot create a CAS: " + e.getMessage(), e);
        }
    }
}
