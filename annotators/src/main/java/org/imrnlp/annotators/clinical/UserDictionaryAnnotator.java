package org.imrnlp.annotators.clinical;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.ctakes.typesystem.type.textsem.IdentifiedAnnotation;
import org.apache.uima.UimaContext;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.fit.descriptor.ConfigurationParameter;
import org.apache.uima.fit.descriptor.ResourceMetaData;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;
import org.imrnlp.annotators.RulePackAnnotator;
import org.imrnlp.core.MentionType;
import org.imrnlp.core.cas.AssertionCodes;
import org.imrnlp.models.PhraseMatcher;
import org.imrnlp.models.ResourceFiles;
import org.imrnlp.models.lexicon.TermRules;
import org.imrnlp.models.lexicon.UserDictionary;
import org.imrnlp.models.lexicon.UserDictionary.Term;
import org.imrnlp.type.DiagnosisAnnotation;
import org.imrnlp.type.MedicationAnnotation;
import org.imrnlp.type.ProcedureAnnotation;
import org.imrnlp.type.SymptomAnnotation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.imrnlp.type.ExamFindingAnnotation;

/**
 * Matches the terms of user dictionaries ({@link UserDictionary}: a licensed vocabulary in cTAKES'
 * BSV format, or a TSV of term, type and code) after the built-in annotators, case-insensitively
 * and on whole words, longest first; a short all-capital term ({@code COPD}) only as written.
 * <ul>
 *   <li>Where a built-in mention of the term's type has exactly the term's span, the mention gets
 *       the term's {@code conceptId} (the built-in rules keep their span and attributes).</li>
 *   <li>Where a term overlaps no clinical mention, it becomes a new mention of its type with its
 *       {@code conceptId}, the default assertion (the context annotator, later, sets it) and no
 *       other attributes: no doses are attached to a medication found this way.</li>
 *   <li>A term overlapping any other clinical mention is dropped: the built-in rules win.</li>
 * </ul>
 * Terms shorter than three characters, all-digit terms and terms the project's vocabulary stop list
 * refuses ({@code clinical/vocabulary-stops.tsv}: ordinary English words such as {@code cold} or
 * {@code fall}) are never matched; of two terms with the same text the first in file order wins.
 * Dictionaries are read once per JVM (per file, size and modification time) and shared.
 */
@ResourceMetaData(name = "IMR-NLP user dictionaries")
@TypeCapability(inputs = {"org.imrnlp.type.OffsetMap", "org.apache.ctakes.typesystem.type.textspan.Segment",
        "org.imrnlp.type.ReviewerCredentialAnnotation", "org.imrnlp.type.MedicationAnnotation", "org.imrnlp.type.DiagnosisAnnotation", "org.imrnlp.type.SymptomAnnotation",
        "org.imrnlp.type.ProcedureAnnotation", "org.imrnlp.type.ExamFindingAnnotation"},
        outputs = {"org.imrnlp.type.MedicationAnnotation", "org.imrnlp.type.MedicationAnnotation:conceptId",
                "org.imrnlp.type.DiagnosisAnnotation", "org.imrnlp.type.DiagnosisAnnotation:conceptId",
                "org.imrnlp.type.SymptomAnnotation", "org.imrnlp.type.SymptomAnnotation:conceptId",
                "org.imrnlp.type.ProcedureAnnotation", "org.imrnlp.type.ProcedureAnnotation:conceptId"})
public class UserDictionaryAnnotator extends RulePackAnnotator {

    /** Paths of the dictionary files ({@code .bsv}: cTAKES BSV; any other name: TSV). */
    public static final String PARAM_DICTIONARIES = "dictionaries";
    @ConfigurationParameter(name = PARAM_DICTIONARIES,
            description = "User dictionary files: .bsv (cTAKES CUI|TUI|TEXT) or TSV (term, type, code)")
    private String[] dictionaries;

    private static final Logger LOG = LoggerFactory.getLogger(UserDictionaryAnnotator.class);
    private static final int MIN_TERM_LENGTH = 3;

    private PhraseMatcher<Term> terms;

    @Override
    public void initialize(UimaContext context) throws ResourceInitializationException {
        super.initialize(context);
        Map<String, Term> byText = new LinkedHashMap<>();
        TermRules rules = TermRules.load(rulePack());
        for (String name : dictionaries) {
            UserDictionary dictionary = read(Path.of(name));
            int refused = 0;
            for (Term term : dictionary.terms()) {
                if (matchable(term.text(), rules)) {
                    byText.putIfAbsent(PhraseMatcher.normalize(term.text()), term);
                } else {
                    refused++;
                }
            }
            LOG.info("user dictionary {}: {} terms, {} refused (short, numeric or stop-listed), {} rows of other semantic types",
                    dictionary.file(), dictionary.terms().size() - refused, refused, dictionary.skipped());
        }
        terms = PhraseMatcher.of(byText);
    }

    private static UserDictionary read(Path file) throws ResourceInitializationException {
        try {
            String key = file.toAbsolutePath().normalize() + "|" + Files.size(file) + "|" + Files.getLastModifiedTime(file);
            return ResourceFiles.cached(key, UserDictionary.class, k -> {
                try {
                    return UserDictionary.load(file);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new ResourceInitializationException(new IllegalArgumentException(
                    file + ": cannot read the user dictionary (" + e.getClass().getSimpleName() + ")"));
        } catch (IllegalArgumentException e) {
            throw new ResourceInitializationException(e);
        }
    }

    private static boolean matchable(String text, TermRules rules) {
        return text.length() >= MIN_TERM_LENGTH && !text.chars().allMatch(c -> Character.isDigit(c) || c == ' ')
                && !rules.refused(text);
    }

    @Override
    protected void processCleanView(JCas jcas) throws AnalysisEngineProcessException {
        String t = jcas.getDocumentText();
        ReviewerText reviewer = ReviewerText.of(jcas);
        List<IdentifiedAnnotation> mentions = new ArrayList<>();
        for (IdentifiedAnnotation a : JCasUtil.select(jcas, IdentifiedAnnotation.class)) {
            if (a instanceof MedicationAnnotation || a instanceof DiagnosisAnnotation || a instanceof SymptomAnnotation || a instanceof ProcedureAnnotation
                    || a instanceof ExamFindingAnnotation) {
                mentions.add(a);
            }
        }
        for (PhraseMatcher.Match<Term> m : terms.findAll(t)) {
            Term term = m.value();
            if (TermRules.acronym(term.text()) && !t.regionMatches(m.begin(), term.text(), 0, term.text().length())
                    || reviewer.contains(m.begin())) {
                continue;
            }
            int begin = m.begin();
            int end = m.end();
            List<IdentifiedAnnotation> overlapping = mentions.stream()
                    .filter(a -> a.getBegin() < end && begin < a.getEnd()).toList();
            if (overlapping.isEmpty()) {
                IdentifiedAnnotation mention = create(jcas, term, begin, end);
                AssertionCodes.setDefaults(mention);
                mention.addToIndexes();
            } else if (overlapping.size() == 1 && overlapping.get(0).getBegin() == begin
                    && overlapping.get(0).getEnd() == end) {
                setConceptIdIfNone(overlapping.get(0), term);
            }
        }
    }

    private static IdentifiedAnnotation create(JCas jcas, Term term, int begin, int end) {
        return switch (term.type()) {
            case MEDICATION -> {
                MedicationAnnotation m = new MedicationAnnotation(jcas, begin, end);
                m.setNormalized(PhraseMatcher.normalize(term.text()));
                m.setConceptId(term.code());
                yield m;
            }
            case DIAGNOSIS -> {
                DiagnosisAnnotation d = new DiagnosisAnnotation(jcas, begin, end);
                d.setConceptId(term.code());
                yield d;
            }
            case SYMPTOM -> {
                SymptomAnnotation s = new SymptomAnnotation(jcas, begin, end);
                s.setConceptId(term.code());
                yield s;
            }
            case PROCEDURE -> {
                ProcedureAnnotation p = new ProcedureAnnotation(jcas, begin, end);
                p.setConceptId(term.code());
                yield p;
            }
            default -> throw new IllegalStateException("a user dictionary cannot add " + term.type());
        };
    }

    /** Gives {@code mention} the term's id where it is of the term's type and has none yet. */
    private static void setConceptIdIfNone(IdentifiedAnnotation mention, Term term) {
        MentionType type = term.type();
        if (type == MentionType.MEDICATION && mention instanceof MedicationAnnotation m && m.getConceptId() == null) {
            m.setConceptId(term.code());
        } else if (type == MentionType.DIAGNOSIS && mention instanceof DiagnosisAnnotation d && d.getConceptId() == null) {
            d.setConceptId(term.code());
        } else if (type == MentionType.SYMPTOM && mention instanceof SymptomAnnotation s && s.getConceptId() == null) {
            s.setConceptId(term.code());
        } else if (type == MentionType.PROCEDURE && mention instanceof ProcedureAnnotation p && p.getConceptId() == null) {
            p.setConceptId(term.code());
        }
    }
}
