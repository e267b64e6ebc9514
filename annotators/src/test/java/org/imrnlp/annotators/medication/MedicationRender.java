package org.imrnlp.annotators.medication;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.imrnlp.core.Dose;
import org.imrnlp.core.DrugClass;
import org.imrnlp.core.Extraction;
import org.imrnlp.core.Medication;
import org.imrnlp.core.Mention;

/**
 * Renders the medications and drug classes of an extraction for comparison in tests: each
 * medication as {@code text[normalized] kind=written ...} (its doses as written, in text order), each class
 * as {@code class text[canonical]}, joined by {@code ; }.
 */
final class MedicationRender {

    private MedicationRender() {
    }

    static String render(Extraction x) {
        List<String> out = new ArrayList<>();
        for (Mention m : x.all()) {
            if (m instanceof Medication med) {
                String doses = med.doses().stream().map(MedicationRender::render).collect(Collectors.joining(" "));
                out.add((med.text().replaceAll("\\s+", " ") + "[" + med.normalized() + "] " + doses).strip());
            } else if (m instanceof DrugClass c) {
                out.add("class " + c.text().replaceAll("\\s+", " ") + "[" + c.normalized() + "]");
            }
        }
        return String.join("; ", out);
    }

    private static String render(Dose d) {
        return d.kind().label() + "=" + d.written();
    }
}
