package org.warraq.search;

import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.similarities.BM25Similarity;

/**
 * Lucene's BM25 with each field's average length rounded to seven significant bits (a grid of 1/64 of the power of two
 * below it), so that adding, removing or editing one article almost never moves it. The average length enters every
 * score of the field, so the search index's tier bounds and orders, the related articles' scores, all moved with any
 * article's length; with the rounded average, one edit changes only what its own terms are in (126 files instead of
 * 5,113 after one edit at 10,000 articles, docs/performance.md round 13). The ranking moves by less than the rounding:
 * an average off by at most 1/128 of itself. The export writes the rounded average in the manifest, for the browser's
 * engine to score with ({@code search-index-format.md}).
 */
public final class StableBM25 extends BM25Similarity {

    /** The grid: 2^{@value} steps between consecutive powers of two. */
    static final int BITS = 6;

    @Override
    protected float avgFieldLength(CollectionStatistics stats) {
        return average(stats);
    }

    /** The field's average length as this similarity scores with it. */
    public static float average(CollectionStatistics stats) {
        return rounded((float) (stats.sumTotalTermFreq() / (double) stats.docCount()));
    }

    static float rounded(float average) {
        float step = Math.scalb(1f, Math.getExponent(average) - BITS);
        return Math.round(average / step) * step;
    }
}
