package org.warraq.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.warraq.search.analysis.AnalyzedToken;
import org.warraq.search.analysis.Lexicon;

/**
 * Each article's words as the index analysed them, kept for the stages that read words after indexing (related
 * articles, key terms, places), which would otherwise analyse every text a second time: analysis is most of the
 * cost of both. A word is kept as its number in a {@link Lexicon} with its position and offsets, a few bytes, in
 * the heap or in a file beside the index; read back, the words are the very tokens the analyser gives.
 */
public final class ArticleWords implements AutoCloseable {

    /** One analysed text of an article: its search field (title 0, tags 1, summary 2, body 3) and its words. */
    public record Segment(int field, List<AnalyzedToken> words) {

        public Segment {
            words = List.copyOf(words);
        }
    }

    private final Lexicon lexicon;
    private final byte[][] held;
    private final FileChannel file;
    private final long[] offsets;
    private final int[] lengths;
    private final AtomicLong end = new AtomicLong();

    private ArticleWords(Lexicon lexicon, int articles, FileChannel file) {
        this.lexicon = lexicon;
        this.file = file;
        this.held = file == null ? new byte[articles][] : null;
        this.offsets = file == null ? null : new long[articles];
        this.lengths = file == null ? null : new int[articles];
    }

    static ArticleWords inHeap(Lexicon lexicon, int articles) {
        return new ArticleWords(lexicon, articles, null);
    }

    /** Kept in {@code path}, a file that must not exist; it is deleted by whoever deletes its folder. */
    static ArticleWords inFile(Lexicon lexicon, int articles, Path path) throws IOException {
        return new ArticleWords(lexicon, articles, FileChannel.open(path, StandardOpenOption.CREATE_NEW,
                StandardOpenOption.READ, StandardOpenOption.WRITE));
    }

    /** Keeps the segments of article {@code doc}; each article once, from any thread. */
    void put(int doc, List<Segment> segments) {
        put(doc, encode(segments));
    }

    void put(int doc, byte[] bytes) {
        if (file == null) {
            held[doc] = bytes;
            return;
        }
        long at = end.getAndAdd(bytes.length);
        try {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                file.write(buffer, at + buffer.position());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        offsets[doc] = at;
        lengths[doc] = bytes.length;
    }

    /** The kept bytes of article {@code doc}, as {@link #put(int, byte[])} takes them. */
    byte[] bytes(int doc) {
        if (file == null) {
            return held[doc];
        }
        ByteBuffer buffer = ByteBuffer.allocate(lengths[doc]);
        try {
            while (buffer.hasRemaining()) {
                if (file.read(buffer, offsets[doc] + buffer.position()) < 0) {
                    throw new IOException("the words of article " + doc + " end early");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return buffer.array();
    }

    Lexicon lexicon() {
        return lexicon;
    }

    /** Kept words with every word's number {@code n} replaced by {@code renumber(n)}: words taken from one lexicon to another. */
    static byte[] renumbered(byte[] bytes, java.util.function.IntUnaryOperator renumber) {
        Reader in = new Reader(bytes);
        Bytes out = new Bytes();
        int count = in.number();
        out.number(count);
        for (int i = 0; i < count; i++) {
            out.number(in.number());
            int size = in.number();
            out.number(size);
            for (int j = 0; j < size; j++) {
                out.number(renumber.applyAsInt(in.number()));
                out.signed(in.signed());
                out.signed(in.signed());
                out.signed(in.signed());
            }
        }
        if (in.at != bytes.length) {
            throw new IllegalArgumentException("bytes after the words");
        }
        return out.toArray();
    }

    /** The segments of article {@code doc}, in the order they were kept. */
    List<Segment> of(int doc) {
        return decode(bytes(doc));
    }

    private byte[] encode(List<Segment> segments) {
        Bytes out = new Bytes();
        out.number(segments.size());
        for (Segment s : segments) {
            out.number(s.field());
            out.number(s.words().size());
            int position = -1;
            int end = 0;
            for (AnalyzedToken w : s.words()) {
                out.number(lexicon.number(w));
                out.signed(w.position() - position);
                out.signed(w.start() - end);
                out.signed(w.end() - w.start());
                position = w.position();
                end = w.end();
            }
        }
        return out.toArray();
    }

    private List<Segment> decode(byte[] bytes) {
        Reader in = new Reader(bytes);
        int count = in.number();
        List<Segment> segments = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int field = in.number();
            int size = in.number();
            List<AnalyzedToken> words = new ArrayList<>(size);
            int position = -1;
            int end = 0;
            for (int j = 0; j < size; j++) {
                int number = in.number();
                position += in.signed();
                int start = end + in.signed();
                end = start + in.signed();
                words.add(lexicon.word(number, position, start, end));
            }
            segments.add(new Segment(field, words));
        }
        return segments;
    }

    @Override
    public void close() throws IOException {
        if (file != null) {
            file.close();
        }
    }

    /** Variable-length numbers, seven bits a byte; signed ones zigzag-coded. */
    private static final class Bytes {
        private byte[] bytes = new byte[256];
        private int size;

        void number(int n) {
            while ((n & ~0x7F) != 0) {
                add((byte) ((n & 0x7F) | 0x80));
                n >>>= 7;
            }
            add((byte) n);
        }

        void signed(int n) {
            number((n << 1) ^ (n >> 31));
        }

        private void add(byte b) {
            if (size == bytes.length) {
                bytes = java.util.Arrays.copyOf(bytes, 2 * size);
            }
            bytes[size++] = b;
        }

        byte[] toArray() {
            return java.util.Arrays.copyOf(bytes, size);
        }
    }

    private static final class Reader {
        private final byte[] bytes;
        private int at;

        Reader(byte[] bytes) {
            this.bytes = bytes;
        }

        int number() {
            int n = 0;
            for (int shift = 0; ; shift += 7) {
                byte b = bytes[at++];
                n |= (b & 0x7F) << shift;
                if (b >= 0) {
                    return n;
                }
            }
        }

        int signed() {
            int n = number();
            return (n >>> 1) ^ -(n & 1);
        }
    }
}
