package org.warraq.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The articles an earlier build of this process loaded, by file, with the problems found in each. A file
 * whose size, modification time and first-commit date are unchanged, loaded under the same site settings,
 * is not read again. The preview server keeps one across rebuilds and forgets the files its watcher saw
 * change, so even a save within the file system's clock tick is read again.
 */
public final class LoadedFiles {

    private record Stamp(long size, FileTime modified, Optional<Instant> firstCommit, boolean page, Path shown) {
    }

    private record Entry(Stamp stamp, Optional<Article> article, List<Diagnostic> problems) {
    }

    private final Map<Path, Entry> entries = new ConcurrentHashMap<>();
    private volatile SiteConfig config;
    private Path datesRoot;
    private String datesHead;
    private FileDates dates;

    /** Files to read again at the next build, whatever their stamps say. */
    public void forget(Collection<Path> files) {
        files.forEach(f -> entries.remove(f.toAbsolutePath().normalize()));
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

    Optional<Article> load(Path file, Path shown, boolean page, FileDates dates, Diagnostics diagnostics,
                           Function<Diagnostics, Optional<Article>> loader) {
        Path key = file.toAbsolutePath().normalize();
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
            known = new Entry(stamp, loader.apply(found), found.sorted());
            entries.put(key, known);
        }
        known.problems().forEach(diagnostics::add);
        return known.article();
    }
}
