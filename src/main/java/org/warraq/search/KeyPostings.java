package org.warraq.search;

import java.util.Arrays;
import java.util.List;

/**
 * Everything the index holds about one export key — a term in the exact sub-fields, or a term in the stem
 * and alt sub-fields — across the documents: per (document, sub-field) posting its frequency, the field's
 * length norm (from which, with the idf, its BM25 score is worked out) and, in the stem sub-fields and
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
    private final PostingScores scores;
    final float[] idf;
    final int[] docFreq;
    int fieldMask;
    /** For an exact term, the keys of its stem and alternatives, whose postings travel with its own. */
    List<KeyPostings> companions = List.of();
    /**
     * A 64-bit mix of what the key's entry reads of the collection besides its postings: each sub-field it is in, with
     * its document frequency there and that sub-field's article count and scored average length (and, for an exact
     * term, how many companions it has). {@link EntryStore} keeps it beside the entry.
     */
    long statistics = 0x5741525241514CL;
    /** Whether the key occurs in an article that changed since the entry kept for it was drafted. */
    boolean inChanged;
    /**
     * Whether the key's postings in the articles that changed are not what they were (its sub-fields, frequencies,
     * positions, norms or excerpt parts there): {@link #inChanged} itself when the articles' earlier versions cannot be
     * read ({@link EditedPostings}).
     */
    boolean touched;
    /** Whether {@link #statistics} are those kept with the last export's entry of the key. */
    boolean sameStatistics;
    /** Whether the entry kept from the last export is this export's: the key and everything it reads are unchanged. */
    boolean kept;
    /** Where the last export's entry of the key is among its entries; -1 when it had none. */
    int keptAt = -1;
    /** The statistics kept with the last export's entry of the key, when {@link #keptAt} says it had one. */
    long keptStatistics;
    /**
     * For an exact term whose entry the last export kept: its companions' terms as the analyser gave them, in order;
     * null when they were not kept. They depend on the term alone (and on the code, which made the store).
     */
    List<String> keptCompanions;
    /** Where the kept positions are among the last export's stems', when {@link #keptAt} says it had the key and a stem. */
    int keptStemAt;

    private int size;
    private int[] docs = new int[0];
    /** Sub-field, norm, whether positions were kept, and frequency: {@code field | norm << 4 | kept << 12 | freq << 13}. */
    private int[] packed = new int[0];
    /** Where each posting's positions start in {@link #positions}; its frequency says how many there are. */
    private int[] positionsFrom = new int[0];
    private int[] positions = new int[0];
    private int positionCount;
    private long expectedPostings;
    private long expectedPositions;

    /** @param scores the sub-fields' statistics, from which a posting's score is worked out when asked */
    KeyPostings(String term, boolean exact, PostingScores scores) {
        this(term, exact, scores, new float[SearchFields.COUNT], new int[SearchFields.COUNT]);
    }

    private KeyPostings(String term, boolean exact, PostingScores scores, float[] idf, int[] docFreq) {
        this.term = term;
        this.exact = exact;
        this.scores = scores;
        this.idf = idf;
        this.docFreq = docFreq;
    }

    /** The name the export sorts and keeps the key by: its term, then whether it is exact or a stem. */
    String key() {
        return key(term, exact);
    }

    static String key(String term, boolean exact) {
        return term + (exact ? " e" : " s");
    }

    /** Whether a {@link #key} names a stem (or alternative) key rather than an exact term's. */
    static boolean isStemKey(String key) {
        return key.endsWith(" s");
    }

    /** Mixes {@code value} into {@link #statistics}. */
    void mix(long value) {
        long h = (statistics ^ value) * 0x9E3779B97F4A7C15L;
        statistics = h ^ (h >>> 29);
    }

    /** The same key's statistics with no postings, to hold some of them apart from the key's own. */
    KeyPostings emptyCopy() {
        KeyPostings copy = new KeyPostings(term, exact, scores, idf, docFreq);
        copy.fieldMask = fieldMask;
        return copy;
    }

    /**
     * Counts postings to come, before any is added, so that the arrays are made once at their final size by
     * {@link #allocate()} rather than doubled as they fill.
     */
    void expect(int postings, long positionsToCome) {
        expectedPostings += postings;
        expectedPositions += positionsToCome;
    }

    /** Makes room for the postings {@link #expect}ed, dropping any held: the key's postings are read afresh. */
    void allocate() {
        int postings = Math.toIntExact(expectedPostings);
        size = 0;
        positionCount = 0;
        docs = new int[postings];
        packed = new int[postings];
        positionsFrom = new int[postings];
        positions = new int[Math.toIntExact(expectedPositions)];
    }

    private void grow(int postings, long allPositions) {
        if (postings > docs.length) {
            docs = Arrays.copyOf(docs, postings);
            packed = Arrays.copyOf(packed, postings);
            positionsFrom = Arrays.copyOf(positionsFrom, postings);
        }
        if (allPositions > positions.length) {
            positions = Arrays.copyOf(positions, Math.toIntExact(allPositions));
        }
    }

    /** @param pos the posting's positions, or null where the sub-field keeps none */
    void add(int doc, int field, int freq, int norm, int[] pos) {
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
        int[] from = new int[size];
        for (int j = 0; j < size; j++) {
            int i = (int) (keys[j] & ((1 << 27) - 1));
            d[j] = docs[i];
            m[j] = packed[i];
            from[j] = positionsFrom[i];
        }
        docs = d;
        packed = m;
        positionsFrom = from;
        if (positions.length > positionCount) {
            positions = Arrays.copyOf(positions, positionCount);
        }
    }

    /** Lets go of the postings once what is made from them is made; the key then holds only its statistics. */
    void release() {
        size = 0;
        positionCount = 0;
        docs = null;
        packed = null;
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

    /** Lucene's BM25 score of the posting at weight 1; the term's idf in the sub-field must be set. */
    float score(int i) {
        int field = field(i);
        return scores.score(field, idf[field], freq(i), norm(i));
    }

    /** The posting's positions, a fresh array, or null where the sub-field keeps none. */
    int[] positions(int i) {
        if (!hasPositions(i)) {
            return null;
        }
        return Arrays.copyOfRange(positions, positionsFrom[i], positionsFrom[i] + freq(i));
    }

    boolean hasPositions(int i) {
        return (packed[i] & 1 << 12) != 0;
    }

    /** Every posting's positions, the {@code i}th's {@link #freq} of them from {@link #positionsStart}: not to be changed. */
    int[] positionData() {
        return positions;
    }

    /** Where the {@code i}th posting's positions start in {@link #positionData}; only where it {@link #hasPositions}. */
    int positionsStart(int i) {
        return positionsFrom[i];
    }

    /** The {@code j}th of the posting's {@link #freq} positions, without copying them. */
    int position(int i, int j) {
        return positions[positionsFrom[i] + j];
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
