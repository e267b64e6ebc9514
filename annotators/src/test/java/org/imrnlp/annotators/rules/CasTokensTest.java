package org.imrnlp.annotators.rules;

import static org.apache.uima.fit.factory.AnalysisEngineFactory.createEngineDescription;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.fit.factory.AggregateBuilder;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.jcas.JCas;
import org.imrnlp.annotators.text.CleanTextAnnotator;
import org.imrnlp.core.cas.CleanTextView;
import org.imrnlp.annotators.text.TokenAnnotator;
import org.imrnlp.models.rules.RuleFile;
import org.imrnlp.models.rules.RuleMatch;
import org.imrnlp.models.rules.RuleSet;
import org.imrnlp.models.rules.TokenArray;
import org.imrnlp.pipeline.ImrPipeline;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CasTokensTest {

    private static AnalysisEngine engine;

    @BeforeAll
    static void createEngine() throws Exception {
        AggregateBuilder builder = new AggregateBuilder();
        builder.add(createEngineDescription(CleanTextAnnotator.class));
        builder.add(createEngineDescription(TokenAnnotator.class));
        engine = builder.createAggregate();
    }

    private static JCas tokenized(String text) throws Exception {
        JCas jcas = JCasFactory.createJCas(ImrPipeline.typeSystem());
        jcas.setDocumentText(text);
        engine.process(jcas);
        return CleanTextView.view(jcas);
    }

    @Test
    void readsTheTokenAnnotatorsTokensWithKindsAndGaps() throws Exception {
        String text = "Pain 7/10 at L4-5.\nVAS 6";
        TokenArray t = CasTokens.of(tokenized(text));
        TokenArray expected = TokenArray.tokenize(text);
        assertEquals(expected.size(), t.size());
        for (int i = 0; i < t.size(); i++) {
            assertEquals(expected.text(i), t.text(i), "token " + i);
            assertEquals(expected.kind(i), t.kind(i), "kind of " + t.text(i));
            assertEquals(expected.gap(i), t.gap(i), "gap before " + t.text(i));
            assertEquals(expected.begin(i), t.begin(i));
        }
        assertEquals(TokenArray.Gap.LINE, t.gap(9));
    }

    @Test
    void windowsAroundAnchorsFindWhatAllTokensFind() throws Exception {
        RuleSet rules = RuleFile.builtIn("clinical/pain-score-rules.tsv");
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            b.append("The patient was seen for follow-up of low back pain radiating to the left leg. ");
            if (i % 50 == 3) {
                b.append("Without medications it is 8/10 and with medications 4/10 at best. ");
            }
            if (i % 75 == 5) {
                b.append("On a scale of 0 to 10, she rates her pain at 6. She has completed 4/10 sessions. ");
            }
        }
        JCas jcas = tokenized(b.toString());
        List<String> all = render(List.of(CasTokens.of(jcas)), rules);
        List<TokenArray> windows = CasTokens.around(jcas, rules);
        assertEquals(all, render(windows, rules));
        assertEquals(6 * 2 + 4, all.size());
        assertTrue(windows.stream().mapToInt(TokenArray::size).sum() < CasTokens.of(jcas).size() / 2);
    }

    private static List<String> render(List<TokenArray> arrays, RuleSet rules) {
        List<String> out = new ArrayList<>();
        for (TokenArray t : arrays) {
            for (RuleMatch m : rules.findAll(t)) {
                out.add(m.rule().id() + " " + t.begin(m.spanFrom()) + "-" + t.end(m.spanTo() - 1) + " "
                        + m.value("value", t) + " " + m.value("context", t));
            }
        }
        return out;
    }
}
