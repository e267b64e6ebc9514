package org.imrnlp.corpus.format;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.imrnlp.core.DoseKind;
import org.imrnlp.core.MentionType;

/**
 * The BRAT project configuration ({@code annotation.conf}) for the files {@link BratFormat}
 * writes: the guide's types as entities, the link relations, the assertion flags and the
 * closed-set attributes with their values; and {@code visual.conf}, a colour per type. Both can
 * be limited to the types written ({@code --types}). Put them in the BRAT collection folder
 * beside the {@code .txt}/{@code .ann} pairs.
 */
public final class BratConfiguration {

    /** The configuration's file name. */
    public static final String FILE = "annotation.conf";
    /** The visual configuration's file name (colours per type). */
    public static final String VISUAL_FILE = "visual.conf";

    /** A background colour per type, so that a corrector tells the types apart at a glance. */
    private static final Map<MentionType, String> COLOURS = Map.ofEntries(
            Map.entry(MentionType.MEDICATION, "#7fa2ff"), Map.entry(MentionType.DOSE, "#b4c8ff"),
            Map.entry(MentionType.DRUG_CLASS, "#9fe0ff"), Map.entry(MentionType.DATE_OF_INJURY, "#ff9f40"),
            Map.entry(MentionType.DATE, "#ffd9a8"), Map.entry(MentionType.DIAGNOSIS, "#ff7f7f"),
            Map.entry(MentionType.SYMPTOM, "#ffb3d1"), Map.entry(MentionType.EXAM_FINDING, "#8fdf8f"),
            Map.entry(MentionType.PROCEDURE, "#d0a8ff"), Map.entry(MentionType.PAIN_SCORE, "#ffe066"),
            Map.entry(MentionType.NEGATED_STATEMENT, "#c8c8c8"), Map.entry(MentionType.SECTION, "#f0f0f0"),
            Map.entry(MentionType.DISPUTED_ITEM, "#66d9c6"), Map.entry(MentionType.DEMOGRAPHICS, "#e6c28f"),
            Map.entry(MentionType.REVIEWER_CREDENTIAL, "#b3b3ff"));

    /** Attributes written as BRAT {@code A} lines, with the values the guide defines. */
    static final Map<String, List<String>> VALUES = values();

    /** Attribute names written as {@code A} lines. */
    static final Set<String> ENUMERATED = VALUES.keySet();

    /** Attribute name to BRAT relation: the attribute holds the id(s) of the linked annotation(s). */
    static final Map<String, String> RELATIONS = Map.of("medication", "DoseOf", "target", "Negates",
            "requested", "Requests");

    private static final List<String> CLINICAL = Arrays.stream(MentionType.values())
            .filter(MentionType::isClinical).map(MentionType::jsonName).toList();

    private static final List<String> ALL = Arrays.stream(MentionType.values()).map(MentionType::jsonName).toList();

    private BratConfiguration() {
    }

    private static Map<String, List<String>> values() {
        Map<String, List<String>> values = new LinkedHashMap<>();
        values.put("kind", Arrays.stream(DoseKind.values()).map(DoseKind::label).toList());
        values.put("decision", List.of("UPHELD", "OVERTURNED"));
        values.put("test", List.of("straight leg raise", "range of motion", "tenderness", "spasm", "reflex",
                "sensation", "strength", "gait", "plantar reflex", "other"));
        values.put("result", List.of("positive", "negative", "decreased", "increased", "normal", "abnormal", "equivocal"));
        values.put("laterality", List.of("left", "right", "bilateral"));
        values.put("role", List.of("report", "utilization-review", "imaging", "procedure", "other"));
        values.put("sex", List.of("male", "female"));
        values.put("name", List.of("reviewer", "case-summary", "decisions", "rationale", "documents-reviewed",
                "history", "review-of-systems", "exam", "results", "procedure", "assessment", "plan", "medications",
                "allergies", "diagnoses", "other"));
        return Map.copyOf(values);
    }

    /** The types that carry an attribute. */
    private static final Map<String, String> OWNERS = Map.of("kind", "Dose", "decision", "DisputedItem",
            "test", "ExamFinding", "result", "ExamFinding", "laterality", "Diagnosis|Symptom|ExamFinding|Procedure",
            "role", "Date", "sex", "Demographics", "name", "Section");

    /** The content of {@code visual.conf} for every type: a background colour per type. */
    public static String visualConf() {
        return visualConf(ALL);
    }

    /** The content of {@code visual.conf} for the types named in {@code types} (JSON names). */
    public static String visualConf(Collection<String> types) {
        StringBuilder s = new StringBuilder("[drawing]\n");
        for (MentionType type : chosen(types)) {
            s.append(type.jsonName()).append("\tbgColor:").append(COLOURS.get(type)).append('\n');
        }
        return s.toString();
    }

    /** The content of {@code annotation.conf} for every type. */
    public static String annotationConf() {
        return annotationConf(ALL);
    }

    /**
     * The content of {@code annotation.conf} for the types named in {@code types} (JSON names):
     * only those entities, the relations whose both ends are among them, and the attributes of
     * those types, so that BRAT accepts the configuration and shows no type that is not written.
     */
    public static String annotationConf(Collection<String> types) {
        List<MentionType> chosen = chosen(types);
        Set<String> names = chosen.stream().map(MentionType::jsonName).collect(Collectors.toSet());
        String clinical = CLINICAL.stream().filter(names::contains).collect(Collectors.joining("|"));
        StringBuilder out = new StringBuilder("# IMR-NLP annotation types (see the annotation guide)\n[entities]\n");
        for (MentionType type : chosen) {
            out.append(type.jsonName()).append('\n');
        }
        out.append("\n[relations]\n");
        relation(out, names, "DoseOf", "Dose", "Medication");
        relation(out, names, "Negates", "NegatedStatement", clinical);
        relation(out, names, "Requests", "DisputedItem", "Medication|Procedure|DrugClass");
        out.append("<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>\n")
                .append("\n[events]\n")
                .append("\n[attributes]\n");
        if (!clinical.isEmpty()) {
            for (String flag : List.of("Negated", "Uncertain", "Historical", "Generic")) {
                out.append(flag).append("\tArg:").append(clinical).append('\n');
            }
            out.append("Subject\tArg:").append(clinical).append(", Value:family|other\n");
        }
        for (String name : List.of("kind", "decision", "test", "result", "laterality", "role", "sex", "name")) {
            String owners = only(OWNERS.get(name), names);
            if (!owners.isEmpty()) {
                out.append(name).append("\tArg:").append(owners).append(", Value:")
                        .append(VALUES.get(name).stream().map(v -> v.replace(' ', '_')).collect(Collectors.joining("|")))
                        .append('\n');
            }
        }
        return out.toString();
    }

    private static void relation(StringBuilder out, Set<String> names, String relation, String from, String to) {
        String targets = only(to, names);
        if (names.contains(from) && !targets.isEmpty()) {
            out.append(relation).append("\tArg1:").append(from).append(", Arg2:").append(targets).append('\n');
        }
    }

    /** The types of {@code alternatives} ({@code A|B|C}) that are in {@code names}, in the same form. */
    private static String only(String alternatives, Set<String> names) {
        return Arrays.stream(alternatives.split("\\|")).filter(names::contains).collect(Collectors.joining("|"));
    }

    /** The types named in {@code types}, in the guide's order; an unknown name is an error. */
    private static List<MentionType> chosen(Collection<String> types) {
        for (String name : types) {
            if (MentionType.fromJsonName(name).isEmpty()) {
                throw new IllegalArgumentException("unknown annotation type '" + name + "'");
            }
        }
        return Arrays.stream(MentionType.values()).filter(t -> types.contains(t.jsonName())).toList();
    }
}
