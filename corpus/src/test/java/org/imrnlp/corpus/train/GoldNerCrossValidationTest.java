package org.imrnlp.corpus.train;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.imrnlp.core.json.AnnotatedDocument;
import org.imrnlp.corpus.format.TokenizedText;
import org.imrnlp.corpus.gold.GoldCorpus;
import org.junit.jupiter.api.Test;

class GoldNerCrossValidationTest {

    private static NerCorpus.GoldDocument document(String name, String kind) {
        GoldCorpus.Entry entry = new GoldCorpus.Entry(name, "dev", kind, "-", "test", "0");
        AnnotatedDocument empty = new AnnotatedDocument(name, 0, List.of());
        return new NerCorpus.GoldDocument(new GoldCorpus.Document(entry, "", empty), List.of(),
                new TokenizedText(List.of()), empty, 0, 0);
    }

    @Test
    void dealsLettersThenNotesSoEveryFoldHoldsBothKinds() {
        List<NerCorpus.GoldDocument> documents = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            documents.add(document("n" + i, "note"));
            documents.add(document("l" + i, "letter"));
        }
        documents.add(document("l4", "letter"));
        List<String> folds = GoldNerCrossValidation.deal(documents, 3).stream()
                .map(f -> String.join(" ", f.stream().map(d -> d.document().entry().source()).toList())).toList();
        assertEquals(List.of("l0 l3 n1", "l1 l4 n2", "l2 n0 n3"), folds);
    }
}
