package org.warraq.search;

/**
 * Lucene's BM25 idf, which the engine computes from a term's document frequency instead of reading it:
 * {@code (float) log(1 + (docCount − df + 0.5) / (df + 0.5))}. Browsers' {@code Math.log} is within an
 * ulp or so of the exact logarithm, like the JVM's, so the float agrees unless the double lies within a
 * few ulps of a float rounding boundary; those rare (sub-field, df) pairs are written out in the manifest.
 */
final class Idf {

    /** How many ulps of the double either way a browser's logarithm may be off. */
    private static final int SLACK_ULPS = 2;

    private Idf() {
    }

    /** True when a browser could round the idf to a float other than {@code lucene}, Lucene's own value. */
    static boolean fragile(long docFreq, long docCount, float lucene) {
        double x = 1 + (docCount - docFreq + 0.5D) / (docFreq + 0.5D);
        double low = StrictMath.log(x);
        double high = low;
        for (int i = 0; i < SLACK_ULPS; i++) {
            low = Math.nextDown(low);
            high = Math.nextUp(high);
        }
        return (float) low != lucene || (float) high != lucene || (float) Math.log(x) != lucene;
    }
}
