package org.warraq.search;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.IOUtils;
import org.warraq.output.Checksum;
import org.warraq.output.Digest;
import org.warraq.output.Publisher;
import org.warraq.search.analysis.AnalyzedToken;
import org.warraq.search.analysis.Lexicon;

/**
 * The search index's runs of articles kept in a folder from one command-line build to the next (the build cache), as
 * {@link SearchIndex.Runs} keeps them between the preview's builds: a run whose articles would be indexed the same
 * (the same texts, tags, category, authors and year, in the same order, by the same code) is taken
 * back with its articles' words and excerpt parts, and only the runs an edit touched are analysed again. Runs are
 * counted from the oldest article, so a new article changes the newest run alone (a deleted or back-dated one moves
 * the runs newer than it). Each run is a folder named by the
 * digest of everything that went into it, holding its Lucene index, a checksummed file of words and excerpt parts, and
 * one of its articles' digests; a folder has its name only once it is complete, and one found damaged is indexed again.
 * A run an edit touched is made from the kept run with most of its articles, only the others indexed
 * ({@link RunSplice}). The runs, read where they are as one index ({@link CompositeLeaf}), give what a single writer's
 * index gives, whichever runs were taken back ({@code RunStoreTest}); a run taken back has its files checked against
 * their checksums first, as a merge would check them.
 */
public final class RunStore {

    static final int ARTICLES_PER_RUN = SearchIndex.ARTICLES_PER_PART;
    private static final int FORMAT = 2;
    private static final String WORDS = "run";
    private static final String INDEX = "index";
    private static final String DOCS = "docs";
    private static final int DIGEST = 32;

    private final Path folder;
    private final String code;
    private final int size;
    private final Set<String> used = ConcurrentHashMap.newKeySet();
    private final AtomicInteger taken = new AtomicInteger();
    private final AtomicInteger damaged = new AtomicInteger();
    private final AtomicInteger spliced = new AtomicInteger();
    private final AtomicInteger wordsRead = new AtomicInteger();
    /** The kept runs to make runs from, read once a build needs them; null until then. */
    private Donors donors;

    /** @param code a digest of the code that builds, so runs indexed by other code are never taken */
    public RunStore(Path folder, String code) {
        this(folder, code, ARTICLES_PER_RUN);
    }

    RunStore(Path folder, String code, int size) {
        this.folder = folder;
        this.code = code;
        this.size = size;
    }

    /** How many runs the builds that used this store took back rather than indexed. */
    int taken() {
        return taken.get();
    }

    /** How many runs the builds that used this store made from a kept run, indexing only the articles it did not have. */
    int spliced() {
        return spliced.get();
    }

    /** How many runs taken back had their words read, when an article's were asked for. */
    int wordsRead() {
        return wordsRead.get();
    }

    /** How many kept runs were found damaged and indexed again. */
    public int damaged() {
        return damaged.get();
    }

    /** After a build that succeeded: the runs it did not use go (and anything a killed build left half made). */
    public void removeUnused() throws IOException {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> runs = Files.list(folder)) {
            for (Path run : runs.toList()) {
                if (!used.contains(run.getFileName().toString())) {
                    Publisher.deleteTree(run);
                }
            }
        }
    }

    /** Drops every kept run. */
    public void clear() throws IOException {
        used.clear();
        removeUnused();
    }

    /** The runs' indexes for {@code index}, in document order, each taken back or made; fills in its words and excerpt parts. */
    Directory[] indexes(SearchIndex index) throws IOException {
        Files.createDirectories(folder);
        synchronized (this) {
            donors = null;
        }
        int[] bounds = SearchIndex.runBounds(index.size(), size);
        Directory[] out = new Directory[bounds.length - 1];
        // Stems and alternatives read back are shared, as the analyser shares them: they would be most of the lexicon.
        Map<String, String> shared = new ConcurrentHashMap<>();
        byte[][] digests = index.digests();
        try {
            IntStream.range(0, out.length).parallel().forEach(k -> {
                try {
                    out[k] = run(index, bounds[k], bounds[k + 1], digests, shared);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (RuntimeException e) {
            for (Directory opened : out) {
                if (opened != null) {
                    try {
                        opened.close();
                    } catch (IOException suppressed) {
                        e.addSuppressed(suppressed);
                    }
                }
            }
            throw e;
        }
        return out;
    }

    private Directory run(SearchIndex index, int from, int to, byte[][] digests, Map<String, String> shared) throws IOException {
        String key = key(index.size() - to, digests, from, to);
        used.add(key);
        Path dir = folder.resolve(key);
        if (Files.isDirectory(dir)) {
            if (takeBack(index, from, to, dir, shared)) {
                taken.incrementAndGet();
                return SearchIndex.onDisk(dir.resolve(INDEX));
            }
            damaged.incrementAndGet();
            Publisher.deleteTree(dir);
        }
        Path fresh = folder.resolve(key + ".new");
        Publisher.deleteTree(fresh);
        List<ByteBuffer> docs = docs(digests, from, to);
        if (spliced(index, from, docs, fresh, shared)) {
            spliced.incrementAndGet();
        } else {
            Publisher.deleteTree(fresh);
            try (Directory made = SearchIndex.onDisk(fresh.resolve(INDEX))) {
                index.index(from, to, made);
            }
        }
        Files.write(fresh.resolve(WORDS), Checksum.appended(encode(index, from, to)));
        Files.write(fresh.resolve(DOCS), Checksum.appended(encodeDocs(docs)));
        Files.move(fresh, dir, StandardCopyOption.ATOMIC_MOVE);
        return SearchIndex.onDisk(dir.resolve(INDEX));
    }

    /**
     * Reads back a kept run's excerpt parts into {@code index}, and its words when they are first asked for (after an
     * edit, the analysis asks for a few articles'; decoding every run's words was half the index stage's CPU); false
     * when the run is damaged.
     */
    private boolean takeBack(SearchIndex index, int from, int to, Path dir, Map<String, String> shared) {
        try {
            Taken taken = read(index, dir, to - from, shared, false);
            if (taken == null) {
                return false;
            }
            Runnable words = new DeferredWords(index, from, to, dir, shared);
            for (int i = 0; i < to - from; i++) {
                index.cuts(from + i, taken.cuts()[i]);
                index.deferWords(from + i, words);
            }
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** A kept run's words, read into the index once, when one of its articles' is first asked for. */
    private final class DeferredWords implements Runnable {
        private final SearchIndex index;
        private final int from;
        private final int to;
        private final Path dir;
        private final Map<String, String> shared;
        private boolean read;

        DeferredWords(SearchIndex index, int from, int to, Path dir, Map<String, String> shared) {
            this.index = index;
            this.from = from;
            this.to = to;
            this.dir = dir;
            this.shared = shared;
        }

        @Override
        public synchronized void run() {
            if (read) {
                return;
            }
            try {
                Taken taken = read(index, dir, to - from, shared, true);
                if (taken == null) {
                    throw new IOException("it no longer checks out");
                }
                for (int i = 0; i < to - from; i++) {
                    index.keepDeferred(from + i, taken.words()[i]);
                }
                read = true;
                wordsRead.incrementAndGet();
            } catch (IOException e) {
                throw new UncheckedIOException("the build cache's index run " + dir + " could not be read again: " + e.getMessage(), e);
            }
        }
    }

    /** A kept run's words, numbered in the build's lexicon, and excerpt parts, by document. */
    private record Taken(byte[][] words, ExcerptParts.Cuts[] cuts) {

        void put(SearchIndex index, int doc, int kept) {
            index.putWords(doc, words[kept]);
            index.cuts(doc, cuts[kept]);
        }
    }

    /**
     * The words (unless not {@code words}: null then) and excerpt parts of the run kept in {@code dir}, which has
     * {@code size} articles; null when it is damaged.
     */
    private static Taken read(SearchIndex index, Path dir, int size, Map<String, String> shared, boolean words) throws IOException {
        // The words' file first: opening the index of a run deleted meanwhile would make its folder again.
        byte[] bytes = Files.readAllBytes(dir.resolve(WORDS));
        int payload = Checksum.covered(bytes);
        if (payload < 0) {
            return null;
        }
        try (Directory lucene = SearchIndex.onDisk(dir.resolve(INDEX)); DirectoryReader reader = DirectoryReader.open(lucene)) {
            if (reader.maxDoc() != size || reader.numDocs() != size) {
                return null;
            }
            // A run taken back is read where it is, not merged, so nothing else reads all its bytes: its files are checked here.
            for (LeafReaderContext leaf : reader.leaves()) {
                leaf.reader().checkIntegrity();
            }
        }
        return decode(index, size, bytes, payload, shared, words);
    }

    /**
     * Makes the run in {@code fresh} from the kept run, by this code, with most of the run's articles, indexing only the
     * others; false when no kept run has half of them, or the one that has is damaged.
     */
    private boolean spliced(SearchIndex index, int from, List<ByteBuffer> docs, Path fresh,
                            Map<String, String> shared) {
        try {
            Donor donor = donors().best(docs);
            RunSplice splice = donor == null ? null : RunSplice.plan(donor.docs(), docs);
            if (splice == null) {
                return false;
            }
            Taken taken = read(index, donor.dir(), donor.docs().size(), shared, true);
            if (taken == null) {
                return false;
            }
            try (Directory kept = SearchIndex.onDisk(donor.dir().resolve(INDEX));
                 Directory out = SearchIndex.onDisk(fresh.resolve(INDEX))) {
                splice.make(index, from, kept, out);
            }
            for (int i = 0; i < docs.size(); i++) {
                if (splice.source(i) >= 0) {
                    taken.put(index, from + i, splice.source(i));
                }
            }
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /**
     * The document of the article whose indexed text has {@code digest} in a kept run that has it, for comparing an edited
     * article with its earlier version ({@link EditedPostings}); null when no kept run has it or the one that has cannot
     * be read. Its reader is the caller's to close.
     */
    EditedPostings.Earlier earlier(byte[] digest) {
        Directory lucene = null;
        DirectoryReader reader = null;
        try {
            ByteBuffer key = ByteBuffer.wrap(digest);
            Donors all = donors();
            Integer run = all.holder.get(key);
            if (run == null) {
                return null;
            }
            Donor donor = all.runs.get(run);
            int doc = donor.docs().indexOf(key);
            lucene = SearchIndex.onDisk(donor.dir().resolve(INDEX));
            reader = DirectoryReader.open(lucene);
            if (reader.maxDoc() != donor.docs().size() || reader.numDocs() != reader.maxDoc()) {
                IOUtils.close(reader, lucene);
                return null;
            }
            LeafReaderContext leaf = reader.leaves().get(ReaderUtil.subIndex(doc, reader.leaves()));
            DirectoryReader opened = reader;
            Directory index = lucene;
            return new EditedPostings.Earlier(leaf.reader(), doc - leaf.docBase, () -> IOUtils.close(opened, index));
        } catch (IOException | RuntimeException e) {
            IOUtils.closeWhileHandlingException(reader, lucene);
            return null;
        }
    }

    /** A kept run and its articles' digests. */
    private record Donor(Path dir, List<ByteBuffer> docs) {
    }

    /** The kept runs, read when a build first needs one to make a run from. */
    private synchronized Donors donors() throws IOException {
        if (donors == null) {
            donors = new Donors();
        }
        return donors;
    }

    /**
     * The kept runs by this code, each with its articles' digests, and which run holds each article: finding the run
     * that has the most of a run's articles costs a look-up per article, however many runs are kept.
     */
    private final class Donors {

        private final List<Donor> runs = new ArrayList<>();
        private final Map<ByteBuffer, Integer> holder = new HashMap<>();

        Donors() throws IOException {
            List<Path> dirs;
            try (Stream<Path> listed = Files.list(folder)) {
                dirs = listed.filter(p -> !p.getFileName().toString().endsWith(".new")).sorted().toList();
            }
            for (Path dir : dirs) {
                List<ByteBuffer> kept = readDocs(dir.resolve(DOCS));
                if (kept != null) {
                    for (ByteBuffer doc : kept) {
                        holder.putIfAbsent(doc, runs.size());
                    }
                    runs.add(new Donor(dir, kept));
                }
            }
        }

        /** The kept run that has the most of {@code docs}' articles, at least half of them; null when none has. */
        Donor best(List<ByteBuffer> docs) {
            Map<Integer, Integer> shared = new HashMap<>();
            for (ByteBuffer doc : docs) {
                Integer run = holder.get(doc);
                if (run != null) {
                    shared.merge(run, 1, Integer::sum);
                }
            }
            int best = -1;
            int most = (docs.size() + 1) / 2 - 1;
            for (Map.Entry<Integer, Integer> e : shared.entrySet()) {
                if (e.getValue() > most || e.getValue() == most && best >= 0 && e.getKey() < best) {
                    best = e.getKey();
                    most = e.getValue();
                }
            }
            return best < 0 ? null : runs.get(best);
        }
    }

    private static List<ByteBuffer> docs(byte[][] digests, int from, int to) {
        List<ByteBuffer> docs = new ArrayList<>(to - from);
        for (int doc = from; doc < to; doc++) {
            docs.add(ByteBuffer.wrap(digests[doc]));
        }
        return docs;
    }

    private byte[] encodeDocs(List<ByteBuffer> docs) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(16 + docs.size() * DIGEST);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(FORMAT);
            out.writeUTF(code);
            out.writeInt(docs.size());
            for (ByteBuffer doc : docs) {
                out.write(doc.array());
            }
        }
        return bytes.toByteArray();
    }

    /** A kept run's articles' digests; null when the file is missing, damaged or written by other code. */
    private List<ByteBuffer> readDocs(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            int payload = Checksum.covered(bytes);
            if (payload < 0) {
                return null;
            }
            try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes, 0, payload))) {
                if (in.readInt() != FORMAT || !in.readUTF().equals(code)) {
                    return null;
                }
                int count = in.readInt();
                List<ByteBuffer> docs = new ArrayList<>(count);
                for (int i = 0; i < count; i++) {
                    docs.add(ByteBuffer.wrap(in.readNBytes(DIGEST)));
                }
                return in.read() == -1 ? docs : null;
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * The run's words renumbered in a lexicon of its own (the build's numbers mean nothing to the next), that lexicon,
     * and its excerpt parts.
     */
    private static byte[] encode(SearchIndex index, int from, int to) throws IOException {
        Map<Integer, Integer> local = new HashMap<>();
        List<Integer> globals = new ArrayList<>();
        byte[][] words = new byte[to - from][];
        for (int doc = from; doc < to; doc++) {
            words[doc - from] = ArticleWords.renumbered(index.wordBytes(doc), g -> local.computeIfAbsent(g, x -> {
                globals.add(x);
                return globals.size() - 1;
            }));
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(FORMAT);
            out.writeInt(to - from);
            out.writeInt(globals.size());
            Lexicon lexicon = index.lexicon();
            for (int g : globals) {
                AnalyzedToken word = lexicon.word(g, 0, 0, 0);
                out.writeUTF(word.surface());
                out.writeUTF(word.stem());
                out.writeInt(word.alternatives().size());
                for (String alternative : word.alternatives()) {
                    out.writeUTF(alternative);
                }
            }
            for (byte[] w : words) {
                out.writeInt(w.length);
                out.write(w);
            }
            for (int doc = from; doc < to; doc++) {
                ExcerptParts.Cuts cuts = index.cuts(doc);
                writeInts(out, cuts.positions());
                writeInts(out, cuts.offsets());
            }
        }
        return bytes.toByteArray();
    }

    private static Taken decode(SearchIndex index, int size, byte[] bytes, int length, Map<String, String> shared, boolean read)
            throws IOException {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes, 0, length))) {
            if (in.readInt() != FORMAT || in.readInt() != size) {
                throw new IOException("another run");
            }
            int entries = in.readInt();
            int[] global = new int[read ? entries : 0];
            Lexicon lexicon = index.lexicon();
            for (int i = 0; i < entries; i++) {
                if (!read) {
                    skipUTF(in);
                    skipUTF(in);
                    for (int j = in.readInt(); j > 0; j--) {
                        skipUTF(in);
                    }
                    continue;
                }
                String surface = in.readUTF();
                String stem = shared.computeIfAbsent(in.readUTF(), x -> x);
                int count = in.readInt();
                List<String> alternatives = new ArrayList<>(count);
                for (int j = 0; j < count; j++) {
                    alternatives.add(shared.computeIfAbsent(in.readUTF(), x -> x));
                }
                global[i] = lexicon.number(new AnalyzedToken(0, surface, stem, alternatives, 0, 0));
            }
            byte[][] words = read ? new byte[size][] : null;
            for (int i = 0; i < size; i++) {
                int count = in.readInt();
                if (read) {
                    words[i] = in.readNBytes(count);
                } else if (in.skipBytes(count) != count) {
                    throw new IOException("the run's words end early");
                }
            }
            ExcerptParts.Cuts[] cuts = new ExcerptParts.Cuts[size];
            for (int i = 0; i < cuts.length; i++) {
                int[] positions = readInts(in);
                int[] offsets = readInts(in);
                cuts[i] = positions.length == 0 && offsets.length == 0 ? ExcerptParts.Cuts.NONE : new ExcerptParts.Cuts(positions, offsets);
            }
            if (in.read() != -1) {
                throw new IOException("bytes after the run");
            }
            for (int i = 0; read && i < words.length; i++) {
                words[i] = ArticleWords.renumbered(words[i], l -> global[l]);
            }
            return new Taken(words, cuts);
        }
    }

    /**
     * A digest of everything indexing reads of the articles from {@code from} to {@code to}, in order, and of the code;
     * {@code place} is the run's counted from the oldest article, so that two runs of one build never share a key.
     */
    private String key(int place, byte[][] digests, int from, int to) {
        Digest digest = new Digest().text("warraq-index-run " + FORMAT + " " + code + " " + place);
        for (int doc = from; doc < to; doc++) {
            digest.bytes(digests[doc], 0, digests[doc].length);
        }
        return digest.hex();
    }

    private static void skipUTF(DataInputStream in) throws IOException {
        int length = in.readUnsignedShort();
        if (in.skipBytes(length) != length) {
            throw new IOException("the run's lexicon ends early");
        }
    }

    private static void writeInts(DataOutputStream out, int[] values) throws IOException {
        out.writeInt(values.length);
        for (int v : values) {
            out.writeInt(v);
        }
    }

    private static int[] readInts(DataInputStream in) throws IOException {
        int[] values = new int[in.readInt()];
        for (int i = 0; i < values.length; i++) {
            values[i] = in.readInt();
        }
        return values;
    }
}
