package org.warraq.search;

import java.util.Arrays;
import java.util.List;

/**
 * Everything the index holds about one export key — a term in the exact sub-fields, or a term in the stem
 * and alt sub-fields — across the documents: per (document, sub-field) posting its frequency, the field's
 * length norm, Lucene's BM25 score of the posting at weight 1 and, in the stem sub-fields and
 * {@code body.alt}, its positions.
 * Also the term's document frequency and idf per sub-field. Postings come in sub-field order and are
 * sorted by document once.
 */
final class KeyPostings {

    /** The most occurrences of a key in one sub-field of one article that a posting can hold (19 bits). */
    static final int MAX_FREQ = (1 << 19) - 1;

    static {
        if (SearchFields.COUNT > 16) {
            throw new IllegalStateException("a posting packs its sub-field in 4 bits");
        }
    }

    final String term;
    final boolean exact;
    final float[] idf = new float[SearchFields.COUNT];
    final int[] docFreq = new int[SearchFields.COUNT];
    int fieldMask;
    /** For an exact term, the keys of its stem and alternatives, whose postings travel with its own. */
    List<KeyPostings> companions = List.of();

    private int size;
    private int[] docs = new int[0];
    /** Sub-field, norm, whether positions were kept, and frequency: {@code field | norm << 4 | kept << 12 | freq << 13}. */
    private int[] packed = new int[0];
    private float[] scores = new float[0];
    /** Where each posting's positions start in {@link #positions}; its frequency says how many there are. */
    private int[] positionsFrom = new int[0];
    private int[] positions = new int[0];
    private int positionCount;
    private long expectedPostings;
    private long expectedPositions;

    KeyPostings(String term, boolean exact) {
        this.term = term;
        this.exact = exact;
    }

    /**
     * Counts postings to come, before any is added: the exporter holds every posting of the index at once, so the
     * arrays are made once at their final size by {@link #allocate()} rather than doubled as they fill.
     */
    void expect(int postings, long positionsToCome) {
        expectedPostings += postings;
        expectedPositions += positionsToCome;
    }

    void allocate() {
        grow(Math.toIntExact(expectedPostings), expectedPositions);
    }

    private void grow(int postings, long allPositions) {
        if (postings > docs.length) {
            docs = Arrays.copyOf(docs, postings);
            packed = Arrays.copyOf(packed, postings);
            scores = Arrays.copyOf(scores, postings);
            positionsFrom = Arrays.copyOf(positionsFrom, postings);
        }
        if (allPositions > positions.length) {
            positions = Arrays.copyOf(positions, Math.toIntExact(allPositions));
        }
    }

    /** @param pos the posting's positions, or null where the sub-field keeps none */
    void add(int doc, int field, int freq, int norm, float score, int[] pos) {
        if (size == docs.length) {
            grow(Math.max(4, 2 * size), 0);
        }
        if (pos != null && positionCount + pos.length > positions.length) {
            grow(0, Math.max(2L * positions.length, (long) positionCount + pos.length));
        }
        if (freq > MAX_FREQ) {
            throw new IllegalStateException("«" + term + "» occurs " + freq + " times in one article; the search index holds at most "
                    + MAX_FREQ + " occurrences of a word in an article");
        }
        docs[size] = doc;
        packed[size] = field | norm << 4 | (pos == null ? 0 : 1 << 12) | freq << 13;
        scores[size] = score;
        positionsFrom[size] = positionCount;
        if (pos != null) {
            System.arraycopy(pos, 0, positions, positionCount, pos.length);
            positionCount += pos.length;
        }
        size++;
        fieldMask |= 1 << field;
    }

    /**
     * Groups the postings by document (stable: sub-fields stay in id order within a document) and lets go of
     * room reserved and not used.
     */
    void seal() {
        if (size >= 1 << 27) {
            throw new IllegalStateException("«" + term + "» has more postings than the export can sort: " + size);
        }
        long[] keys = new long[size];
        for (int i = 0; i < size; i++) {
            keys[i] = (long) docs[i] << 32 | (long) (packed[i] & 0xF) << 27 | i;
        }
        Arrays.sort(keys);
        int[] d = new int[size];
        int[] m = new int[size];
        float[] sc = new float[size];
        int[] from = new int[size];
        for (int j = 0; j < size; j++) {
            int i = (int) (keys[j] & ((1 << 27) - 1));
            d[j] = docs[i];
            m[j] = packed[i];
            sc[j] = scores[i];
            from[j] = positionsFrom[i];
        }
        docs = d;
        packed = m;
        scores = sc;
        positionsFrom = from;
        if (positions.length > positionCount) {
            positions = Arrays.copyOf(positions, positionCount);
        }
    }

    /** Lets go of the postings once every entry that reads them is made; the key then holds only its statistics. */
    void release() {
        docs = null;
        packed = null;
        scores = null;
        positionsFrom = null;
        positions = null;
    }

    int size() {
        return size;
    }

    int doc(int i) {
        return docs[i];
    }

    int field(int i) {
        return packed[i] & 0xF;
    }

    int freq(int i) {
        return packed[i] >>> 13;
    }

    int norm(int i) {
        return packed[i] >>> 4 & 0xFF;
    }

    float score(int i) {
        return scores[i];
    }

    /** The posting's positions, a fresh array, or null where the sub-field keeps none. */
    int[] positions(int i) {
        if ((packed[i] & 1 << 12) == 0) {
            return null;
        }
        return Arrays.copyOfRange(positions, positionsFrom[i], positionsFrom[i] + freq(i));
    }

    /** The index after the last posting of the document whose first posting is at {@code first}. */
    int end(int first) {
        int i = first;
        while (i < size && doc(i) == doc(first)) {
            i++;
        }
        return i;
    }

    /** The index of the first posting of {@code doc}, or −1 when the term is not in that document. */
    int first(int doc) {
        int lo = 0;
        int hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (doc(mid) < doc) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo < size && doc(lo) == doc ? lo : -1;
    }
}
