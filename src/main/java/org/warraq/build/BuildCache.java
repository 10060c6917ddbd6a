package org.warraq.build;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.warraq.analysis.AnalysisStore;
import org.warraq.content.Article;
import org.warraq.content.ContentFormat;
import org.warraq.content.LoadedFiles;
import org.warraq.content.StoredText;
import org.warraq.markdown.BodyLinks;
import org.warraq.markdown.BodyRenderer;
import org.warraq.markdown.RenderedBody;
import org.warraq.output.Checksum;
import org.warraq.output.Digest;
import org.warraq.search.EntryStore;
import org.warraq.search.RunStore;

/**
 * What one command-line build hands to the next on disk: every article's rendered body, the search index's runs
 * of articles with their analysed words ({@link RunStore}), the two costliest stages an article has on its own, and
 * what each page was rendered from ({@link PageRecords}), so that a page whose inputs did not change is taken back, and
 * the replaced site's files that the new site has unchanged, which the publisher stages the next build into. A
 * body is found by a digest of all its rendering reads: the source text, its format and first line, the page's
 * depth, the base URL, the renderer's settings, and, for the whole cache, the code that renders (the entries of the
 * jar or the classes Warraq runs from, the names of the libraries beside it, the Java version). A body or a run
 * therefore comes back only where making it again would make the same, and a build that uses the cache makes the
 * same bytes as a clean build ({@code BuildCacheTest}, {@code CachedBuildTest}).
 *
 * <p>Bodies are appended to one pack file, as the spool appends, and found through an index written when the
 * build ends: after a build that succeeded it lists the bodies that build used, so bodies nothing reads any more
 * drop out, and the pack is written afresh once most of it is such bodies; the runs it did not use go too. A build
 * that failed lists what it rendered beside what was there, and leaves every run. Nothing here fails a build: a
 * damaged body, run or index, an index written by other code, or a cache another build is using all mean doing the
 * work again, with a warning where the editor should know.
 */
public final class BuildCache implements AutoCloseable {

    private static final String MAGIC = "warraq-body-cache";
    private static final int FORMAT = 1;
    private static final String INDEX = "index";
    private static final String LOCK = "lock";
    private static final String RUNS = "index-runs";
    private static final String PAGES = "pages";
    private static final String PREVIOUS_SITE = "previous-site";
    private static final String ENTRIES = "search-entries";
    private static final String ANALYSIS = "analysis";
    private static final String SOURCES = "sources";
    private static final String SOURCES_NEXT = "sources.next";
    private static final String SOURCES_MAGIC = "warraq-loaded-sources";
    private static final int SOURCES_FORMAT = 1;
    private static final String CLOCK = "clock";

    private record Entry(long offset, int length) {
    }

    private final Path dir;
    private final String code;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final Map<String, Entry> known;
    private final RunStore runs;
    private final EntryStore entries;
    private final AnalysisStore analysis;
    private final PageRecords pages;
    private final Map<String, Entry> used = new ConcurrentHashMap<>();
    private final Map<String, Entry> fresh = new ConcurrentHashMap<>();
    /**
     * What {@link #body} learnt of each Markdown article's links, for the site checks, which then need neither read the
     * body back from the spool (for the links' key) nor parse it again (for the links).
     */
    private final Map<Article, Found> found = Collections.synchronizedMap(new IdentityHashMap<>());

    /** An article's links key (null without a cache) and the links its rendering found (null when it found none). */
    private record Found(String key, List<BodyLinks.Target> links) {
    }
    private final AtomicInteger hits = new AtomicInteger();
    private final AtomicInteger damaged = new AtomicInteger();
    private LoadedFiles sources;
    private boolean sourcesTaken;
    private boolean sourcesWritten;
    private int unreadSources;
    /** The file system's time when this build began to look at the sources, in nanoseconds; see {@link LoadedFiles#write}. */
    private long sourcesBefore = Long.MIN_VALUE;
    private long generation;
    private FileChannel pack;
    private long end;
    private boolean written;
    private boolean closed;

    private BuildCache(Path dir, String code, FileChannel lockChannel, FileLock lock, Map<String, Entry> known, long generation,
                      FileChannel pack, long end) {
        this.dir = dir;
        this.code = code;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.known = known;
        this.runs = dir == null ? null : new RunStore(dir.resolve(RUNS), code);
        this.entries = dir == null ? null : new EntryStore(dir.resolve(ENTRIES), code);
        this.analysis = dir == null ? null : new AnalysisStore(dir.resolve(ANALYSIS), code);
        this.pages = dir == null ? PageRecords.none() : PageRecords.read(dir.resolve(PAGES), code);
        this.generation = generation;
        this.pack = pack;
        this.end = end;
    }

    /** A cache that holds nothing and keeps nothing: every body is rendered. */
    public static BuildCache off() {
        return new BuildCache(null, "", null, null, Map.of(), 0, null, 0);
    }

    /**
     * The cache in {@code dir}, made if missing, held by this build until {@link #close}. When it cannot be used (the
     * folder cannot be made or written, another build holds it), {@code warn} is told why and the cache is {@link #off}.
     */
    public static BuildCache open(Path dir, java.util.function.Consumer<String> warn) {
        return open(dir, null, warn);
    }

    /** As {@link #open(Path, java.util.function.Consumer)}, for the code {@code code} (null: the code running). */
    static BuildCache open(Path dir, String code, java.util.function.Consumer<String> warn) {
        FileChannel lockChannel = null;
        try {
            Files.createDirectories(dir);
            lockChannel = FileChannel.open(dir.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = lockChannel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                lockChannel.close();
                warn.accept("another build is using the build cache " + dir + "; this one renders and indexes every article");
                return off();
            }
            code = code != null ? code : CodeDigest.get();
            Index index = Index.read(dir.resolve(INDEX), code);
            long generation = index == null ? 0 : index.generation();
            Map<String, Entry> known = index == null ? new HashMap<>() : index.entries();
            Path packFile = dir.resolve(packName(generation));
            FileChannel pack = FileChannel.open(packFile, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            try {
                long end = pack.size();
                if (index == null && end > 0) {
                    pack.truncate(0);
                    end = 0;
                }
                for (Entry entry : known.values()) {
                    if (entry.offset() + entry.length() > end) {
                        known.clear();
                        break;
                    }
                }
                removeOtherPacks(dir, generation);
                return new BuildCache(dir, code, lockChannel, lock, known, generation, pack, end);
            } catch (IOException | RuntimeException e) {
                pack.close();
                throw e;
            }
        } catch (IOException | UncheckedIOException e) {
            if (lockChannel != null) {
                try {
                    lockChannel.close();
                } catch (IOException ignored) {
                    // The lock goes with the channel; nothing else was opened.
                }
            }
            warn.accept("cannot use the build cache " + dir + " (" + reason(e) + "); this build renders and indexes every article");
            return off();
        }
    }

    private static String reason(Exception e) {
        Throwable cause = e instanceof UncheckedIOException unchecked ? unchecked.getCause() : e;
        if (cause instanceof java.nio.file.FileAlreadyExistsException || cause instanceof java.nio.file.NotDirectoryException) {
            return "a file is in the way of " + cause.getMessage();
        }
        if (cause instanceof java.nio.file.AccessDeniedException) {
            return "no permission to write " + cause.getMessage();
        }
        return cause.getMessage();
    }

    /**
     * The article's body as {@code renderer} renders it for a page whose way to the site root is {@code pageRoot}: from
     * the cache when an earlier build rendered the same, else from {@code render}, and kept. Its HTML and text are read
     * from the cache's pack when a later stage asks for them (as from the spool, and before the cache is closed);
     * without a cache they go to {@code keep}.
     */
    public RenderedBody body(Article article, String pageRoot, String baseUrl, BodyRenderer renderer,
                             Supplier<BodyRenderer.WithLinks> render, java.util.function.Function<String, StoredText> keep) {
        if (pack == null) {
            BodyRenderer.WithLinks made = render.get();
            remember(article, null, made.links());
            return made.body().storedIn(keep);
        }
        String name = bodyName(article);
        String key = key(article, name, pageRoot, baseUrl, renderer.settings());
        String linksKey = article.format() == ContentFormat.MARKDOWN ? linksKey(article, name) : null;
        Entry entry = find(key);
        if (entry != null) {
            RenderedBody body = read(key, entry);
            if (body != null) {
                hits.incrementAndGet();
                used.put(key, entry);
                remember(article, linksKey, null);
                return body;
            }
            damaged.incrementAndGet();
        }
        BodyRenderer.WithLinks made = render.get();
        remember(article, linksKey, made.links());
        byte[] bytes = BodyCodec.encode(made.body());
        Entry kept = keep(key, bytes);
        if (kept == null) {
            return made.body().storedIn(keep);
        }
        try {
            return BodyCodec.decode(bytes, bytes.length, packed(key, kept.offset()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void remember(Article article, String linksKey, List<BodyLinks.Target> links) {
        if (linksKey != null || links != null) {
            found.put(article, new Found(linksKey, links));
        }
    }

    /**
     * The links and images of a Markdown article's body, for the site checks: those its rendering found, or kept beside
     * its body, since finding them means parsing the body again (and in a build that takes every body from the cache,
     * with a parser not yet warm); {@code find} parses it when neither has them.
     */
    public List<BodyLinks.Target> links(Article article, Supplier<List<BodyLinks.Target>> find) {
        Found known = found.remove(article);
        Supplier<List<BodyLinks.Target>> made = known != null && known.links() != null ? known::links : find;
        if (pack == null) {
            return made.get();
        }
        String key = known != null && known.key() != null ? known.key() : linksKey(article);
        Entry entry = find(key);
        if (entry != null) {
            byte[] bytes = checked(entry);
            List<BodyLinks.Target> links = bytes == null ? null : LinksCodec.decode(bytes, entry.length() - Integer.BYTES);
            if (links != null) {
                used.put(key, entry);
                return links;
            }
            damaged.incrementAndGet();
        }
        List<BodyLinks.Target> links = made.get();
        keep(key, LinksCodec.encode(links));
        return links;
    }

    /** The entry under {@code key}, from the index or made by this build; null when there is none. */
    private Entry find(String key) {
        Entry entry = known.get(key);
        return entry != null ? entry : fresh.get(key);
    }

    /** Appends {@code payload} under {@code key}, for this build and the next; null when the pack cannot be written. */
    private Entry keep(String key, byte[] payload) {
        Entry kept = append(payload);
        if (kept != null) {
            fresh.put(key, kept);
            used.put(key, kept);
        }
        return kept;
    }

    /**
     * Texts of the entry at {@code offset}, read from the pack when asked for. Each is named by the entry's key and its
     * place in the entry: the key digests all a body is made from, so the same name is the same text in any build.
     */
    private BodyCodec.Texts packed(String key, long offset) {
        return (bytes, from, length) -> new Packed(this, offset + from, length, key + "+" + from);
    }

    /** A text in the pack. */
    private record Packed(BuildCache cache, long offset, int length, String identity) implements StoredText {
        @Override
        public String read() {
            return cache.text(offset, length);
        }
    }

    private String text(long offset, int length) {
        ByteBuffer buffer = ByteBuffer.allocate(length);
        try {
            while (buffer.hasRemaining()) {
                if (pack.read(buffer, offset + buffer.position()) < 0) {
                    throw new IOException("the build cache's pack ends early");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new String(buffer.array(), StandardCharsets.UTF_8);
    }

    /** How many bodies came from the cache in this build. */
    public int hits() {
        return hits.get();
    }

    /** How many cached bodies and links could not be read back and were made again. */
    int damaged() {
        return damaged.get();
    }

    /** Where the search index's runs are kept, or null when the build uses no cache. */
    public RunStore indexRuns() {
        return runs;
    }

    /** Where the search export's drafted term entries are kept, or null when the build uses no cache. */
    public EntryStore searchEntries() {
        return entries;
    }

    /** Where the analysis stage's results are kept, or null when the build uses no cache. */
    public AnalysisStore analysis() {
        return analysis;
    }

    /**
     * The source files the last build loaded, each taken at its stamp without being read while the file is unchanged,
     * and what this build loads, kept for the next when it succeeds; null when the build uses no cache. Asked for once,
     * just before the content is loaded: the time it is asked is when this build began to look at the files.
     */
    public synchronized LoadedFiles sources() {
        if (pack == null) {
            return null;
        }
        if (sources == null && !sourcesTaken) {
            sourcesTaken = true;
            sourcesBefore = clock();
            try (DataInputStream in = KeptFile.read(dir.resolve(SOURCES), SOURCES_MAGIC, SOURCES_FORMAT, code)) {
                sources = in == null ? new LoadedFiles() : LoadedFiles.read(in);
            } catch (IOException | RuntimeException e) {
                sources = new LoadedFiles();
            }
        }
        return sources;
    }

    /**
     * The content is loaded: what was loaded is written now, beside the record the last build left, to take its place
     * when this build succeeds, and let go, so that the rest of the build does not hold every file's stamp and the
     * articles as loaded beside the ones it uses (at 10,000 articles, enough to need a larger heap).
     */
    public synchronized void sourcesLoaded() {
        if (sources == null) {
            return;
        }
        unreadSources = sources.unread();
        LoadedFiles loaded = sources;
        sources = null;
        try {
            KeptFile.write(dir.resolve(SOURCES_NEXT), SOURCES_MAGIC, SOURCES_FORMAT, code, out -> loaded.write(out, sourcesBefore));
            sourcesWritten = true;
        } catch (IOException | UncheckedIOException e) {
            // The last build's record still holds: a file changed since then has another stamp. The next build reads more.
        }
    }

    /** How many source files the load took at their stamps, without reading them. */
    public synchronized int unreadSources() {
        return sources != null ? sources.unread() : unreadSources;
    }

    /** The file system's time now, as a file made now in the cache is stamped with it; the least time when it cannot tell. */
    private long clock() {
        Path clock = dir.resolve(CLOCK);
        try {
            Files.deleteIfExists(clock);
            Files.createFile(clock);
            return ((FileTime) Files.getAttribute(clock, "unix:ctime")).to(TimeUnit.NANOSECONDS);
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return Long.MIN_VALUE;
        }
    }

    /** What the last build's pages were made from, and what this build's are; none when the build uses no cache. */
    PageRecords pages() {
        return pages;
    }

    /**
     * Where the publisher keeps the replaced site's files that the new site shares, for the next build to stage into
     * ({@link org.warraq.output.Publisher}); null when the build uses no cache.
     */
    public Path previousSite() {
        return pack == null ? null : dir.resolve(PREVIOUS_SITE);
    }

    /** Whether this build is using a cache folder. */
    public boolean active() {
        return pack != null;
    }

    /**
     * The build succeeded: the index it leaves lists the bodies it used, and nothing else; the runs it did not use go.
     * Written now rather than on {@link #close}, so that a cache that cannot be written is a warning and never fails a
     * build whose site is already published. Bodies already handed out still read from the pack they came from.
     * {@code warn} also hears of what was found damaged and made again.
     */
    public synchronized void succeeded(java.util.function.Consumer<String> warn) {
        if (pack == null || written) {
            return;
        }
        written = true;
        if (damaged.get() > 0) {
            warn.accept(damaged.get() + " cached bodies or body links could not be read back and were made again");
        }
        if (runs.damaged() > 0) {
            warn.accept(runs.damaged() + " cached runs of the search index could not be read back and were indexed again");
        }
        try {
            write(new HashMap<>(used));
            runs.removeUnused();
            pages.write(dir.resolve(PAGES), code);
            if (sourcesWritten) {
                Files.move(dir.resolve(SOURCES_NEXT), dir.resolve(SOURCES), StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException | UncheckedIOException e) {
            warn.accept("the build cache " + dir + " could not be written (" + reason(e) + "); the next build does more work");
        }
    }

    /** Lets the cache go; after a build that failed, the index lists what was there and what the build rendered. */
    @Override
    public synchronized void close() {
        if (pack == null || closed) {
            return;
        }
        try {
            if (!written) {
                written = true;
                Map<String, Entry> keep = new HashMap<>(known);
                keep.putAll(fresh);
                write(keep);
            }
        } catch (IOException | UncheckedIOException e) {
            // The build failed already; a cache that cannot be written only means more work next time.
        } finally {
            closed = true;
            try {
                Files.deleteIfExists(dir.resolve(SOURCES_NEXT));
            } catch (IOException e) {
                // A record left beside the kept one is never read, and the next build's replaces it.
            }
            try {
                pack.close();
                lock.release();
            } catch (IOException e) {
                // Closing the channel below releases the lock too.
            }
            try {
                lockChannel.close();
            } catch (IOException e) {
                // Nothing is left to release.
            }
        }
    }

    /** Writes the index of {@code keep}, the pack afresh first when most of it is unused. */
    private void write(Map<String, Entry> keep) throws IOException {
        long live = keep.values().stream().mapToLong(Entry::length).sum();
        if (end > 2 * live + (1 << 20)) {
            keep = compact(keep);
        }
        Index.write(dir.resolve(INDEX), code, generation, keep);
        removeOtherPacks(dir, generation);
    }

    /** The kept bodies copied to a new pack in the order they lay in the old one; the old pack goes once the index names the new. */
    private Map<String, Entry> compact(Map<String, Entry> keep) throws IOException {
        long next = generation + 1;
        Map<String, Entry> moved = new HashMap<>();
        try (FileChannel out = FileChannel.open(dir.resolve(packName(next)), StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.WRITE)) {
            long at = 0;
            List<Map.Entry<String, Entry>> inOrder = new ArrayList<>(keep.entrySet());
            inOrder.sort(Comparator.comparingLong(e -> e.getValue().offset()));
            for (Map.Entry<String, Entry> e : inOrder) {
                Entry entry = e.getValue();
                long copied = 0;
                while (copied < entry.length()) {
                    copied += pack.transferTo(entry.offset() + copied, entry.length() - copied, out.position(at + copied));
                }
                moved.put(e.getKey(), new Entry(at, entry.length()));
                at += entry.length();
            }
        }
        generation = next;
        return moved;
    }

    /** The body in an entry, its texts left in the pack; null when the entry is damaged or not a body. */
    private RenderedBody read(String key, Entry entry) {
        byte[] bytes = checked(entry);
        try {
            return bytes == null ? null : BodyCodec.decode(bytes, entry.length() - Integer.BYTES, packed(key, entry.offset()));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * The entry's bytes, its checksum last, at the start of a buffer of this thread's that the next call reuses (a body
     * is decoded into strings and places in the pack before then); null when they cannot be read or the checksum does
     * not hold. A rebuild reads every body's entry, 175 MB at 10,000 articles: a new array for each was most of the
     * markdown stage's time, and the collections that allocating it set off.
     */
    private byte[] checked(Entry entry) {
        try {
            ByteBuffer buffer = EntryBuffer.of(entry.length());
            long at = entry.offset();
            while (buffer.hasRemaining()) {
                int n = pack.read(buffer, at + buffer.position());
                if (n < 0) {
                    return null;
                }
            }
            byte[] bytes = buffer.array();
            return Checksum.covered(bytes, entry.length()) < 0 ? null : bytes;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** A buffer for one entry's bytes at a time on each thread; an entry larger than most bodies gets one of its own. */
    private static final class EntryBuffer {
        private static final int KEPT = 256 * 1024;
        private static final ThreadLocal<byte[]> BYTES = ThreadLocal.withInitial(() -> new byte[64 * 1024]);

        static ByteBuffer of(int length) {
            if (length > KEPT) {
                return ByteBuffer.allocate(length);
            }
            byte[] bytes = BYTES.get();
            if (bytes.length < length) {
                bytes = new byte[KEPT];
                BYTES.set(bytes);
            }
            return ByteBuffer.wrap(bytes, 0, length);
        }
    }

    /** Appends one body and its checksum; null when the pack cannot be written (the body is then not kept). */
    private synchronized Entry append(byte[] payload) {
        if (written) {
            return null;
        }
        ByteBuffer buffer = ByteBuffer.wrap(Checksum.appended(payload));
        long at = end;
        try {
            while (buffer.hasRemaining()) {
                at += pack.write(buffer, at);
            }
        } catch (IOException e) {
            return null;
        }
        Entry entry = new Entry(end, payload.length + Integer.BYTES);
        end = at;
        return entry;
    }

    static String key(Article article, String pageRoot, String baseUrl, String settings) {
        return key(article, bodyName(article), pageRoot, baseUrl, settings);
    }

    /** @param body the {@linkplain #bodyName name} of the article's body text */
    private static String key(Article article, String body, String pageRoot, String baseUrl, String settings) {
        return new Digest().text(article.format().name()).number(article.bodyLine()).text(pageRoot).text(baseUrl).text(settings)
                .text(body).hex();
    }

    /** The links of a body depend on its text and first line alone; the prefix keeps their keys apart from the bodies'. */
    static String linksKey(Article article) {
        return linksKey(article, bodyName(article));
    }

    private static String linksKey(Article article, String body) {
        return new Digest().text("links").number(article.bodyLine()).text(body).hex();
    }

    /**
     * The name of the article's body text ({@link StoredText#nameOf}): the one it was loaded with when it has one, so
     * that the text need not be read back (nor, for a file taken at its stamp, read at all), else made from the text.
     */
    static String bodyName(Article article) {
        String identity = article.bodyText().identity();
        return identity != null ? identity : StoredText.nameOf(article.body());
    }

    private static String packName(long generation) {
        return "bodies-" + generation + ".pack";
    }

    private static void removeOtherPacks(Path dir, long generation) throws IOException {
        String current = packName(generation);
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                if (name.startsWith("bodies-") && name.endsWith(".pack") && !name.equals(current)) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    /** The index file: which pack, for which code, and where each body lies in it; checksummed as a whole. */
    private record Index(long generation, Map<String, Entry> entries) {

        /** The index, or null when there is none, it is damaged, or other code wrote it. */
        static Index read(Path file, String code) {
            try (DataInputStream in = KeptFile.read(file, MAGIC, FORMAT, code)) {
                if (in == null) {
                    return null;
                }
                long generation = in.readLong();
                int count = in.readInt();
                Map<String, Entry> entries = new HashMap<>();
                byte[] key = new byte[32];
                for (int i = 0; i < count; i++) {
                    in.readFully(key);
                    entries.put(HexFormat.of().formatHex(key), new Entry(in.readLong(), in.readInt()));
                }
                return new Index(generation, entries);
            } catch (IOException e) {
                return null;
            }
        }

        static void write(Path file, String code, long generation, Map<String, Entry> entries) throws IOException {
            KeptFile.write(file, MAGIC, FORMAT, code, out -> {
                out.writeLong(generation);
                out.writeInt(entries.size());
                for (Map.Entry<String, Entry> e : new java.util.TreeMap<>(entries).entrySet()) {
                    out.write(HexFormat.of().parseHex(e.getKey()));
                    out.writeLong(e.getValue().offset());
                    out.writeInt(e.getValue().length());
                }
            });
        }
    }

    /** For tests: the keys of the bodies the index lists. */
    Set<String> indexed() {
        return Set.copyOf(known.keySet());
    }
}
