package org.imrnlp.corpus.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import org.apache.uima.UIMAFramework;
import org.apache.uima.resource.metadata.TypeDescription;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.apache.uima.util.XMLInputSource;
import org.junit.jupiter.api.Test;

class XmiTypeSystemTest {

    @Test
    void theWrittenTypeSystemHoldsEveryTypeAndImportsNothing() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XmiFormat.writeTypeSystem(out);
        TypeSystemDescription read = UIMAFramework.getXMLParser().parseTypeSystemDescription(
                new XMLInputSource(new ByteArrayInputStream(out.toByteArray()), null));
        assertEquals(0, read.getImports().length, "a reader without the project's jars cannot resolve imports");
        assertNotNull(read.getType("org.imrnlp.type.MedicationAnnotation"));
        assertNotNull(read.getType("org.apache.ctakes.typesystem.type.textsem.IdentifiedAnnotation"));
        read.resolveImports();  // nothing to resolve: must not throw
        assertEquals(read.getTypes().length, Arrays.stream(read.getTypes()).map(TypeDescription::getName).distinct().count());
    }
}
