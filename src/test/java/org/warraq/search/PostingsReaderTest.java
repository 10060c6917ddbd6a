package org.warraq.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.warraq.search.analysis.TermKind;

/**
 * The exporter reads each key's postings when it drafts the key, a key at a time, and an exact word's stem and
 * alternatives in the word's articles only: what it reads must be what the index holds, however often it is read.
 */
class PostingsReaderTest {

    private static final PostingScores SCORES = new PostingScores();
    private static SearchIndex index;
    /** Every key of the sample site's index, as the exporter's statistics make them, with its postings as Lucene lists them. */
    private static final Map<String, KeyPostings> KEYS = new LinkedHashMap<>();
    private static final Map<String, List<String>> EXPECTED = new LinkedHashMap<>();

    @BeforeAll
    static void readTheIndexDirectly() throws IOException {
        index = SearchIndex.build(SampleSite.load().articles, 0);
        LeafReader leaf = index.leaf();
        for (int id = 0; id < SearchFields.COUNT; id++) {
            Terms terms = leaf.terms(SearchFields.name(id));
            if (terms == null) {
                continue;
            }
            boolean exact = SearchFields.kind(id) == TermKind.EXACT;
            boolean positioned = SearchFields.positioned(id);
            NumericDocValues norms = leaf.getNormValues(SearchFields.name(id));
            Map<Integer, Integer> norm = new java.util.HashMap<>();
            for (int doc = norms.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = norms.nextDoc()) {
                norm.put(doc, (int) (norms.longValue() & 0xFF));
            }
            TermsEnum te = terms.iterator();
            for (BytesRef bytes = te.next(); bytes != null; bytes = te.next()) {
                String term = bytes.utf8ToString();
                String key = term + (exact ? " e" : " s");
                KeyPostings k = KEYS.computeIfAbsent(key, x -> new KeyPostings(term, exact, SCORES));
                k.expect(te.docFreq(), positioned ? te.totalTermFreq() : 0);
                k.fieldMask |= 1 << id;
                PostingsEnum p = te.postings(null, positioned ? PostingsEnum.POSITIONS : PostingsEnum.FREQS);
                for (int doc = p.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = p.nextDoc()) {
                    int[] pos = new int[positioned ? p.freq() : 0];
                    for (int i = 0; i < pos.length; i++) {
                        pos[i] = p.nextPosition();
                    }
                    EXPECTED.computeIfAbsent(key, x -> new ArrayList<>())
                            .add(posting(doc, id, p.freq(), norm.getOrDefault(doc, 0), positioned ? pos : null));
                }
            }
        }
        EXPECTED.values().forEach(list -> list.sort(null));
    }

    @AfterAll
    static void close() throws IOException {
        index.close();
    }

    /** Sorts by document, then sub-field, as the key groups its postings. */
    private static String posting(int doc, int field, int freq, int norm, int[] positions) {
        return String.format("%06d/%02d freq=%d norm=%d positions=%s", doc, field, freq, norm,
                positions == null ? "-" : Arrays.toString(positions));
    }

    private static List<String> held(KeyPostings k) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < k.size(); i++) {
            out.add(posting(k.doc(i), k.field(i), k.freq(i), k.norm(i), k.positions(i)));
        }
        return out;
    }

    @Test
    void everyKeyReadsBackWhatTheIndexHoldsAndAgainAfterItIsLetGo() {
        PostingsReader reader = new PostingsReader(index.leaf());
        assertTrue(KEYS.size() > 1000, "the sample site has " + KEYS.size() + " keys");
        KEYS.forEach((key, k) -> {
            reader.load(k, -1, -1);
            assertEquals(EXPECTED.get(key), held(k), key);
            k.release();
            assertEquals(0, k.size(), key);
        });
        KeyPostings first = KEYS.values().iterator().next();
        reader.load(first, -1, -1);
        assertEquals(EXPECTED.get(KEYS.keySet().iterator().next()), held(first));
        first.release();
    }

    @Test
    void readingOnEveryCoreGivesEachKeyItsOwnPostings() {
        PostingsReader reader = new PostingsReader(index.leaf());
        List<String> keys = List.copyOf(KEYS.keySet());
        List<List<String>> read = keys.parallelStream().map(key -> {
            KeyPostings k = KEYS.get(key).emptyCopy();
            reader.load(k, -1, -1);
            return held(k);
        }).toList();
        for (int i = 0; i < keys.size(); i++) {
            assertEquals(EXPECTED.get(keys.get(i)), read.get(i), keys.get(i));
        }
    }

    @Test
    void onlyTheSubFieldsAskedForAreReadAndPositionsOnlyWhereWanted() {
        PostingsReader reader = new PostingsReader(index.leaf());
        int stems = 0;
        for (int id = 0; id < SearchFields.COUNT; id++) {
            stems |= SearchFields.isStem(id) ? 1 << id : 0;
        }
        int bodyOnly = 1 << SearchFields.BODY_STEM;
        int checked = 0;
        for (Map.Entry<String, KeyPostings> e : KEYS.entrySet()) {
            KeyPostings k = e.getValue();
            if (k.exact || (k.fieldMask & stems) == 0 || Integer.bitCount(k.fieldMask) < 3) {
                continue;
            }
            reader.load(k, stems, bodyOnly);
            List<String> expected = new ArrayList<>();
            for (String p : EXPECTED.get(e.getKey())) {
                int field = Integer.parseInt(p.substring(7, 9));
                if ((stems & 1 << field) != 0) {
                    expected.add(field == SearchFields.BODY_STEM ? p : p.replaceAll("positions=.*", "positions=-"));
                }
            }
            assertEquals(expected, held(k), e.getKey());
            k.release();
            checked++;
        }
        assertTrue(checked > 100, "keys in several sub-fields: " + checked);
    }

    @Test
    void aKeyReadInSomeArticlesHoldsItsPostingsThereAndNowhereElse() {
        PostingsReader reader = new PostingsReader(index.leaf());
        int checked = 0;
        for (Map.Entry<String, KeyPostings> e : KEYS.entrySet()) {
            List<String> all = EXPECTED.get(e.getKey());
            int[] docs = all.stream().mapToInt(p -> Integer.parseInt(p.substring(0, 6))).distinct().toArray();
            if (docs.length < 4) {
                continue;
            }
            // every other article the key is in, and articles it is not in
            int[] some = IntStream.concat(IntStream.range(0, docs.length).filter(i -> i % 2 == 1).map(i -> docs[i]),
                    IntStream.of(docs[docs.length - 1] + 1, index.size() + 5)).sorted().distinct().toArray();
            KeyPostings copy = reader.in(e.getValue(), some, -1);
            List<String> expected = all.stream().filter(p -> Arrays.binarySearch(some, Integer.parseInt(p.substring(0, 6))) >= 0).toList();
            assertEquals(expected, held(copy), e.getKey());
            assertFalse(expected.isEmpty(), e.getKey());
            assertEquals(0, e.getValue().size(), "the key itself holds nothing: " + e.getKey());
            checked++;
        }
        assertTrue(checked > 100, "keys in four articles or more: " + checked);
    }

    @Test
    void aKeyTheIndexDoesNotHaveWhereItsStatisticsSaidIsAnError() {
        KeyPostings ghost = new KeyPostings("لامكان", false, SCORES);
        ghost.fieldMask = 1 << SearchFields.BODY_STEM;
        PostingsReader reader = new PostingsReader(index.leaf());
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> reader.load(ghost, -1, -1));
        assertTrue(e.getMessage().contains("لامكان"), e.getMessage());
    }
}
