package org.warraq.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BytesRef;

/**
 * Reads an export key's postings from the index when the exporter needs them, so that the export holds
 * the postings of the keys it is drafting, not every posting of the index (about 13 kB an article). Each thread
 * reads through cursors of its own; the norms of every sub-field are read once.
 */
final class PostingsReader {

    private final LeafReader leaf;
    private final int[][] norms = new int[SearchFields.COUNT][];
    /** Dropped with the reader, unlike thread-locals, which would outlive it in the pool's threads. */
    private final Map<Thread, Cursor> cursors = new ConcurrentHashMap<>();

    PostingsReader(LeafReader leaf) {
        this.leaf = leaf;
        try {
            for (int id = 0; id < SearchFields.COUNT; id++) {
                norms[id] = norms(leaf, SearchFields.name(id));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int[] norms(LeafReader leaf, String field) throws IOException {
        int[] norms = new int[leaf.maxDoc()];
        NumericDocValues values = leaf.getNormValues(field);
        if (values != null) {
            for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
                norms[doc] = (int) (values.longValue() & 0xFF);
            }
        }
        return norms;
    }

    /**
     * Reads the key's postings in the given sub-fields into it, grouped by document, with their positions where the
     * sub-field keeps them and is among {@code positions}; {@link KeyPostings#release} lets them go.
     *
     * @param fields sub-fields, a bit for each id
     * @param positions sub-fields whose positions are wanted, a bit for each id
     */
    void load(KeyPostings k, int fields, int positions) {
        k.allocate();
        cursor().read(k, k, null, fields, positions);
        k.seal();
    }

    /**
     * A copy of the key holding its postings in the given documents only (ascending): an exact word's stem and
     * alternatives are read where the word occurs, however many other articles have them.
     *
     * @param positions sub-fields whose positions are wanted, a bit for each id
     */
    KeyPostings in(KeyPostings k, int[] docs, int positions) {
        KeyPostings copy = k.emptyCopy();
        cursor().read(k, copy, docs, -1, positions);
        copy.seal();
        return copy;
    }

    private Cursor cursor() {
        return cursors.computeIfAbsent(Thread.currentThread(), t -> new Cursor());
    }

    /** One thread's way into each sub-field's terms. */
    private final class Cursor {

        private final TermsEnum[] terms = new TermsEnum[SearchFields.COUNT];
        /** By sub-field: a cursor's postings are reused by the same sub-field's terms alone. */
        private final PostingsEnum[] postings = new PostingsEnum[SearchFields.COUNT];

        void read(KeyPostings k, KeyPostings into, int[] docs, int fields, int positions) {
            BytesRef bytes = new BytesRef(k.term);
            try {
                for (int id = 0; id < SearchFields.COUNT; id++) {
                    if ((k.fieldMask & fields & 1 << id) == 0) {
                        continue;
                    }
                    TermsEnum te = terms(id);
                    if (te == null || !te.seekExact(bytes)) {
                        throw new IllegalStateException("the index has no «" + k.term + "» in " + SearchFields.name(id)
                                + " where its statistics found it");
                    }
                    boolean positioned = SearchFields.positioned(id) && (positions & 1 << id) != 0;
                    PostingsEnum postings = this.postings[id] = te.postings(this.postings[id],
                            positioned ? PostingsEnum.POSITIONS : PostingsEnum.FREQS);
                    if (docs == null) {
                        for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                            add(postings, into, id, doc, positioned);
                        }
                    } else {
                        for (int doc : docs) {
                            int at = postings.docID() < doc ? postings.advance(doc) : postings.docID();
                            if (at == DocIdSetIterator.NO_MORE_DOCS) {
                                break;
                            }
                            if (at == doc) {
                                add(postings, into, id, doc, positioned);
                            }
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private void add(PostingsEnum postings, KeyPostings into, int id, int doc, boolean positioned) throws IOException {
            int freq = postings.freq();
            int[] pos = null;
            if (positioned) {
                pos = new int[freq];
                for (int p = 0; p < freq; p++) {
                    pos[p] = postings.nextPosition();
                }
            }
            into.add(doc, id, freq, norms[id][doc], pos);
        }

        private TermsEnum terms(int id) throws IOException {
            if (terms[id] == null) {
                Terms t = leaf.terms(SearchFields.name(id));
                if (t == null) {
                    return null;
                }
                terms[id] = t.iterator();
            }
            return terms[id];
        }
    }
}
