package org.warraq.analysis;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;
import org.warraq.output.StreamedStoreFile;
import org.warraq.output.TextCodec;

/**
 * The analysis stage's results, kept in the build cache from one command-line build to the next (and in a temporary
 * folder between the preview's builds), so that an edit analyses again only the articles it can reach: finding every
 * article's related articles, key terms and places was 6–9 s of a rebuild after one edit at 10,000 articles.
 * <p>
 * Each article's {@link ArticleAnalysis} is kept with what it was made from: the article's digest as indexing reads it,
 * each stem sub-field's article count and rounded average length, and every stem's document frequency in each stem
 * sub-field. The next build takes the results back when it has the same articles in the same order, the same code and
 * gazetteer and the same sub-field statistics, and {@link Reach} says which of them the changed articles and the
 * document frequencies that moved can have changed. The file ends with a CRC-32C and is read only when whole.
 */
public final class AnalysisStore {

    private static final String MAGIC = "warraq-analysis";
    private static final int FORMAT = 2;
    private static final int DIGEST = 32;
    private static final int END = -1;

    private final Path file;
    private final StreamedStoreFile.Header header;
    private final AtomicBoolean busy = new AtomicBoolean();
    private volatile int kept;
    private volatile int analysed;

    /** @param code a digest of the code that builds, so results made by other code are never taken */
    public AnalysisStore(Path file, String code) {
        this.file = file;
        this.header = new StreamedStoreFile.Header(MAGIC, FORMAT, code);
    }

    /** A stem whose document frequency in the stem sub-field of {@code field} moved since the kept results were made. */
    record StemChange(int field, String stem, int before, int after) {
    }

    /** Whether this analysis may use the store: one at a time does (the preview may run two builds). */
    boolean claim() {
        return busy.compareAndSet(false, true);
    }

    void release() {
        busy.set(false);
    }

    /** Has the JVM delete the store's file, and the one being written, when it ends normally (the preview's, stopped). */
    public void deleteOnExit() {
        StreamedStoreFile.deleteOnExit(file);
    }

    /** How many articles' results the last analysis took back. */
    public int kept() {
        return kept;
    }

    /** How many articles the last analysis analysed. */
    public int analysed() {
        return analysed;
    }

    void counted(int kept, int analysed) {
        this.kept = kept;
        this.analysed = analysed;
    }

    /**
     * What the last analysis left, or null when there is nothing to take: no file, a damaged one, one made by other code
     * or another gazetteer, for another number of articles or other sub-field statistics.
     *
     * @param docs       each article's digest as indexing reads it, by document number
     * @param statistics each stem sub-field's article count and rounded average length, as {@link Analysis} packs them
     */
    Previous previous(String gazetteer, byte[][] docs, long[] statistics) {
        DataInputStream in = null;
        try {
            in = StreamedStoreFile.open(file, header);
            if (in == null) {
                return null;
            }
            boolean same = gazetteer.equals(TextCodec.read(in)) && in.readInt() == docs.length && in.readInt() == statistics.length;
            for (int i = 0; same && i < statistics.length; i++) {
                same = in.readLong() == statistics[i];
            }
            if (!same) {
                in.close();
                return null;
            }
            int[] changed = new int[docs.length];
            int count = 0;
            byte[] digest = new byte[DIGEST];
            for (int doc = 0; doc < docs.length; doc++) {
                in.readFully(digest);
                if (!Arrays.equals(digest, docs[doc])) {
                    changed[count++] = doc;
                }
            }
            return new Previous(in, Arrays.copyOf(changed, count), docs.length);
        } catch (IOException e) {
            StreamedStoreFile.closeQuietly(in);
            return null;
        }
    }

    /** Starts the file the next analysis takes back from: written beside the kept one, which it replaces on commit. */
    Next next(String gazetteer, byte[][] docs, long[] statistics) throws IOException {
        StreamedStoreFile.Writer writer = StreamedStoreFile.write(file, header);
        DataOutputStream out = writer.out();
        try {
            TextCodec.write(out, gazetteer);
            out.writeInt(docs.length);
            out.writeInt(statistics.length);
            for (long s : statistics) {
                out.writeLong(s);
            }
            for (byte[] digest : docs) {
                out.write(digest);
            }
        } catch (IOException | RuntimeException e) {
            writer.close();
            throw e;
        }
        return new Next(writer, docs.length);
    }

    /** The last analysis's dictionary of stems, then its results, read in document order. */
    final class Previous implements Closeable {

        private final DataInputStream in;
        private final int[] changed;
        private final int size;
        private int lastFrequency;
        private boolean dictionaryRead;
        private int next;

        private Previous(DataInputStream in, int[] changed, int size) {
            this.in = in;
            this.changed = changed;
            this.size = size;
        }

        /** The articles whose indexed text changed, ascending. */
        int[] changed() {
            return changed;
        }

        /** The next stem of the field being read, its document frequency in {@link #lastFrequency}; null at the field's end. */
        private byte[] term() throws IOException {
            int length = in.readInt();
            if (length == END) {
                return null;
            }
            byte[] term = in.readNBytes(length);
            if (term.length != length) {
                throw new IOException("a stem cut short");
            }
            lastFrequency = in.readInt();
            return term;
        }

        /** The next article's kept results as they were written ({@link #decode} reads them), in document order, after the dictionary. */
        byte[] record() throws IOException {
            if (!dictionaryRead || next >= size) {
                throw new IllegalStateException("an article's results asked for before the dictionary or after the last");
            }
            next++;
            int length = in.readInt();
            byte[] record = in.readNBytes(length);
            if (record.length != length) {
                throw new IOException("an article's results cut short");
            }
            return record;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }

    /** The results of this analysis, written in document order. */
    final class Next implements Closeable {

        private final StreamedStoreFile.Writer writer;
        private final DataOutputStream out;
        private final int expected;
        private boolean dictionaryWritten;
        private int written;

        private Next(StreamedStoreFile.Writer writer, int expected) {
            this.writer = writer;
            this.out = writer.out();
            this.expected = expected;
        }

        /**
         * Writes the document frequency of every stem in each of {@code fields} of {@code leaf}, and returns those that
         * moved since {@code previous} (none without one), read from it alongside in the same order.
         */
        List<StemChange> dictionary(LeafReader leaf, List<String> fields, Previous previous) throws IOException {
            List<StemChange> changes = new ArrayList<>();
            for (int field = 0; field < fields.size(); field++) {
                Terms terms = leaf.terms(fields.get(field));
                TermsEnum current = terms == null ? null : terms.iterator();
                BytesRef now = current == null ? null : current.next();
                byte[] before = previous == null ? null : previous.term();
                while (now != null || before != null) {
                    int order = now == null ? 1 : before == null ? -1
                            : Arrays.compareUnsigned(now.bytes, now.offset, now.offset + now.length, before, 0, before.length);
                    if (order <= 0) {
                        int df = current.docFreq();
                        out.writeInt(now.length);
                        out.write(now.bytes, now.offset, now.length);
                        out.writeInt(df);
                        int was = order == 0 ? previous.lastFrequency : 0;
                        if (previous != null && df != was) {
                            changes.add(new StemChange(field, now.utf8ToString(), was, df));
                        }
                        now = current.next();
                    } else {
                        changes.add(new StemChange(field, new String(before, StandardCharsets.UTF_8), previous.lastFrequency, 0));
                    }
                    if (order >= 0) {
                        before = previous.term();
                    }
                }
                out.writeInt(END);
            }
            dictionaryWritten = true;
            if (previous != null) {
                previous.dictionaryRead = true;
            }
            return changes;
        }

        /** The next article's results as {@link #encode} made them, in document order, after the dictionary. */
        void article(byte[] record) throws IOException {
            if (!dictionaryWritten || written >= expected) {
                throw new IllegalStateException("an article's results written before the dictionary or after the last");
            }
            written++;
            out.writeInt(record.length);
            out.write(record);
        }

        void commit() throws IOException {
            if (written != expected) {
                throw new IllegalStateException(written + " articles' results for " + expected + " articles");
            }
            writer.commit();
        }

        /** Without a commit, the file is deleted: the kept one stays. */
        @Override
        public void close() throws IOException {
            writer.close();
        }
    }

    /** One article's results as the store keeps them. */
    static byte[] encode(ArticleAnalysis a) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1024);
        DataOutputStream out = new DataOutputStream(bytes);
        try {
            RelatedArticles.Found related = a.related();
            out.writeByte(related.docs().size());
            for (int doc : related.docs()) {
                out.writeInt(doc);
            }
            out.writeShort(related.query().size());
            for (RelatedArticles.QueryTerm t : related.query()) {
                out.writeByte(t.field());
                TextCodec.write(out, t.stem());
                out.writeFloat(t.boost());
            }
            out.writeByte(related.lowest().size());
            for (float lowest : related.lowest()) {
                out.writeFloat(lowest);
            }
            out.writeByte(related.hits());
            out.writeInt(related.lastDoc());
            out.writeFloat(related.lastScore());
            out.writeByte(a.keyTerms().size());
            for (KeyTerm k : a.keyTerms()) {
                TextCodec.write(out, k.stem());
                TextCodec.write(out, k.surface());
                out.writeDouble(k.score());
            }
            out.writeShort(a.places().size());
            for (Place p : a.places()) {
                TextCodec.write(out, p.code());
                TextCodec.write(out, p.name());
                TextCodec.write(out, p.slug());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * One article's results from what {@link #encode} made. Read from a buffer, not a stream: a rebuild decodes every
     * article's kept results, and a stream's reads one byte at a time were most of that.
     */
    static ArticleAnalysis decode(byte[] record) throws IOException {
        try {
            ByteBuffer in = ByteBuffer.wrap(record);
            int related = in.get();
            List<Integer> docs = new ArrayList<>(related);
            for (int i = 0; i < related; i++) {
                docs.add(in.getInt());
            }
            int asked = in.getShort();
            List<RelatedArticles.QueryTerm> query = new ArrayList<>(asked);
            for (int i = 0; i < asked; i++) {
                int field = in.get();
                query.add(new RelatedArticles.QueryTerm(field, TextCodec.read(in), in.getFloat()));
            }
            int fields = in.get();
            List<Float> lowest = new ArrayList<>(fields);
            for (int i = 0; i < fields; i++) {
                lowest.add(in.getFloat());
            }
            int hits = in.get();
            int lastDoc = in.getInt();
            RelatedArticles.Found found = new RelatedArticles.Found(docs, query, lowest, hits, lastDoc, in.getFloat());
            int terms = in.get();
            List<KeyTerm> keyTerms = new ArrayList<>(terms);
            for (int i = 0; i < terms; i++) {
                String stem = TextCodec.read(in);
                String surface = TextCodec.read(in);
                keyTerms.add(new KeyTerm(stem, surface, in.getDouble()));
            }
            int placed = in.getShort();
            List<Place> places = new ArrayList<>(placed);
            for (int i = 0; i < placed; i++) {
                String code = TextCodec.read(in);
                String name = TextCodec.read(in);
                places.add(new Place(code, name, TextCodec.read(in)));
            }
            return new ArticleAnalysis(found, keyTerms, places);
        } catch (RuntimeException e) {
            throw new IOException("an article's kept results cannot be read: " + e, e);
        }
    }
}
