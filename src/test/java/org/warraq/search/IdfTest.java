package org.warraq.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/** The idf the engine computes instead of reading, and the rare pairs it must read because rounding is close. */
class IdfTest {

    @Test
    void aDoubleNearAFloorRoundingBoundaryIsFragileAndItsNeighboursAreNot() {
        assertTrue(Idf.fragile(2640, 9545, lucene(2640, 9545)), "log(1 + 6905.5 / 2640.5) lies next to a float boundary");
        assertFalse(Idf.fragile(2641, 9545, lucene(2641, 9545)));
        assertFalse(Idf.fragile(2640, 9546, lucene(2640, 9546)));
    }

    @Test
    void mostPairsAreSafe() {
        int fragile = 0;
        for (int docCount = 1; docCount <= 2000; docCount++) {
            for (int df = 1; df <= docCount; df += 7) {
                fragile += Idf.fragile(df, docCount, lucene(df, docCount)) ? 1 : 0;
            }
        }
        assertEquals(0, fragile, "fragile pairs among the small ones");
    }

    private static float lucene(long df, long docCount) {
        CollectionStatistics stats = new CollectionStatistics("f", docCount, docCount, docCount, docCount);
        return new BM25Similarity().idfExplain(stats, new TermStatistics(new BytesRef("t"), df, df)).getValue().floatValue();
    }
}
