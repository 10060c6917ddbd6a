package org.warraq.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.CodecReader;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FilterCodecReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.Bits;

/**
 * A run of articles made from a kept run that differs from it in a few articles: the kept run's documents for every
 * article it has as it would be indexed now, the others indexed afresh, merged in the run's order into one segment.
 * Analysing the articles is nearly all of indexing a run, and an edit changes one article of its
 * {@value SearchIndex#ARTICLES_PER_PART}; a merge leaves out documents a reader marks deleted, so each stretch of the
 * kept run is a reader that sees only that stretch.
 */
final class RunSplice {

    /** Documents {@code from} to {@code to} (exclusive) of the kept run, or of the articles indexed afresh. */
    private record Piece(boolean kept, int from, int to) {
    }

    private final List<Piece> pieces;
    private final int[] source;
    private final int[] fresh;

    private RunSplice(List<Piece> pieces, int[] source, int[] fresh) {
        this.pieces = List.copyOf(pieces);
        this.source = source;
        this.fresh = fresh;
    }

    /**
     * How the run of {@code wanted} articles is made from the kept run of {@code kept}, each article given by a value
     * equal for two articles exactly when indexing reads the same of them; null when more than half of the run would be
     * indexed afresh (indexing it whole then costs about as much).
     */
    static RunSplice plan(List<?> kept, List<?> wanted) {
        Map<Object, Integer> first = new HashMap<>();
        for (int i = kept.size() - 1; i >= 0; i--) {
            first.put(kept.get(i), i);
        }
        List<Piece> pieces = new ArrayList<>();
        int[] source = new int[wanted.size()];
        int[] fresh = new int[wanted.size()];
        int freshCount = 0;
        for (int i = 0; i < wanted.size(); i++) {
            Piece last = pieces.isEmpty() ? null : pieces.get(pieces.size() - 1);
            Integer at = first.get(wanted.get(i));
            if (at == null) {
                source[i] = -1;
                fresh[freshCount] = i;
                if (last != null && !last.kept() && last.to() == freshCount) {
                    pieces.set(pieces.size() - 1, new Piece(false, last.from(), freshCount + 1));
                } else {
                    pieces.add(new Piece(false, freshCount, freshCount + 1));
                }
                freshCount++;
                continue;
            }
            boolean continues = last != null && last.kept() && last.to() < kept.size() && kept.get(last.to()).equals(wanted.get(i));
            source[i] = continues ? last.to() : at;
            if (continues) {
                pieces.set(pieces.size() - 1, new Piece(true, last.from(), last.to() + 1));
            } else {
                pieces.add(new Piece(true, at, at + 1));
            }
        }
        if (2 * freshCount > wanted.size()) {
            return null;
        }
        return new RunSplice(pieces, source, Arrays.copyOf(fresh, freshCount));
    }

    /** The article's document in the kept run, -1 when it is indexed afresh; by its place in the run. */
    int source(int article) {
        return source[article];
    }

    /**
     * Writes into {@code out} the run of {@code index}'s articles that starts at {@code from}: the articles the kept run
     * lacks indexed (their words and excerpt parts kept in {@code index}), the others' documents merged from
     * {@code kept}, the kept run's index.
     */
    void make(SearchIndex index, int from, Directory kept, Directory out) throws IOException {
        int[] docs = new int[fresh.length];
        for (int i = 0; i < docs.length; i++) {
            docs[i] = from + fresh[i];
        }
        try (Directory made = new ByteBuffersDirectory()) {
            if (docs.length > 0) {
                index.index(docs, made);
            }
            merge(kept, docs.length == 0 ? null : made, out, SearchIndex.runConfig());
        }
    }

    /**
     * Writes the run into {@code out} from the kept run's index and the index of the fresh articles (null when there are
     * none), each a segment or several with no deletions.
     */
    private void merge(Directory kept, Directory freshIndex, Directory out, IndexWriterConfig config) throws IOException {
        try (DirectoryReader keptReader = DirectoryReader.open(kept);
             DirectoryReader freshReader = freshIndex == null ? null : DirectoryReader.open(freshIndex);
             IndexWriter writer = new IndexWriter(out, config)) {
            List<CodecReader> readers = new ArrayList<>();
            for (Piece piece : pieces) {
                readers.addAll(stretch(piece.kept() ? keptReader : freshReader, piece.from(), piece.to()));
            }
            writer.addIndexes(readers.toArray(CodecReader[]::new));
        }
    }

    /** Readers of documents {@code from} to {@code to} of {@code reader}, one for each of its segments they are in. */
    private static List<CodecReader> stretch(DirectoryReader reader, int from, int to) {
        List<CodecReader> out = new ArrayList<>();
        for (LeafReaderContext leaf : reader.leaves()) {
            int base = leaf.docBase;
            int begin = Math.max(from, base) - base;
            int end = Math.min(to, base + leaf.reader().maxDoc()) - base;
            if (begin < end) {
                if (leaf.reader().hasDeletions()) {
                    throw new IllegalStateException("a run's index has deleted documents");
                }
                out.add(new Stretch((CodecReader) leaf.reader(), begin, end));
            }
        }
        return out;
    }

    /** A segment in which only documents {@code from} to {@code to} are live. */
    private static final class Stretch extends FilterCodecReader {

        private final int from;
        private final int to;
        private final Bits live;

        Stretch(CodecReader in, int from, int to) {
            super(in);
            this.from = from;
            this.to = to;
            int length = in.maxDoc();
            this.live = new Bits() {
                @Override
                public boolean get(int index) {
                    return index >= Stretch.this.from && index < Stretch.this.to;
                }

                @Override
                public int length() {
                    return length;
                }
            };
        }

        @Override
        public Bits getLiveDocs() {
            return live;
        }

        @Override
        public int numDocs() {
            return to - from;
        }

        @Override
        public CacheHelper getCoreCacheHelper() {
            return null;
        }

        @Override
        public CacheHelper getReaderCacheHelper() {
            return null;
        }
    }
}
