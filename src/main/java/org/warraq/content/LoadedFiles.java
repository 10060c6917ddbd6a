package org.warraq.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * The articles an earlier build of this process loaded, by file, with the problems found in each. A file
 * whose size, modification time and first-commit date are unchanged, loaded under the same site settings,
 * is not read again. The preview server keeps one across rebuilds and forgets the files its watcher saw
 * change, so even a save within the file system's clock tick is read again. It also keeps what the last
 * walk of the content folder found, so that a save the watcher reported can be loaded without walking
 * and stating ten thousand files again ({@link ContentLoader#reload}).
 */
public final class LoadedFiles {

    record Stamp(long size, FileTime modified, Optional<Instant> firstCommit, boolean page, Path shown) {
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
    private Listing listing;
    private volatile SiteConfig config;
    private Path datesRoot;
    private String datesHead;
    private FileDates dates;

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

    public int size() {
        return entries.size();
    }

    synchronized void settings(SiteConfig current) {
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
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            stamp = new Stamp(attributes.size(), attributes.lastModifiedTime(), dates.firstCommit(file), page, shown);
        } catch (IOException e) {
            entries.remove(key);
            return loader.apply(diagnostics);
        }
        Entry known = entries.get(key);
        if (known == null || !known.stamp().equals(stamp)) {
            Diagnostics found = new Diagnostics();
            // A build that looked before a save must not replace what a build that looked after it read.
            known = entries.merge(key, new Entry(stamp, loader.apply(found), found.sorted(), seen),
                    (kept, made) -> made.seen() >= kept.seen() ? made : kept);
        }
        known.problems().forEach(diagnostics::add);
        return known.article();
    }
}
