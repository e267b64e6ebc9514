package org.imrnlp.annotators.ctakes;

import java.util.ArrayList;
import java.util.List;
import org.apache.ctakes.typesystem.type.refsem.OntologyConcept;
import org.apache.ctakes.typesystem.type.textsem.DateAnnotation;
import org.apache.ctakes.typesystem.type.textsem.IdentifiedAnnotation;
import org.apache.ctakes.typesystem.type.textsem.Modifier;
import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.fit.descriptor.ResourceMetaData;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.apache.uima.jcas.cas.FSArray;
import org.imrnlp.type.Diagnosis;
import org.imrnlp.type.DrugClass;
import org.imrnlp.type.ExamFinding;
import org.imrnlp.type.Medication;
import org.imrnlp.type.PainScore;
import org.imrnlp.type.Procedure;
import org.imrnlp.type.Symptom;

/**
 * Gives every IMR-NLP mention the cTAKES semantics that cTAKES' own tools read, so that they show
 * a Medication as a Drug rather than an Event and find its codes. Runs last, once for all
 * annotators (and for name-finder models' spans).
 *
 * <p><b>typeID</b> is cTAKES' semantic group constant ({@code CONST.NE_TYPE_ID_*} of
 * ctakes-type-system 6.0.0, which cTAKES' {@code SemanticGroup} maps to a group name):
 * <table>
 * <caption>IMR-NLP type to cTAKES semantic group</caption>
 * <tr><td>Medication, DrugClass</td><td>1 Drug</td></tr>
 * <tr><td>Diagnosis</td><td>2 Disorder</td></tr>
 * <tr><td>Symptom, ExamFinding</td><td>3 Finding (Sign/Symptom)</td></tr>
 * <tr><td>Procedure</td><td>5 Procedure</td></tr>
 * <tr><td>PainScore</td><td>7 Clinical Attribute</td></tr>
 * <tr><td>Date, DateOfInjury</td><td>1005 Time</td></tr>
 * <tr><td>Dose modifiers, NegatedStatement</td><td>1006 Modifier</td></tr>
 * </table>
 * DisputedItem, Demographics and ReviewerCredential belong to no semantic group and keep 0
 * (unknown). A typeID another component already set is kept.
 *
 * <p><b>ontologyConceptArr</b> gets one {@link OntologyConcept} per code the project knows, with
 * the coding scheme's UMLS source name where it has one: {@code RXNORM} (a Medication's RxCUI,
 * from the drug lexicon or RxNorm), {@code ICD10CM} (a Diagnosis's ICD-10-CM code, from the
 * lexicon or written in the letter), and {@code DOID} or {@code SYMP} (the Human Disease
 * Ontology or Symptom Ontology id of a diagnosis named by the generated lexicon; the code is the
 * id as written there, e.g. {@code DOID:14500}). They are plain {@code OntologyConcept}s, not
 * {@code UmlsConcept}s: the project knows no UMLS CUI or TUI, and does not guess one. Concepts
 * already in the array are kept and a code already there is not added again.
 */
@ResourceMetaData(name = "IMR-NLP cTAKES semantic groups and codes")
@TypeCapability(
        inputs = {"org.apache.ctakes.typesystem.type.textsem.IdentifiedAnnotation"},
        outputs = {"org.apache.ctakes.typesystem.type.textsem.IdentifiedAnnotation:typeID",
                "org.apache.ctakes.typesystem.type.textsem.IdentifiedAnnotation:ontologyConceptArr",
                "org.apache.ctakes.typesystem.type.refsem.OntologyConcept"})
public class CtakesConceptAnnotator extends JCasAnnotator_ImplBase {

    /** {@code CONST.NE_TYPE_ID_UNKNOWN}. */
    public static final int UNKNOWN = 0;
    /** {@code CONST.NE_TYPE_ID_DRUG}. */
    public static final int DRUG = 1;
    /** {@code CONST.NE_TYPE_ID_DISORDER}. */
    public static final int DISORDER = 2;
    /** {@code CONST.NE_TYPE_ID_FINDING}. */
    public static final int FINDING = 3;
    /** {@code CONST.NE_TYPE_ID_PROCEDURE}. */
    public static final int PROCEDURE = 5;
    /** {@code CONST.NE_TYPE_ID_CLINICAL_ATTRIBUTE}. */
    public static final int CLINICAL_ATTRIBUTE = 7;
    /** {@code CONST.NE_TYPE_ID_TIME_MENTION}. */
    public static final int TIME = 1005;
    /** {@code CONST.NE_TYPE_ID_GENERIC_MODIFIER}. */
    public static final int MODIFIER = 1006;

    /** The coding scheme of RxNorm concept ids (UMLS source name). */
    public static final String RXNORM = "RXNORM";
    /** The coding scheme of ICD-10-CM codes (UMLS source name). */
    public static final String ICD10CM = "ICD10CM";

    @Override
    public void process(JCas jcas) {
        for (IdentifiedAnnotation mention : JCasUtil.select(jcas, IdentifiedAnnotation.class)) {
            int typeId = typeId(mention);
            if (typeId != UNKNOWN && mention.getTypeID() == UNKNOWN) {
                mention.setTypeID(typeId);
            }
            addConcepts(jcas, mention, codes(mention));
        }
    }

    /** The cTAKES semantic group constant for an IMR-NLP mention, {@link #UNKNOWN} for none. */
    public static int typeId(IdentifiedAnnotation mention) {
        if (mention instanceof Medication || mention instanceof DrugClass) {
            return DRUG;
        } else if (mention instanceof Diagnosis) {
            return DISORDER;
        } else if (mention instanceof Symptom || mention instanceof ExamFinding) {
            return FINDING;
        } else if (mention instanceof Procedure) {
            return PROCEDURE;
        } else if (mention instanceof PainScore) {
            return CLINICAL_ATTRIBUTE;
        } else if (mention instanceof DateAnnotation) {
            return TIME;
        } else if (mention instanceof Modifier) {
            return MODIFIER;
        }
        return UNKNOWN;
    }

    /** A code in a coding scheme. */
    record Code(String scheme, String code) {
    }

    /** The codes the pipeline found for {@code mention}. */
    static List<Code> codes(IdentifiedAnnotation mention) {
        List<Code> codes = new ArrayList<>(2);
        if (mention instanceof Medication m) {
            add(codes, RXNORM, m.getRxcui());
        } else if (mention instanceof Diagnosis d) {
            add(codes, ICD10CM, d.getIcd10());
            String id = d.getDoid();
            if (id != null && id.indexOf(':') > 0) {
                add(codes, id.substring(0, id.indexOf(':')), id);
            }
        }
        return codes;
    }

    private static void add(List<Code> codes, String scheme, String code) {
        if (code != null && !code.isBlank()) {
            codes.add(new Code(scheme, code.strip()));
        }
    }

    private static void addConcepts(JCas jcas, IdentifiedAnnotation mention, List<Code> codes) {
        if (codes.isEmpty()) {
            return;
        }
        List<OntologyConcept> concepts = new ArrayList<>();
        FSArray<OntologyConcept> existing = mention.getOntologyConceptArr();
        if (existing != null) {
            existing.forEach(concepts::add);
        }
        int before = concepts.size();
        for (Code code : codes) {
            boolean known = concepts.stream()
                    .anyMatch(c -> code.scheme().equals(c.getCodingScheme()) && code.code().equals(c.getCode()));
            if (!known) {
                OntologyConcept concept = new OntologyConcept(jcas);
                concept.setCodingScheme(code.scheme());
                concept.setCode(code.code());
                concepts.add(concept);
            }
        }
        if (concepts.size() > before) {
            FSArray<OntologyConcept> array = new FSArray<>(jcas, concepts.size());
            for (int i = 0; i < concepts.size(); i++) {
                array.set(i, concepts.get(i));
            }
            mention.setOntologyConceptArr(array);
        }
    }
}
