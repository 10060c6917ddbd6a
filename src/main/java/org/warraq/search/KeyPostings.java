package org.warraq.search;

import java.util.Arrays;

/**
 * Everything the index holds about one export key — a term in the exact sub-fields, or a term in the stem
 * and alt sub-fields — across the documents: per (document, sub-field) posting its frequency, the field's
 * length norm, Lucene's BM25 score of the posting at weight 1 and, in stem sub-fields, its positions.
 * Also the term's idf per sub-field. Postings come in sub-field order and are sorted by document once.
 */
final class KeyPostings {

    final String term;
    final boolean exact;
    final float[] idf = new float[SearchFields.COUNT];
    int fieldMask;

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
}
