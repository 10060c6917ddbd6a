package org.warraq.search;

import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.util.SmallFloat;

/**
 * Lucene's BM25 score of a posting, worked out when the exporter asks for it rather than kept for each of the
 * index's postings (ten million at 10,000 articles): the same float operations on the same statistics as
 * {@link StableBM25}'s scorer, so the same bits ({@code PostingScoresTest} compares them for every norm).
 */
final class PostingScores {

    private static final BM25Similarity BM25 = new StableBM25();
    private final float[][] normInverse = new float[SearchFields.COUNT][];

    /** Takes the sub-field's statistics: its average length decides what each norm is worth. */
    void field(int id, CollectionStatistics stats) {
        float avgdl = StableBM25.average(stats);
        float k1 = BM25.getK1();
        float b = BM25.getB();
        float[] inverse = new float[256];
        for (int i = 0; i < inverse.length; i++) {
            float length = SmallFloat.byte4ToInt((byte) i);
            inverse[i] = 1f / (k1 * ((1 - b) + b * length / avgdl));
        }
        normInverse[id] = inverse;
    }

    /** @param idf the term's idf in the sub-field, as {@link BM25Similarity#idfExplain} gives it */
    float score(int field, float idf, int freq, int norm) {
        float weight = SearchFields.boost(field) * idf;
        float inverse = normInverse[field][norm & 0xFF];
        return weight - weight / (1f + freq * inverse);
    }
}
