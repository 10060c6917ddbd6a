package org.warraq.search;

import java.io.Closeable;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.warraq.output.StreamedStoreFile;
import org.warraq.output.TextCodec;

/**
 * The last export's «did you mean» files, kept in the build cache beside the entry store with what they were made
 * from: the terms and their numbers of articles, and the layout of the files, with the sizes of every number of files
 * tried before theirs (see {@link SpellingFiles}). They depend on the terms' numbers, not on document numbers, so a
 * new article loses only the files its terms reach. Read only when the file's CRC-32C checks out and the same code and
 * cap made it.
 */
final class SpellingStore {

    private static final String MAGIC = "warraq-search-spelling";
    private static final int FORMAT = 1;

    private final Path file;
    private final StreamedStoreFile.Header header;
    private int taken;
    private int made;

    SpellingStore(Path file, String code) {
        this.file = file;
        this.header = new StreamedStoreFile.Header(MAGIC, FORMAT, code);
    }

    void deleteOnExit() {
        StreamedStoreFile.deleteOnExit(file);
    }

    /** How many files the last export took from the store. */
    int taken() {
        return taken;
    }

    /** How many files the last export made. */
    int made() {
        return made;
    }

    void counted(int taken, int made) {
        this.taken = taken;
        this.made = made;
    }

    /** The last export's files, or null when there are none to take: no file, a damaged one, or one of other code or cap. */
    Kept open(int cap) {
        try {
            ByteBuffer in = StreamedStoreFile.readWhole(file, header);
            if (in == null || in.getInt() != cap) {
                return null;
            }
            int count = in.getInt();
            int budget = in.getInt();
            long[] all = new long[count];
            long[] small = new long[count];
            for (int b = 0; b < count; b++) {
                all[b] = in.getLong();
                small[b] = in.getLong();
            }
            List<long[]> overflowed = new ArrayList<>();
            for (int tried = in.getInt(); tried > 0; tried--) {
                long[] sizes = new long[in.getInt()];
                for (int b = 0; b < sizes.length; b++) {
                    sizes[b] = in.getLong();
                }
                overflowed.add(sizes);
            }
            String[] terms = new String[in.getInt()];
            int[] articles = new int[terms.length];
            for (int t = 0; t < terms.length; t++) {
                terms[t] = TextCodec.read(in);
                articles[t] = in.getInt();
            }
            return new Kept(in, new Buckets.Layout(count, budget, all, small, overflowed), new SpellingEntries.Vocabulary(terms, articles));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** Starts the file the next export takes from, beside the kept one, which it replaces on commit. */
    Next next(int cap, Buckets.Layout layout, SpellingEntries.Vocabulary vocabulary) throws IOException {
        StreamedStoreFile.Writer writer = StreamedStoreFile.write(file, header);
        DataOutputStream out = writer.out();
        try {
            out.writeInt(cap);
            out.writeInt(layout.count());
            out.writeInt(layout.budget());
            for (int b = 0; b < layout.count(); b++) {
                out.writeLong(layout.all()[b]);
                out.writeLong(layout.small()[b]);
            }
            out.writeInt(layout.overflowed().size());
            for (long[] sizes : layout.overflowed()) {
                out.writeInt(sizes.length);
                for (long bytes : sizes) {
                    out.writeLong(bytes);
                }
            }
            out.writeInt(vocabulary.terms().length);
            for (int t = 0; t < vocabulary.terms().length; t++) {
                TextCodec.write(out, vocabulary.terms()[t]);
                out.writeInt(vocabulary.articles()[t]);
            }
        } catch (IOException | RuntimeException e) {
            writer.close();
            throw e;
        }
        return new Next(writer, layout.count());
    }

    /** The kept layout and terms, then each file's bytes in the order of their numbers, read from the store held whole. */
    record Kept(ByteBuffer in, Buckets.Layout layout, SpellingEntries.Vocabulary vocabulary) implements Closeable {

        byte[] file() throws IOException {
            try {
                byte[] bytes = new byte[in.getInt()];
                in.get(bytes);
                return bytes;
            } catch (java.nio.BufferUnderflowException | NegativeArraySizeException e) {
                throw new IOException("the spelling store ends before its files do", e);
            }
        }

        @Override
        public void close() {
            // Nothing is open: the store was read whole.
        }
    }

    /** This export's files, written in the order of their numbers. */
    static final class Next implements Closeable {

        private final StreamedStoreFile.Writer writer;
        private final int expected;
        private int written;

        private Next(StreamedStoreFile.Writer writer, int expected) {
            this.writer = writer;
            this.expected = expected;
        }

        void file(byte[] bytes) throws IOException {
            writer.out().writeInt(bytes.length);
            writer.out().write(bytes);
            written++;
        }

        void commit() throws IOException {
            if (written != expected) {
                throw new IllegalStateException(written + " spelling files for " + expected);
            }
            writer.commit();
        }

        /** Without a commit, the file is deleted: the kept one stays. */
        @Override
        public void close() throws IOException {
            writer.close();
        }
    }
}
