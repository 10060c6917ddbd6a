package org.warraq.search;

import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.warraq.output.StreamedStoreFile;
import org.warraq.output.TextCodec;

/**
 * The search export's drafted term entries and stems' position records, kept in the build cache from one command-line
 * build to the next (and in a temporary folder between the preview's builds), so that an edit drafts again only the
 * entries it can change: drafting every term's entry (reading its postings, scoring, tiering and writing them out) and
 * reading every stem's positions were most of the export's time, and one edited article is in about a thousand of the
 * collection's 144,000 keys at 10,000 articles.
 * <p>
 * A kept entry (and a stem's positions) is taken when the collection has as many articles as before, the same code and
 * file size cap made it, the key does not occur in any article whose indexed text changed (by a SHA-256 of each article
 * as indexing reads it), and the key's statistics (its document frequency in each sub-field, each sub-field's article
 * count and average length) mix to the same 64 bits as before. An exact term's entry also holds its stem's and
 * alternatives' postings in the term's own articles, scored with their statistics, so it needs theirs unchanged too;
 * the terms of those companions, which depend on the term alone, are kept for every exact term, so that the analyser is
 * asked only about new ones. A key that left an edited article lowers its own document frequency, so the statistics
 * catch it. A key in a changed article whose postings there are what they were (an edit elsewhere in the text) is
 * not touched either, when the article's earlier version can still be read ({@link EditedPostings}): the store keeps
 * each article's digest and excerpt cuts for that. The file ends with a CRC-32C of what comes before it, and is read
 * only when that checks out.
 */
public final class EntryStore {

    private static final String MAGIC = "warraq-search-entries";
    private static final int FORMAT = 5;
    private static final int DIGEST = 32;

    private final Path file;
    private final StreamedStoreFile.Header header;
    private final SpellingStore spelling;
    private final ExcerptStore excerpts;
    private final AtomicBoolean busy = new AtomicBoolean();
    private int kept;
    private int drafted;
    private int keptPositions;
    private int keptCompanions;

    /** @param code a digest of the code that builds, so entries drafted by other code are never taken */
    public EntryStore(Path file, String code) {
        this.file = file;
        this.header = new StreamedStoreFile.Header(MAGIC, FORMAT, code);
        this.spelling = new SpellingStore(file.resolveSibling(file.getFileName() + "-spelling"), code);
        this.excerpts = new ExcerptStore(file.resolveSibling(file.getFileName() + "-excerpts"), code);
    }

    /** The «did you mean» files' store, kept beside this one and claimed with it. */
    SpellingStore spelling() {
        return spelling;
    }

    /** What the excerpt files were made from and into, kept beside this store and claimed with it. */
    ExcerptStore excerpts() {
        return excerpts;
    }

    /**
     * Whether this export may use the store: one export at a time does (the preview may run two), and another finds
     * it busy and drafts every entry.
     */
    boolean claim() {
        return busy.compareAndSet(false, true);
    }

    void release() {
        busy.set(false);
    }

    /** Has the JVM delete the store's file, and the one being written, when it ends normally (the preview's, stopped). */
    public void deleteOnExit() {
        StreamedStoreFile.deleteOnExit(file);
        spelling.deleteOnExit();
        excerpts.deleteOnExit();
    }

    /** How many entries the last export took back. */
    public int kept() {
        return kept;
    }

    /** How many stems' positions the last export took back rather than read from the index. */
    int keptPositions() {
        return keptPositions;
    }

    /** How many exact terms' companions the last export took from the store rather than from the analyser. */
    int keptCompanions() {
        return keptCompanions;
    }

    /** How many «did you mean» files the last export took from the store. */
    public int keptSpellingFiles() {
        return spelling.taken();
    }

    /** How many «did you mean» files the last export made. */
    public int madeSpellingFiles() {
        return spelling.made();
    }

    /** How many entries the last export drafted. */
    public int drafted() {
        return drafted;
    }

    /**
     * What the last export left, or null when there is nothing to take: no file, a damaged one, one made by other code,
     * with another cap or for another number of articles.
     *
     * @param docs the SHA-256 of each article as indexing reads it, by document number
     */
    Previous previous(int cap, byte[][] docs) {
        keptCompanions = 0;
        DataInputStream in = null;
        try {
            in = StreamedStoreFile.open(file, header);
            if (in == null) {
                return null;
            }
            if (in.readInt() != cap || in.readInt() != docs.length) {
                in.close();
                return null;
            }
            List<EditedPostings.Before> before = new ArrayList<>();
            for (int doc = 0; doc < docs.length; doc++) {
                byte[] digest = new byte[DIGEST];
                in.readFully(digest);
                int[] cuts = new int[in.readUnsignedByte()];
                for (int c = 0; c < cuts.length; c++) {
                    cuts[c] = in.readInt();
                }
                if (!Arrays.equals(digest, docs[doc])) {
                    before.add(new EditedPostings.Before(doc, digest, cuts));
                }
            }
            return new Previous(in, before);
        } catch (IOException e) {
            StreamedStoreFile.closeQuietly(in);
            return null;
        }
    }

    /** Starts the file the next export takes back from: written beside the kept one, which it replaces on commit. */
    Next next(int cap, byte[][] docs, ExcerptParts parts, List<KeyPostings> keys) throws IOException {
        kept = 0;
        drafted = 0;
        keptPositions = 0;
        StreamedStoreFile.Writer writer = StreamedStoreFile.write(file, header);
        DataOutputStream out = writer.out();
        try {
            out.writeInt(cap);
            out.writeInt(docs.length);
            for (int doc = 0; doc < docs.length; doc++) {
                out.write(docs[doc]);
                int[] cuts = parts.cutPositions(doc);
                out.writeByte(cuts.length);
                for (int cut : cuts) {
                    out.writeInt(cut);
                }
            }
            out.writeInt(keys.size());
            for (KeyPostings k : keys) {
                TextCodec.write(out, k.key());
                out.writeLong(k.statistics);
                if (k.exact) {
                    // A term with no companions keeps none: the next export asks the analyser again.
                    out.writeInt(k.companions.isEmpty() ? -1 : k.companions.size());
                    for (KeyPostings c : k.companions) {
                        TextCodec.write(out, c.term);
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            writer.close();
            throw e;
        }
        return new Next(writer, keys.size(), (int) keys.stream().filter(k -> !k.exact).count());
    }

    /** The last export's entries, read in key order. */
    final class Previous implements Closeable {

        private final DataInputStream in;
        private final int[] changed;
        private final List<EditedPostings.Before> before;
        private int records = -1;
        private int stems;
        /** The next stem's positions to read, then the next long stem's records, then the next entry. */
        private int nextStem;
        private int larges;
        private int nextLarge = -1;
        private int next;

        private Previous(DataInputStream in, List<EditedPostings.Before> before) {
            this.in = in;
            this.before = List.copyOf(before);
            this.changed = before.stream().mapToInt(EditedPostings.Before::doc).toArray();
        }

        /** The articles whose indexed text changed, ascending. */
        int[] changed() {
            return changed;
        }

        /** What the last export knew of each article that {@link #changed}, in the same order. */
        List<EditedPostings.Before> before() {
            return before;
        }

        /**
         * Finds each key's entry among the last export's: where it is, the statistics kept with it, and an exact term's
         * companions' terms. Nothing is taken yet: see {@link #settle}.
         *
         * @param keys every key of this export, in key order
         */
        void find(List<KeyPostings> keys) throws IOException {
            records = in.readInt();
            int at = 0;
            for (int i = 0; i < records; i++) {
                String key = TextCodec.read(in);
                long statistics = in.readLong();
                List<String> companions = KeyPostings.isStemKey(key) ? null : companions();
                int stem = KeyPostings.isStemKey(key) ? stems++ : -1;
                while (at < keys.size() && keys.get(at).key().compareTo(key) < 0) {
                    at++;
                }
                if (at < keys.size() && keys.get(at).key().equals(key)) {
                    KeyPostings k = keys.get(at);
                    k.keptAt = i;
                    k.keptStemAt = stem;
                    k.keptStatistics = statistics;
                    k.keptCompanions = companions;
                    keptCompanions += companions == null ? 0 : 1;
                }
            }
        }

        private List<String> companions() throws IOException {
            int count = in.readInt();
            if (count < 0) {
                return null;
            }
            List<String> terms = new ArrayList<>(count);
            for (int c = 0; c < count; c++) {
                terms.add(TextCodec.read(in));
            }
            return terms;
        }

        /**
         * Once every key's statistics are complete (an exact term's count its companions): marks each key whose
         * statistics are the ones kept with its entry, and, unless it is {@link KeyPostings#touched}, its entry as one to
         * take back when the entries of its companions, whose postings it holds, have theirs too, and their postings
         * are untouched in the changed articles it is in.
         */
        static void settle(List<KeyPostings> keys) {
            for (KeyPostings k : keys) {
                k.sameStatistics = k.keptAt >= 0 && k.statistics == k.keptStatistics;
                k.kept = k.sameStatistics && !k.touched;
            }
            for (KeyPostings k : keys) {
                // In an article that changed, the entry holds its companions' postings there too.
                k.kept &= k.companions.stream().allMatch(c -> c.sameStatistics && !(k.inChanged && c.touched));
            }
        }

        /** The kept positions of a stem {@link #settle} marked kept; stems are asked for in key order. */
        PositionFiles.Kept positions(KeyPostings k) throws IOException {
            if (!k.kept || k.keptStemAt < nextStem || nextLarge >= 0) {
                throw new IllegalStateException("«" + k.term + "» asked for out of order or not kept");
            }
            while (nextStem < k.keptStemAt) {
                positionsRecord();
            }
            return positionsRecord();
        }

        /**
         * The contents of the run of files of a long stem whose kept positions said so; asked for in key order, after
         * every stem's positions.
         */
        List<byte[]> run(PositionFiles.Kept kept) throws IOException {
            endPositions();
            if (kept.large() < nextLarge) {
                throw new IllegalStateException("a long stem's run asked for out of order");
            }
            while (nextLarge < kept.large()) {
                readRun();
            }
            return readRun();
        }

        private PositionFiles.Kept positionsRecord() throws IOException {
            nextStem++;
            int kind = in.readByte();
            return switch (kind) {
                case 0 -> PositionFiles.Kept.NONE;
                case 1 -> new PositionFiles.Kept(TextCodec.read(in), 0, -1);
                case 2 -> new PositionFiles.Kept(null, in.readLong(), larges++);
                default -> throw new IOException("not a kind of positions: " + kind);
            };
        }

        private void endPositions() throws IOException {
            if (nextLarge < 0) {
                while (nextStem < stems) {
                    positionsRecord();
                }
                nextLarge = 0;
            }
        }

        private List<byte[]> readRun() throws IOException {
            nextLarge++;
            int n = in.readInt();
            List<byte[]> files = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                files.add(TextCodec.readUtf8(in));
            }
            return files;
        }

        /** The kept entry of a key {@link #settle} marked kept; keys are asked for in key order, after the positions. */
        TermDraft draft(KeyPostings k) throws IOException {
            if (!k.kept || k.keptAt < next) {
                throw new IllegalStateException("«" + k.term + "» asked for out of order or not kept");
            }
            endPositions();
            while (nextLarge < larges) {
                readRun();
            }
            while (next < k.keptAt) {
                skip();
                next++;
            }
            next++;
            String head = TextCodec.read(in);
            int count = in.readInt();
            List<byte[]> tiers = new ArrayList<>(count);
            for (int t = 0; t < count; t++) {
                tiers.add(TextCodec.readUtf8(in));
            }
            String tail = TextCodec.read(in);
            return new TermDraft(head, tiers, tail, in.readInt());
        }

        private void skip() throws IOException {
            TextCodec.skip(in);
            int count = in.readInt();
            for (int t = 0; t < count; t++) {
                TextCodec.skip(in);
            }
            TextCodec.skip(in);
            in.readInt();
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }

    /** The entries of this export, written in key order. */
    final class Next implements Closeable {

        private final StreamedStoreFile.Writer writer;
        private final DataOutputStream out;
        private final int expected;
        private final int expectedStems;
        private int stems;
        private int larges;
        private int largeRecords;
        private int written;

        private Next(StreamedStoreFile.Writer writer, int expected, int expectedStems) {
            this.writer = writer;
            this.out = writer.out();
            this.expected = expected;
            this.expectedStems = expectedStems;
        }

        /**
         * The positions of the next stem in key order: none, a record of a bucket, or a long stem's length; {@code taken}
         * when they came from the last export.
         */
        void positions(Object made, boolean taken) throws IOException {
            if (taken) {
                keptPositions++;
            }
            if (made == null) {
                out.writeByte(0);
            } else if (made instanceof String records) {
                out.writeByte(1);
                TextCodec.write(out, records);
            } else {
                out.writeByte(2);
                out.writeLong((Long) made);
                larges++;
            }
            stems++;
        }

        /** The contents of the next long stem's run of files in key order, once every stem's positions are written. */
        void run(List<byte[]> files) throws IOException {
            out.writeInt(files.size());
            for (byte[] file : files) {
                TextCodec.writeUtf8(out, file);
            }
            largeRecords++;
        }

        /** The entry of the next key in key order; {@code taken} when it came from the last export. */
        void add(TermDraft draft, boolean taken) throws IOException {
            if (stems != expectedStems || largeRecords != larges) {
                throw new IllegalStateException(stems + " stems' positions for " + expectedStems + " stems, "
                        + largeRecords + " long stems' records for " + larges);
            }
            TextCodec.write(out, draft.head());
            out.writeInt(draft.tiers().size());
            for (byte[] tier : draft.tiers()) {
                TextCodec.writeUtf8(out, tier);
            }
            TextCodec.write(out, draft.tail());
            out.writeInt(draft.articles());
            written++;
            if (taken) {
                kept++;
            } else {
                drafted++;
            }
        }

        /** Ends the file and puts it in the kept one's place. */
        void commit() throws IOException {
            if (written != expected) {
                throw new IllegalStateException(written + " entries for " + expected + " keys");
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
