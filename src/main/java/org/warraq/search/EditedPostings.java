package org.warraq.search;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

/**
 * The terms whose postings an edit changed, in the articles it changed: an edit rewrites a sentence or adds one, and
 * most words of the article keep their frequencies and positions, so their entries, which a rebuild would otherwise
 * draft again, are what they were. Each changed article is compared with its earlier version, found by the digest the
 * last export kept in a kept run of the index; a term's posting in a sub-field is the same when it is there in both or
 * in neither, with the same frequency and sub-field norm, the same positions where the export reads them (the stems'
 * position files), and the same excerpt parts where it writes them (the body's stem and alternative sub-fields).
 * <p>
 * Only the terms the changed articles have now are compared: a term one of them had and none has any more has a lower
 * document frequency, which the entries' statistics catch.
 */
final class EditedPostings {

    /** What the last export knew of an article that changed: its number, its digest then and its excerpt cuts then. */
    record Before(int doc, byte[] digest, int[] cuts) {
    }

    /** An article's earlier version as a kept index has it: its document {@code doc} in {@code leaf}. */
    record Earlier(LeafReader leaf, int doc, Closeable resources) implements Closeable {

        @Override
        public void close() throws IOException {
            resources.close();
        }
    }

    private EditedPostings() {
    }

    /**
     * The terms, by sub-field number, whose postings in any of the changed articles differ from their earlier
     * versions'; null when an earlier version cannot be read.
     *
     * @param before  what the last export knew of each changed article
     * @param terms   the terms the changed articles have now, by sub-field number
     * @param earlier the earlier version of an article by its digest, null when no kept index has it
     */
    static List<Set<String>> of(SearchIndex index, List<Before> before, List<Set<String>> terms,
                                Function<byte[], Earlier> earlier) throws IOException {
        List<Set<String>> edited = new ArrayList<>();
        for (int id = 0; id < SearchFields.COUNT; id++) {
            edited.add(new HashSet<>());
        }
        ExcerptParts parts = index.excerptParts();
        for (Before b : before) {
            try (Earlier then = earlier.apply(b.digest())) {
                if (then == null) {
                    return null;
                }
                for (int id = 0; id < SearchFields.COUNT; id++) {
                    compare(id, terms.get(id), new Version(index.leaf(), b.doc(), parts.cutPositions(b.doc())),
                            new Version(then.leaf(), then.doc(), b.cuts()), edited.get(id));
                }
            }
        }
        return edited;
    }

    /** An article as one index has it: its document and excerpt cuts. */
    private record Version(LeafReader leaf, int doc, int[] cuts) {
    }

    /** Adds to {@code edited} the terms of sub-field {@code id} whose postings differ between the two versions. */
    private static void compare(int id, Set<String> terms, Version now, Version then, Set<String> edited) throws IOException {
        String field = SearchFields.name(id);
        boolean sameNorm = norm(now, field) == norm(then, field);
        Posting a = new Posting(now, field);
        Posting b = new Posting(then, field);
        for (String term : terms) {
            BytesRef bytes = new BytesRef(term);
            boolean inNow = a.read(bytes, id);
            boolean inThen = b.read(bytes, id);
            if (inNow != inThen || inNow && (!sameNorm || !a.same(b, id, now.cuts(), then.cuts()))) {
                edited.add(term);
            }
        }
    }

    private static long norm(Version v, String field) throws IOException {
        NumericDocValues norms = v.leaf().getNormValues(field);
        return norms != null && norms.advanceExact(v.doc()) ? norms.longValue() : Long.MIN_VALUE;
    }

    /** A term's posting in one version of the article, read by {@link #read}. */
    private static final class Posting {
        private final TermsEnum terms;
        private final int doc;
        private PostingsEnum postings;
        private int freq;
        private int[] positions = new int[16];

        Posting(Version v, String field) throws IOException {
            Terms t = v.leaf().terms(field);
            this.terms = t == null ? null : t.iterator();
            this.doc = v.doc();
        }

        /** Reads the term's posting in the document; false when the term is not there. */
        boolean read(BytesRef term, int id) throws IOException {
            if (terms == null || !terms.seekExact(term)) {
                return false;
            }
            boolean positioned = SearchFields.positioned(id);
            postings = terms.postings(postings, positioned ? PostingsEnum.POSITIONS : PostingsEnum.FREQS);
            if (postings.advance(doc) != doc) {
                return false;
            }
            freq = postings.freq();
            if (positioned) {
                if (positions.length < freq) {
                    positions = new int[freq];
                }
                for (int i = 0; i < freq; i++) {
                    positions[i] = postings.nextPosition();
                }
            }
            return true;
        }

        /** Whether the two postings read last write the same: frequency, positions where read, and excerpt parts. */
        boolean same(Posting other, int id, int[] cuts, int[] otherCuts) {
            if (freq != other.freq) {
                return false;
            }
            if (!SearchFields.positioned(id)) {
                return true;
            }
            if (!Arrays.equals(positions, 0, freq, other.positions, 0, freq)) {
                return false;
            }
            return id != SearchFields.BODY_STEM && id != SearchFields.BODY_ALT
                    || ExcerptParts.mask(cuts, positions, 0, freq) == ExcerptParts.mask(otherCuts, other.positions, 0, freq);
        }
    }
}
