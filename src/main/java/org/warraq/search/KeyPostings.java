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

    final String term;
    final boolean exact;
    final float[] idf = new float[SearchFields.COUNT];
    final int[] docFreq = new int[SearchFields.COUNT];
    int fieldMask;
    /** For an exact term, the keys of its stem and alternatives, whose postings travel with its own. */
    List<KeyPostings> companions = List.of();

    private int size;
    private int[] docs = new int[4];
    private int[] fields = new int[4];
    private int[] freqs = new int[4];
    private int[] norms = new int[4];
    private float[] scores = new float[4];
    private int[][] positions = new int[4][];
    private int[] order;

    KeyPostings(String term, boolean exact) {
        this.term = term;
        this.exact = exact;
    }

    String key() {
        return term + (exact ? " e" : " s");
    }

    void add(int doc, int field, int freq, int norm, float score, int[] pos) {
        if (size == docs.length) {
            int n = size * 2;
            docs = Arrays.copyOf(docs, n);
            fields = Arrays.copyOf(fields, n);
            freqs = Arrays.copyOf(freqs, n);
            norms = Arrays.copyOf(norms, n);
            scores = Arrays.copyOf(scores, n);
            positions = Arrays.copyOf(positions, n);
        }
        docs[size] = doc;
        fields[size] = field;
        freqs[size] = freq;
        norms[size] = norm;
        scores[size] = score;
        positions[size] = pos;
        size++;
        fieldMask |= 1 << field;
    }

    /** Groups the postings by document (stable: sub-fields stay in id order within a document). */
    void seal() {
        Integer[] idx = new Integer[size];
        for (int i = 0; i < size; i++) {
            idx[i] = i;
        }
        Arrays.sort(idx, (a, b) -> docs[a] != docs[b] ? Integer.compare(docs[a], docs[b]) : Integer.compare(fields[a], fields[b]));
        order = new int[size];
        for (int i = 0; i < size; i++) {
            order[i] = idx[i];
        }
    }

    int size() {
        return size;
    }

    int doc(int i) {
        return docs[order[i]];
    }

    int field(int i) {
        return fields[order[i]];
    }

    int freq(int i) {
        return freqs[order[i]];
    }

    int norm(int i) {
        return norms[order[i]];
    }

    float score(int i) {
        return scores[order[i]];
    }

    int[] positions(int i) {
        return positions[order[i]];
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
