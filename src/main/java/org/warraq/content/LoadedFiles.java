package org.warraq.content;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.warraq.output.TextCodec;

/**
 * The articles an earlier build of this process loaded, by file, with the problems found in each. A file
 * whose size, modification time and first-commit date are unchanged, loaded under the same site settings,
 * is not read again. The preview server keeps one across rebuilds and forgets the files its watcher saw
 * change, so even a save within the file system's clock tick is read again. It also keeps what the last
 * walk of the content folder found, so that a save the watcher reported can be loaded without walking
 * and stating ten thousand files again ({@link ContentLoader#reload}).
 */
public final class LoadedFiles {

    /**
     * What shows a file unchanged: its size and modification time and, where the file system tells them, its inode
     * change time and inode number (-1 where it does not), which no editor or copying tool sets back, so that a file
     * rewritten with its old size and modification time is read again. Also what the loaded article depends on
     * besides the text: its first commit, and whether and where it is shown.
     */
    record Stamp(long size, long modified, long changed, long inode, Optional<Instant> firstCommit, boolean page, Path shown) {

        static Stamp of(Path file, Optional<Instant> firstCommit, boolean page, Path shown) throws IOException {
            try {
                Map<String, Object> unix = Files.readAttributes(file, "unix:size,lastModifiedTime,ctime,ino");
                return new Stamp((Long) unix.get("size"), nanos((FileTime) unix.get("lastModifiedTime")),
                        nanos((FileTime) unix.get("ctime")), (Long) unix.get("ino"), firstCommit, page, shown);
            } catch (UnsupportedOperationException | IllegalArgumentException e) {
                BasicFileAttributes basic = Files.readAttributes(file, BasicFileAttributes.class);
                return new Stamp(basic.size(), nanos(basic.lastModifiedTime()), -1, -1, firstCommit, page, shown);
            }
        }

        private static long nanos(FileTime time) {
            return time.to(TimeUnit.NANOSECONDS);
        }
    }

    /** @param seen how many changes had been reported when the file was looked at: of two reads, the later one wins */
    record Entry(Stamp stamp, Optional<Article> article, List<Diagnostic> problems, long seen) {
    }

    /**
     * The content folder as last listed: its settings as read from site.yaml and as the build's options made them,
     * sources and assets in the walk's order ({@code files}: both, for looking up), and the problems of the walk
     * itself (site.yaml's among them). {@code seen} numbers the changes the listing includes.
     */
    record Listing(Path root, SiteConfig read, SiteConfig config, List<Path> sources, List<Content.Asset> assets,
                   Set<Path> files, List<Diagnostic> problems, long seen) {

        static Listing of(Path root, SiteConfig read, SiteConfig config, List<Path> sources, List<Content.Asset> assets,
                          List<Diagnostic> problems, long seen) {
            Set<Path> files = new HashSet<>(sources);
            assets.forEach(a -> files.add(a.file()));
            return new Listing(root, read, config, List.copyOf(sources), List.copyOf(assets), Set.copyOf(files), problems, seen);
        }

        /** The same listing, known to include the changes up to {@code now}. */
        Listing seenUpTo(long now) {
            return new Listing(root, read, config, sources, assets, files, problems, now);
        }
    }

    private final Map<Path, Entry> entries = new ConcurrentHashMap<>();
    /** Files forgotten since the listing was made, each with the number of its change. */
    private final Map<Path, Long> changed = new ConcurrentHashMap<>();
    private final AtomicLong changes = new AtomicLong();
    private final AtomicInteger unread = new AtomicInteger();
    private Listing listing;
    private volatile SiteConfig config;
    private Path datesRoot;
    private String datesHead;
    private FileDates dates;
    /** The settings the restored files were loaded under ({@link #read}), until the first build's settings are known. */
    private String restoredSettings;

    /** Files to read again at the next build, whatever their stamps say. */
    public void forget(Collection<Path> files) {
        for (Path f : files) {
            Path key = f.toAbsolutePath().normalize();
            entries.remove(key);
            changed.put(key, changes.incrementAndGet());
        }
    }

    /** How many changes have been reported so far: a listing made from now on includes them. */
    long changesSoFar() {
        return changes.get();
    }

    /** Keeps {@code made} as the folder's listing unless a listing that includes later changes is already kept. */
    synchronized void listed(Listing made) {
        if (listing == null || made.seen() >= listing.seen()) {
            listing = made;
            changed.values().removeIf(n -> n <= made.seen());
        }
    }

    synchronized Listing listing() {
        return listing;
    }

    /** The files forgotten after the listing was made. */
    Set<Path> changedSince(Listing made) {
        Set<Path> out = new HashSet<>();
        changed.forEach((file, n) -> {
            if (n > made.seen()) {
                out.add(file);
            }
        });
        return out;
    }

    /** What was loaded from {@code file} (absolute and normalised), or null when it is not remembered. */
    Entry entry(Path file) {
        return entries.get(file);
    }

    /** How many loads took a file at its stamp, without reading it. */
    public int unread() {
        return unread.get();
    }

    public int size() {
        return entries.size();
    }

    synchronized void settings(SiteConfig current) {
        if (config == null && restoredSettings != null && restoredSettings.equals(settingsKey(current))) {
            config = current;
            return;
        }
        if (!current.equals(config)) {
            entries.clear();
            config = current;
        }
    }

    /** First-commit dates read from Git again only when the checked-out commit changed (a long history takes a while). */
    synchronized FileDates dates(Path root) {
        String head = FileDates.head(root);
        if (dates == null || head == null || !root.equals(datesRoot) || !head.equals(datesHead)) {
            dates = FileDates.fromGit(root);
            datesRoot = root;
            datesHead = head;
        }
        return dates;
    }

    /** The first-commit dates last read, for a reload that does not ask Git again. */
    synchronized FileDates dates() {
        return dates == null ? FileDates.none() : dates;
    }

    Optional<Article> load(Path file, Path shown, boolean page, FileDates dates, Diagnostics diagnostics,
                           Function<Diagnostics, Optional<Article>> loader) {
        Path key = file.toAbsolutePath().normalize();
        long seen = changes.get();
        Stamp stamp;
        try {
            stamp = Stamp.of(file, dates.firstCommit(file), page, shown);
        } catch (IOException e) {
            entries.remove(key);
            return loader.apply(diagnostics);
        }
        Entry known = entries.get(key);
        if (known != null && known.stamp().equals(stamp)) {
            unread.incrementAndGet();
        } else {
            Diagnostics found = new Diagnostics();
            // A build that looked before a save must not replace what a build that looked after it read.
            known = entries.merge(key, new Entry(stamp, loader.apply(found), found.sorted(), seen),
                    (kept, made) -> made.seen() >= kept.seen() ? made : kept);
        }
        known.problems().forEach(diagnostics::add);
        if (known.article().isPresent() && known.article().get().bodyText() instanceof Unread notRead) {
            Article reread = known.article().get().withBodyText(new Reread(notRead.identity(), shown, loader));
            Entry now = new Entry(known.stamp(), Optional.of(reread), known.problems(), known.seen());
            entries.replace(key, known, now);
            return now.article();
        }
        return known.article();
    }

    /**
     * Writes, for the next command-line build ({@link #read}), the articles of the last listing that were loaded
     * without errors, whose body is known by its {@linkplain StoredText#identity() name}, whose stamp has a change
     * time, and whose last change came before {@code before}, the file system's time when this build began to
     * look: a file changed after that may change again within the same tick of the clock and keep its stamp, so it
     * is left to be read again.
     */
    public synchronized void write(DataOutputStream out, long before) throws IOException {
        List<Path> sources = listing == null ? List.of() : listing.sources();
        List<Map.Entry<Path, Entry>> kept = new ArrayList<>();
        for (Path file : sources) {
            Entry e = entries.get(file.toAbsolutePath().normalize());
            Stamp stamp = e == null ? null : e.stamp();
            if (stamp != null && e.article().isPresent() && e.article().get().bodyText().identity() != null
                    && stamp.changed() >= 0 && stamp.changed() < before && stamp.modified() < before) {
                kept.add(Map.entry(file.toAbsolutePath().normalize(), e));
            }
        }
        out.writeUTF(config == null ? "" : settingsKey(config));
        out.writeInt(kept.size());
        for (Map.Entry<Path, Entry> k : kept) {
            Stamp stamp = k.getValue().stamp();
            TextCodec.write(out, k.getKey().toString());
            out.writeLong(stamp.size());
            out.writeLong(stamp.modified());
            out.writeLong(stamp.changed());
            out.writeLong(stamp.inode());
            out.writeBoolean(stamp.firstCommit().isPresent());
            if (stamp.firstCommit().isPresent()) {
                out.writeLong(stamp.firstCommit().get().getEpochSecond());
                out.writeInt(stamp.firstCommit().get().getNano());
            }
            out.writeBoolean(stamp.page());
            TextCodec.write(out, stamp.shown().toString());
            List<Diagnostic> problems = k.getValue().problems();
            out.writeInt(problems.size());
            for (Diagnostic d : problems) {
                TextCodec.write(out, d.file() == null ? null : d.file().toString());
                out.writeInt(d.line());
                out.writeInt(d.column());
                out.writeByte(d.severity().ordinal());
                TextCodec.write(out, d.message());
            }
            Article article = k.getValue().article().get();
            TextCodec.write(out, article.bodyText().identity());
            ArticleCodec.write(out, article);
        }
    }

    /**
     * The files an earlier command-line build loaded, as {@link #write} wrote them: each is taken at its stamp, with its
     * problems, while the settings are those it was loaded under; its body is read from the file again only if a
     * stage asks for it, and must then be the text it was ({@link Reread}).
     */
    public static LoadedFiles read(DataInputStream in) throws IOException {
        LoadedFiles restored = new LoadedFiles();
        String settings = in.readUTF();
        int count = in.readInt();
        for (int i = 0; i < count; i++) {
            Path file = Path.of(TextCodec.read(in));
            long size = in.readLong();
            long modified = in.readLong();
            long changed = in.readLong();
            long inode = in.readLong();
            Optional<Instant> firstCommit = in.readBoolean() ? Optional.of(Instant.ofEpochSecond(in.readLong(), in.readInt())) : Optional.empty();
            boolean page = in.readBoolean();
            Path shown = Path.of(TextCodec.read(in));
            int problemCount = in.readInt();
            List<Diagnostic> problems = new ArrayList<>(problemCount);
            for (int p = 0; p < problemCount; p++) {
                String where = TextCodec.read(in);
                int line = in.readInt();
                int column = in.readInt();
                Diagnostic.Severity severity = Diagnostic.Severity.values()[in.readByte()];
                problems.add(new Diagnostic(where == null ? null : Path.of(where), line, column, severity, TextCodec.read(in)));
            }
            Article article = ArticleCodec.read(in, new Unread(TextCodec.read(in)));
            restored.entries.put(file, new Entry(new Stamp(size, modified, changed, inode, firstCommit, page, shown),
                    Optional.of(article), List.copyOf(problems), 0));
        }
        restored.restoredSettings = settings;
        return restored;
    }

    /** What the loaded articles depend on in the settings, as a name: all of them, to be safe. */
    private static String settingsKey(SiteConfig config) {
        return StoredText.nameOf(config.toString());
    }

    /** A restored article's body, not read: known by its name until the article is loaded again. */
    private record Unread(String identity) implements StoredText {
        @Override
        public String read() {
            throw new IllegalStateException("a restored body is read before its file is looked at");
        }
    }

    /**
     * The body of an article taken at its stamp: read from its file again when a stage asks for it (the rendered body,
     * the index and the links are all known by its name, so a rebuild seldom does), and refused, with the file
     * named, when the text is no longer the one the name was made from.
     */
    private record Reread(String identity, Path shown, Function<Diagnostics, Optional<Article>> loader) implements StoredText {
        @Override
        public String read() {
            Diagnostics found = new Diagnostics();
            String text = loader.apply(found).map(Article::body).orElse(null);
            if (text == null || !identity.equals(StoredText.nameOf(text))) {
                throw BuildFailedException.of(Diagnostic.error(shown, 0, "the file changed while the site was being built; build again"));
            }
            return text;
        }
    }
}
