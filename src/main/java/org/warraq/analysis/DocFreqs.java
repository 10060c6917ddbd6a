package org.warraq.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.FilterLeafReader;
import org.apache.lucene.index.ImpactsEnum;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.AttributeSource;
import org.apache.lucene.util.BytesRef;

/**
 * The index as the analysis stage reads it: {@link org.apache.lucene.queries.mlt.MoreLikeThis} and key terms ask
 * the document frequency of every candidate term of every article (thousands per article), and each answer
 * from the terms dictionary opens and seeks a terms enum. Here each field's frequencies are read once, in one
 * pass over its terms, and every question is a map lookup. Only document frequencies can be asked; nothing
 * else reads through this.
 */
final class DocFreqs extends FilterLeafReader {

    private final Map<String, Map<BytesRef, Integer>> fields = new ConcurrentHashMap<>();

    DocFreqs(LeafReader in) {
        super(in);
    }

    /** The number of documents with {@code term} in {@code field}. */
    int docFreq(String field, String term) {
        try {
            return docFreq(new Term(field, term));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Terms terms(String field) throws IOException {
        Terms terms = super.terms(field);
        if (terms == null) {
            return null;
        }
        Map<BytesRef, Integer> frequencies = fields.computeIfAbsent(field, f -> read(terms));
        return new FilterTerms(terms) {
            @Override
            public TermsEnum iterator() {
                return new Lookup(frequencies);
            }
        };
    }

    private static Map<BytesRef, Integer> read(Terms terms) {
        Map<BytesRef, Integer> frequencies = new HashMap<>();
        try {
            TermsEnum all = terms.iterator();
            for (BytesRef term = all.next(); term != null; term = all.next()) {
                frequencies.put(BytesRef.deepCopyOf(term), all.docFreq());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return frequencies;
    }

    @Override
    public CacheHelper getCoreCacheHelper() {
        return null;
    }

    @Override
    public CacheHelper getReaderCacheHelper() {
        return null;
    }

    /** A terms enum that can only seek a term and tell its document frequency. */
    private static final class Lookup extends TermsEnum {
        private final Map<BytesRef, Integer> frequencies;
        private int docFreq;

        Lookup(Map<BytesRef, Integer> frequencies) {
            this.frequencies = frequencies;
        }

        @Override
        public boolean seekExact(BytesRef text) {
            Integer found = frequencies.get(text);
            docFreq = found == null ? 0 : found;
            return found != null;
        }

        @Override
        public int docFreq() {
            return docFreq;
        }

        @Override
        public AttributeSource attributes() {
            throw unsupported();
        }

        @Override
        public SeekStatus seekCeil(BytesRef text) {
            throw unsupported();
        }

        @Override
        public void seekExact(long ord) {
            throw unsupported();
        }

        @Override
        public void seekExact(BytesRef term, org.apache.lucene.index.TermState state) {
            throw unsupported();
        }

        @Override
        public BytesRef term() {
            throw unsupported();
        }

        @Override
        public long ord() {
            throw unsupported();
        }

        @Override
        public long totalTermFreq() {
            throw unsupported();
        }

        @Override
        public PostingsEnum postings(PostingsEnum reuse, int flags) {
            throw unsupported();
        }

        @Override
        public ImpactsEnum impacts(int flags) {
            throw unsupported();
        }

        @Override
        public org.apache.lucene.index.TermState termState() {
            throw unsupported();
        }

        @Override
        public BytesRef next() {
            throw unsupported();
        }

        private static UnsupportedOperationException unsupported() {
            return new UnsupportedOperationException("only document frequencies are read through DocFreqs");
        }
    }
}
