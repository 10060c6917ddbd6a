package org.warraq.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.CollectionStatistics;
import org.junit.jupiter.api.Test;
import org.warraq.search.analysis.TermKind;

class KeyPostingsTest {

    private static final PostingScores SCORES = new PostingScores();

    static {
        for (int id = 0; id < SearchFields.COUNT; id++) {
            SCORES.field(id, new CollectionStatistics(SearchFields.name(id), 1000, 900, 90_000 + id, 50_000));
        }
    }

    /** One posting as added: sub-field by sub-field, documents ascending within each. */
    private record P(int doc, int field, int norm, int[] positions) {
        int freq() {
            return positions == null ? 3 : positions.length;
        }
    }

    private static List<P> postings() {
        List<P> out = new ArrayList<>();
        int[] fields = {SearchFields.id(0, TermKind.STEM), SearchFields.id(1, TermKind.EXACT), SearchFields.BODY_STEM, SearchFields.BODY_ALT};
        for (int f : fields) {
            boolean positioned = SearchFields.isStem(f) || f == SearchFields.BODY_ALT;
            for (int doc = f % 3; doc < 400; doc += 1 + (doc + f) % 4) {
                int[] pos = null;
                if (positioned) {
                    pos = new int[1 + (doc + f) % 5];
                    for (int i = 0; i < pos.length; i++) {
                        pos[i] = doc + 7 * i + f;
                    }
                }
                out.add(new P(doc, f, (doc * 31 + f) % 256, pos));
            }
        }
        return out;
    }

    private static KeyPostings keyPostings(String term) {
        KeyPostings k = new KeyPostings(term, false, SCORES);
        for (int id = 0; id < SearchFields.COUNT; id++) {
            k.idf[id] = 1.5f + id / 10f;
        }
        return k;
    }

    private static void check(KeyPostings k, List<P> added) {
        List<P> expected = new ArrayList<>(added);
        expected.sort((a, b) -> a.doc() != b.doc() ? Integer.compare(a.doc(), b.doc()) : Integer.compare(a.field(), b.field()));
        assertEquals(expected.size(), k.size());
        for (int i = 0; i < expected.size(); i++) {
            P p = expected.get(i);
            assertEquals(p.doc(), k.doc(i), "doc " + i);
            assertEquals(p.field(), k.field(i), "field " + i);
            assertEquals(p.norm(), k.norm(i), "norm " + i);
            assertEquals(p.freq(), k.freq(i), "freq " + i);
            assertEquals(SCORES.score(p.field(), k.idf[p.field()], p.freq(), p.norm()), k.score(i), "score " + i);
            assertTrue(k.score(i) > 0, "score " + i);
            if (p.positions() == null) {
                assertNull(k.positions(i));
            } else {
                assertArrayEquals(p.positions(), k.positions(i), "positions " + i);
            }
        }
        int doc = expected.get(expected.size() / 2).doc();
        int first = k.first(doc);
        assertEquals(doc, k.doc(first));
        assertTrue(first == 0 || k.doc(first - 1) < doc, "first posting of " + doc);
        assertEquals(-1, k.first(10_000));
    }

    @Test
    void postingsAddedFieldByFieldComeBackByDocumentThenFieldWithTheirPositions() {
        List<P> added = postings();
        KeyPostings k = keyPostings("اقتصاد");
        long positions = 0;
        for (P p : added) {
            positions += p.positions() == null ? 0 : p.positions().length;
        }
        k.expect(added.size(), positions);
        k.allocate();
        added.forEach(p -> k.add(p.doc(), p.field(), p.freq(), p.norm(), p.positions()));
        k.seal();
        check(k, added);
    }

    @Test
    void postingsBeyondWhatWasExpectedStillFit() {
        List<P> added = postings();
        KeyPostings k = keyPostings("اقتصاد");
        k.expect(3, 2);
        k.allocate();
        added.forEach(p -> k.add(p.doc(), p.field(), p.freq(), p.norm(), p.positions()));
        k.seal();
        check(k, added);
    }

    @Test
    void theLargestFrequencyAndNormAndTheLastSubFieldSurvivePacking() {
        int last = SearchFields.COUNT - 1;
        KeyPostings k = keyPostings("سوق");
        k.add(9, last, KeyPostings.MAX_FREQ, 255, null);
        k.add(2, 0, 1, 0, new int[] {4});
        k.seal();
        assertEquals(2, k.doc(0));
        assertArrayEquals(new int[] {4}, k.positions(0));
        assertEquals(last, k.field(1));
        assertEquals(KeyPostings.MAX_FREQ, k.freq(1));
        assertEquals(255, k.norm(1));
        assertNull(k.positions(1));
    }

    @Test
    void aFrequencyTooLargeToPackSaysWhichWord() {
        KeyPostings k = keyPostings("سوق");
        var e = assertThrows(IllegalStateException.class, () -> k.add(0, 0, KeyPostings.MAX_FREQ + 1, 1, null));
        assertTrue(e.getMessage().contains("«سوق»"), e.getMessage());
    }
}
