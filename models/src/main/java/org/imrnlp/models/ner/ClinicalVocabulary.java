package org.imrnlp.models.ner;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.imrnlp.models.ResourceFiles;
import org.imrnlp.models.TsvTable;
import org.imrnlp.models.lexicon.TermRules;

/**
 * The project's clinical vocabularies as phrase sets a name finder can use as features: which
 * tokens of a sentence lie in a phrase of each category (diagnoses, symptoms, procedures, body
 * sites, exam tests, exam results, laterality). Phrases are matched by their words (letters and
 * digits; punctuation is ignored, so {@code low-back} matches {@code low back}), ignoring case,
 * except phrases the vocabulary marks {@code case=exact} (abbreviations such as {@code ALL}),
 * which match only as written. Phrases the vocabulary stop list refuses ({@link TermRules#refused}), and body-site phrases that name no site
 * (site {@code -}, as {@code straight leg raise}), are left out. Loaded once from the
 * {@code models} resources ({@link #shared()}); thread-safe.
 *
 * <p>The vocabularies are features, not decisions: a trained model weighs them against the
 * context, so noise in a broad vocabulary costs little. {@link #sha256()} identifies the exact
 * phrase lists a model was trained with.
 */
public final class ClinicalVocabulary {

    /** The categories, each with the resources (path under {@code org/imrnlp/models/}, column) it reads. */
    public enum Category {
        DIAGNOSIS("clinical/diagnoses.tsv", "clinical/generated-diagnoses.tsv", "clinical/generated-mesh-diagnoses.tsv"),
        SYMPTOM("clinical/symptoms.tsv", "clinical/generated-symptoms.tsv", "clinical/generated-mesh-symptoms.tsv"),
        PROCEDURE("clinical/procedures.tsv"),
        BODY_SITE("clinical/body-sites.tsv"),
        EXAM_TEST("clinical/exam-triggers.tsv", "clinical/exam-test-names.tsv"),
        EXAM_RESULT("clinical/exam-results.tsv"),
        LATERALITY("clinical/laterality.tsv");

        private final List<String> resources;

        Category(String... resources) {
            this.resources = List.of(resources);
        }

        /** The short name used in feature strings. */
        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Phrases longer than this many words are not used (they would never fire as features). */
    static final int MAX_WORDS = 8;
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private static volatile ClinicalVocabulary shared;

    /** Per category: word keys (lower case, one space between words). */
    private final Map<Category, Set<String>> folded = new HashMap<>();
    /** Per category: keys that must match exactly as written. */
    private final Map<Category, Set<String>> exact = new HashMap<>();
    private final String sha256;

    private ClinicalVocabulary() {
        MessageDigest digest = sha();
        table(TermRules.STOPS, digest);
        TermRules rules = TermRules.load();
        for (Category category : Category.values()) {
            Set<String> f = new HashSet<>();
            Set<String> e = new HashSet<>();
            for (String resource : category.resources) {
                TsvTable table = table(resource, digest);
                String phraseColumn = table.columns().get(0);
                for (TsvTable.Row row : table.rows()) {
                    String phrase = row.get(phraseColumn);
                    if (row.has("site") && "-".equals(row.get("site")) || rules.refused(phrase)) {
                        continue;
                    }
                    boolean caseExact = row.has("case") && "exact".equals(row.get("case"));
                    String k = key(phrase, !caseExact);
                    int words = k.isEmpty() ? 0 : k.split(" ").length;
                    if (words > 0 && words <= MAX_WORDS) {
                        (caseExact ? e : f).add(k);
                    }
                }
            }
            folded.put(category, Set.copyOf(f));
            exact.put(category, Set.copyOf(e));
        }
        sha256 = HexFormat.of().formatHex(digest.digest());
    }

    /** The table of a resource ({@link ResourceFiles#lines}), its lines fed to {@code digest}. */
    private static TsvTable table(String resource, MessageDigest digest) {
        List<String> lines = ResourceFiles.lines(resource);
        for (String line : lines) {
            digest.update(line.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) '\n');
        }
        return TsvTable.parse(resource, lines);
    }

    /** The vocabularies, loaded on first use and shared. */
    public static ClinicalVocabulary shared() {
        ClinicalVocabulary v = shared;
        if (v == null) {
            synchronized (ClinicalVocabulary.class) {
                v = shared;
                if (v == null) {
                    v = new ClinicalVocabulary();
                    shared = v;
                }
            }
        }
        return v;
    }

    /** SHA-256 over the resources read, in reading order: which vocabulary version a model saw. */
    public String sha256() {
        return sha256;
    }

    /**
     * For each token, the categories whose phrases cover it, as {@code CATEGORY:B} (first token of
     * the phrase) or {@code CATEGORY:I}; per category the longest phrase starting leftmost wins.
     */
    public List<List<String>> tag(String[] tokens) {
        List<String> words = new ArrayList<>();
        List<Integer> wordToken = new ArrayList<>();
        for (int t = 0; t < tokens.length; t++) {
            for (String w : NON_WORD.split(tokens[t])) {
                if (!w.isEmpty()) {
                    words.add(w);
                    wordToken.add(t);
                }
            }
        }
        String[][] written = new String[words.size()][];
        String[][] lower = new String[words.size()][];
        for (int w = 0; w < words.size(); w++) {
            int max = Math.min(MAX_WORDS, words.size() - w);
            written[w] = new String[max];
            lower[w] = new String[max];
            StringBuilder key = new StringBuilder(words.get(w));
            for (int n = 0; n < max; n++) {
                if (n > 0) {
                    key.append(' ').append(words.get(w + n));
                }
                written[w][n] = key.toString();
                lower[w][n] = written[w][n].toLowerCase(Locale.ROOT);
            }
        }
        List<List<String>> tags = new ArrayList<>(tokens.length);
        for (int t = 0; t < tokens.length; t++) {
            tags.add(new ArrayList<>(2));
        }
        for (Category category : Category.values()) {
            Set<String> f = folded.get(category);
            Set<String> e = exact.get(category);
            int w = 0;
            while (w < words.size()) {
                int length = 0;
                for (int n = written[w].length; n > 0 && length == 0; n--) {
                    if (f.contains(lower[w][n - 1]) || e.contains(written[w][n - 1])) {
                        length = n;
                    }
                }
                if (length == 0) {
                    w++;
                    continue;
                }
                int firstToken = wordToken.get(w);
                int lastToken = wordToken.get(w + length - 1);
                for (int t = firstToken; t <= lastToken; t++) {
                    tags.get(t).add(category.code() + (t == firstToken ? ":B" : ":I"));
                }
                w += length;
            }
        }
        return tags;
    }

    /** The words of a phrase joined by one space, lower-cased when {@code fold}. */
    static String key(String phrase, boolean fold) {
        String k = String.join(" ", NON_WORD.split(phrase.strip())).strip();
        return fold ? k.toLowerCase(Locale.ROOT) : k;
    }

    private static MessageDigest sha() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("no SHA-256", e);
        }
    }
}
