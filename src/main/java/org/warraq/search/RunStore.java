package org.warraq.search;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
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
import org.apache.lucene.store.Directory;
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
 * digest of everything that went into it, holding its Lucene index and a checksummed file of words and excerpt parts;
 * a folder has its name only once it is complete, and one found damaged is indexed again. The merged index is the one
 * a single writer makes, whichever runs were taken back ({@code RunStoreTest}).
 */
public final class RunStore {

    static final int ARTICLES_PER_RUN = SearchIndex.ARTICLES_PER_PART;
    private static final int FORMAT = 1;
    private static final String WORDS = "run";
    private static final String INDEX = "index";

    private final Path folder;
    private final String code;
    private final int size;
    private final Set<String> used = ConcurrentHashMap.newKeySet();
    private final AtomicInteger taken = new AtomicInteger();
    private final AtomicInteger damaged = new AtomicInteger();

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
        int[] bounds = SearchIndex.runBounds(index.size(), size);
        Directory[] out = new Directory[bounds.length - 1];
        // Stems and alternatives read back are shared, as the analyser shares them: they would be most of the lexicon.
        Map<String, String> shared = new ConcurrentHashMap<>();
        try {
            IntStream.range(0, out.length).parallel().forEach(k -> {
                try {
                    out[k] = run(index, bounds[k], bounds[k + 1], shared);
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

    private Directory run(SearchIndex index, int from, int to, Map<String, String> shared) throws IOException {
        String key = key(index, from, to);
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
        try (Directory made = SearchIndex.onDisk(fresh.resolve(INDEX))) {
            index.index(from, to, made);
        }
        Files.write(fresh.resolve(WORDS), Checksum.appended(encode(index, from, to)));
        Files.move(fresh, dir, StandardCopyOption.ATOMIC_MOVE);
        return SearchIndex.onDisk(dir.resolve(INDEX));
    }

    /** Reads back a kept run's words and excerpt parts into {@code index}; false when the run is damaged. */
    private boolean takeBack(SearchIndex index, int from, int to, Path dir, Map<String, String> shared) {
        try {
            byte[] bytes = Files.readAllBytes(dir.resolve(WORDS));
            int payload = Checksum.covered(bytes);
            if (payload < 0) {
                return false;
            }
            try (Directory lucene = SearchIndex.onDisk(dir.resolve(INDEX)); DirectoryReader reader = DirectoryReader.open(lucene)) {
                if (reader.maxDoc() != to - from || reader.numDocs() != to - from) {
                    return false;
                }
            }
            decode(index, from, to, bytes, payload, shared);
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
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

    private static void decode(SearchIndex index, int from, int to, byte[] bytes, int length, Map<String, String> shared)
            throws IOException {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes, 0, length))) {
            if (in.readInt() != FORMAT || in.readInt() != to - from) {
                throw new IOException("another run");
            }
            int entries = in.readInt();
            int[] global = new int[entries];
            Lexicon lexicon = index.lexicon();
            for (int i = 0; i < entries; i++) {
                String surface = in.readUTF();
                String stem = shared.computeIfAbsent(in.readUTF(), x -> x);
                int count = in.readInt();
                List<String> alternatives = new ArrayList<>(count);
                for (int j = 0; j < count; j++) {
                    alternatives.add(shared.computeIfAbsent(in.readUTF(), x -> x));
                }
                global[i] = lexicon.number(new AnalyzedToken(0, surface, stem, alternatives, 0, 0));
            }
            byte[][] words = new byte[to - from][];
            for (int i = 0; i < words.length; i++) {
                words[i] = in.readNBytes(in.readInt());
            }
            ExcerptParts.Cuts[] cuts = new ExcerptParts.Cuts[to - from];
            for (int i = 0; i < cuts.length; i++) {
                int[] positions = readInts(in);
                int[] offsets = readInts(in);
                cuts[i] = positions.length == 0 && offsets.length == 0 ? ExcerptParts.Cuts.NONE : new ExcerptParts.Cuts(positions, offsets);
            }
            if (in.read() != -1) {
                throw new IOException("bytes after the run");
            }
            for (int i = 0; i < words.length; i++) {
                index.putWords(from + i, ArticleWords.renumbered(words[i], l -> global[l]));
                index.cuts(from + i, cuts[i]);
            }
        }
    }

    /** A digest of everything indexing reads of the articles from {@code from} to {@code to}, in order, and of the code. */
    private String key(SearchIndex index, int from, int to) {
        // The run's place counted from the oldest article, so that two runs of one build never share a key.
        Digest digest = new Digest().text("warraq-index-run " + FORMAT + " " + code + " " + (index.size() - to));
        for (int doc = from; doc < to; doc++) {
            SearchIndex.indexed(index.articles().get(doc), digest);
        }
        return digest.hex();
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
