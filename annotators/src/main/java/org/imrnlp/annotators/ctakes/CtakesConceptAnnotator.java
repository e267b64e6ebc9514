package org.imrnlp.annotators.ctakes;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.apache.ctakes.typesystem.type.refsem.OntologyConcept;
import org.apache.ctakes.typesystem.type.refsem.UmlsConcept;
import org.apache.ctakes.typesystem.type.textsem.DateAnnotation;
import org.apache.ctakes.typesystem.type.textsem.IdentifiedAnnotation;
import org.apache.ctakes.typesystem.type.textsem.Modifier;
import org.apache.uima.UimaContext;
import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.fit.descriptor.ResourceMetaData;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.apache.uima.jcas.cas.FSArray;
import org.apache.uima.resource.ResourceInitializationException;
import org.imrnlp.type.DiagnosisAnnotation;
import org.imrnlp.type.DrugClassAnnotation;
import org.imrnlp.type.ExamFindingAnnotation;
import org.imrnlp.type.MedicationAnnotation;
import org.imrnlp.type.PainScoreAnnotation;
import org.imrnlp.type.ProcedureAnnotation;
import org.imrnlp.type.SymptomAnnotation;

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
 * lexicon or written in the letter), {@code MSH} (the MeSH descriptor, e.g. {@code D001249}, of
 * a diagnosis named by the generated MeSH lexicon), and {@code DOID} or {@code SYMP} (the Human
 * Disease Ontology or Symptom Ontology id of a diagnosis named by the generated lexicon, as those
 * ontologies write it, e.g. {@code DOID:14500}). A mention matched by a user dictionary gets its
 * id ({@code conceptId}): a {@link UmlsConcept} with that CUI when it is one ({@code C} and seven
 * digits, as a cTAKES BSV dictionary gives), else an {@code OntologyConcept} with that code and no
 * coding scheme (a TSV dictionary's scheme is not known). The built-in vocabularies know no UMLS
 * CUI, and none is guessed. Concepts already in the array are kept and a code already there is
 * not added again.
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
    /** The coding scheme of MeSH descriptors (UMLS source name). */
    public static final String MSH = "MSH";

    /**
     * Initializes the concept JCas classes now, with the engine, so that the first document does
     * not pay for it within its time budget.
     */
    @Override
    public void initialize(UimaContext context) throws ResourceInitializationException {
        super.initialize(context);
        try {
            for (Class<?> c : List.of(OntologyConcept.class, UmlsConcept.class)) {
                Class.forName(c.getName(), true, c.getClassLoader());
            }
        } catch (ClassNotFoundException e) {
            throw new ResourceInitializationException(e);
        }
    }

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
        if (mention instanceof MedicationAnnotation || mention instanceof DrugClassAnnotation) {
            return DRUG;
        } else if (mention instanceof DiagnosisAnnotation) {
            return DISORDER;
        } else if (mention instanceof SymptomAnnotation || mention instanceof ExamFindingAnnotation) {
            return FINDING;
        } else if (mention instanceof ProcedureAnnotation) {
            return PROCEDURE;
        } else if (mention instanceof PainScoreAnnotation) {
            return CLINICAL_ATTRIBUTE;
        } else if (mention instanceof DateAnnotation) {
            return TIME;
        } else if (mention instanceof Modifier) {
            return MODIFIER;
        }
        return UNKNOWN;
    }

    private static final Pattern CUI = Pattern.compile("C\\d{7}");

    /** A code in a coding scheme (null: not known), or a UMLS CUI. */
    record Code(String scheme, String code, boolean cui) {
    }

    /** The codes the pipeline found for {@code mention}. */
    static List<Code> codes(IdentifiedAnnotation mention) {
        List<Code> codes = new ArrayList<>(3);
        if (mention instanceof MedicationAnnotation m) {
            add(codes, RXNORM, m.getRxcui());
            addConceptId(codes, m.getConceptId());
        } else if (mention instanceof DiagnosisAnnotation d) {
            add(codes, ICD10CM, d.getIcd10());
            addOntologyId(codes, d.getDoid());
            addConceptId(codes, d.getConceptId());
        } else if (mention instanceof SymptomAnnotation s) {
            addConceptId(codes, s.getConceptId());
        } else if (mention instanceof ProcedureAnnotation p) {
            addConceptId(codes, p.getConceptId());
        }
        return codes;
    }

    /** {@code DOID:593} and {@code SYMP:0000895} as written; {@code MESH:D001249} as MeSH writes it. */
    private static void addOntologyId(List<Code> codes, String id) {
        int colon = id == null ? -1 : id.indexOf(':');
        if (colon > 0) {
            String prefix = id.substring(0, colon);
            if (prefix.equals("MESH")) {
                add(codes, MSH, id.substring(colon + 1));
            } else {
                add(codes, prefix, id);
            }
        }
    }

    private static void addConceptId(List<Code> codes, String id) {
        if (id != null && !id.isBlank()) {
            String code = id.strip();
            codes.add(new Code(null, code, CUI.matcher(code).matches()));
        }
    }

    private static void add(List<Code> codes, String scheme, String code) {
        if (code != null && !code.isBlank()) {
            codes.add(new Code(scheme, code.strip(), false));
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
            if (concepts.stream().noneMatch(c -> same(c, code))) {
                concepts.add(concept(jcas, code));
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

    private static OntologyConcept concept(JCas jcas, Code code) {
        if (code.cui()) {
            UmlsConcept concept = new UmlsConcept(jcas);
            concept.setCui(code.code());
            return concept;
        }
        OntologyConcept concept = new OntologyConcept(jcas);
        concept.setCodingScheme(code.scheme());
        concept.setCode(code.code());
        return concept;
    }

    private static boolean same(OntologyConcept concept, Code code) {
        if (code.cui()) {
            return concept instanceof UmlsConcept u && code.code().equals(u.getCui());
        }
        return Objects.equals(code.scheme(), concept.getCodingScheme()) && code.code().equals(concept.getCode());
    }
}
