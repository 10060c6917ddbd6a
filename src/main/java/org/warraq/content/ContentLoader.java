package org.warraq.content;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Walks the content folder: {@code site.yaml}, articles ({@code .md}, {@code .txt}) anywhere, static
 * pages under {@code pages/}, everything else an asset. Hidden files are skipped and links that
 * lead outside the folder are refused, so nothing outside {@code content/} reaches the site.
 */
public final class ContentLoader {

    private ContentLoader() {
    }

    public static Content load(Path contentDir, Diagnostics diagnostics, java.util.function.UnaryOperator<SiteConfig> overrides) {
        return load(contentDir, diagnostics, overrides, null, StoredText::of);
    }

    /**
     * @param remembered articles loaded by an earlier build of this process, reused when their files are unchanged; or null
     * @param keep       where each article's body is kept until it is rendered
     */
    public static Content load(Path contentDir, Diagnostics diagnostics, java.util.function.UnaryOperator<SiteConfig> overrides,
                               LoadedFiles remembered, Function<String, StoredText> keep) {
        Path root = contentDir.toAbsolutePath().normalize();
        Path shownRoot = shownRoot(contentDir);
        if (!Files.isDirectory(root)) {
            throw BuildFailedException.of(Diagnostic.error(contentDir, 0, "content folder not found"));
        }
        long seen = remembered == null ? 0 : remembered.changesSoFar();
        Diagnostics walkProblems = new Diagnostics();
        SiteConfig read = SiteConfigLoader.load(root.resolve("site.yaml"), shownRoot.resolve("site.yaml"), walkProblems);
        SiteConfig config = overrides.apply(read);
        Path realRoot;
        List<Found> files;
        try {
            realRoot = root.toRealPath();
            files = walk(root, realRoot);
        } catch (IOException e) {
            throw BuildFailedException.of(Diagnostic.error(contentDir, 0, "cannot read content folder: " + e.getMessage()));
        }
        FileDates dates = remembered == null ? FileDates.fromGit(root) : remembered.dates(root);
        if (remembered != null) {
            remembered.settings(config);
        }
        ArticleLoader loader = new ArticleLoader(config, dates, keep);
        List<Path> sources = new ArrayList<>();
        List<String> sourceNames = new ArrayList<>();
        List<Content.Asset> assets = new ArrayList<>();
        for (Found found : files) {
            Path file = found.path();
            BasicFileAttributes attributes = found.attributes();
            if (attributes.isDirectory()) {
                continue;
            }
            Path shown = shownRoot.resolve(found.relative());
            if (attributes.isSymbolicLink() && Files.isDirectory(file)) {
                walkProblems.warning(shown, 0, "symbolic link to a folder; not followed");
                continue;
            }
            if (attributes.isSymbolicLink() && !insideRoot(file, realRoot)) {
                walkProblems.warning(shown, 0, "symbolic link leads outside the content folder; not followed");
                continue;
            }
            String name = file.getFileName().toString();
            if (found.relative().equals("site.yaml")) {
                continue;
            }
            if (name.endsWith(".md") || name.endsWith(".txt")) {
                sources.add(file);
                sourceNames.add(found.relative());
            } else {
                assets.add(new Content.Asset(file, found.relative().replace('\\', '/')));
            }
        }
        walkProblems.sorted().forEach(diagnostics::add);
        List<Optional<Article>> loaded = java.util.stream.IntStream.range(0, sources.size()).parallel()
                .mapToObj(i -> loadFile(shownRoot, sources.get(i), sourceNames.get(i), loader, remembered, dates, diagnostics)).toList();
        if (remembered != null) {
            remembered.listed(LoadedFiles.Listing.of(root, read, config, sources, assets, walkProblems.sorted(), seen));
        }
        return content(config, loaded, assets);
    }

    /**
     * The content as the last walk of {@code remembered} listed it, with only the files reported changed since
     * read again: the preview's answer to a save, with no walk of the folder and no look at every file. Empty
     * when the changes are more than edits of listed articles and assets (a file added or deleted, a folder,
     * {@code site.yaml}), or nothing was listed yet; then a full {@link #load} is needed. A change that came and
     * went (an editor's temporary file) is ignored. Empty too when {@code overrides} (the build's options) no longer
     * make the settings the listing was made under. The preview's follow-up build walks the folder again.
     */
    public static Optional<Content> reload(Path contentDir, Diagnostics diagnostics, java.util.function.UnaryOperator<SiteConfig> overrides,
                                           LoadedFiles remembered, Function<String, StoredText> keep) {
        Path root = contentDir.toAbsolutePath().normalize();
        LoadedFiles.Listing listing = remembered.listing();
        if (listing == null || !listing.root().equals(root) || !overrides.apply(listing.read()).equals(listing.config())) {
            return Optional.empty();
        }
        long seen = remembered.changesSoFar();
        Set<Path> changed = remembered.changedSince(listing);
        for (Path file : changed) {
            if (listing.files().contains(file) ? !Files.isRegularFile(file) : Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
                return Optional.empty();
            }
        }
        Path shownRoot = shownRoot(contentDir);
        FileDates dates = remembered.dates();
        ArticleLoader loader = new ArticleLoader(listing.config(), dates, keep);
        List<Optional<Article>> loaded = new ArrayList<>(listing.sources().size());
        Diagnostics found = new Diagnostics();
        for (Path file : listing.sources()) {
            LoadedFiles.Entry known = changed.contains(file) ? null : remembered.entry(file);
            if (known != null) {
                known.problems().forEach(found::add);
                loaded.add(known.article());
                continue;
            }
            loaded.add(loadFile(shownRoot, file, root.relativize(file).toString(), loader, remembered, dates, found));
        }
        listing.problems().forEach(diagnostics::add);
        found.sorted().forEach(diagnostics::add);
        remembered.listed(listing.seenUpTo(seen));
        return Optional.of(content(listing.config(), loaded, listing.assets()));
    }

    /** One article or page source, read through {@code remembered} when there is one. */
    private static Optional<Article> loadFile(Path shownRoot, Path file, String relative, ArticleLoader loader, LoadedFiles remembered,
                                             FileDates dates, Diagnostics diagnostics) {
        boolean page = relative.startsWith("pages" + file.getFileSystem().getSeparator());
        Path shown = shownRoot.resolve(relative);
        return remembered == null ? loader.load(file, shown, page, diagnostics)
                : remembered.load(file, shown, page, dates, diagnostics, found -> loader.load(file, shown, page, found));
    }

    /** How paths under the content folder are shown in messages: from the folder's own name. */
    private static Path shownRoot(Path contentDir) {
        return contentDir.getFileName() == null ? Path.of("content") : contentDir.getFileName();
    }

    private static Content content(SiteConfig config, List<Optional<Article>> loaded, List<Content.Asset> assets) {
        List<Article> articles = new ArrayList<>();
        List<Article> pages = new ArrayList<>();
        for (Optional<Article> a : loaded) {
            a.ifPresent(article -> (article.page() ? pages : articles).add(article));
        }
        return new Content(config, articles, pages, assets);
    }

    /** A file or folder the walk found: its path under the folder as given, relative to it, and its own attributes (a link's). */
    private record Found(Path path, String relative, BasicFileAttributes attributes) {
    }

    /**
     * Everything under the content folder but hidden files and folders (a name starting with a dot; a hidden folder is not
     * gone into), in the order of their paths, each with the attributes the walk read: one look at each file.
     */
    private static List<Found> walk(Path root, Path real) throws IOException {
        String base = real.toString();
        int cut = base.endsWith(real.getFileSystem().getSeparator()) ? base.length() : base.length() + 1;
        List<Found> found = new ArrayList<>();
        Files.walkFileTree(real, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                if (dir.equals(real)) {
                    return FileVisitResult.CONTINUE;
                }
                if (dir.getFileName().toString().startsWith(".")) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                add(dir, attributes);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                if (!file.getFileName().toString().startsWith(".")) {
                    add(file, attributes);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                throw e;
            }

            private void add(Path p, BasicFileAttributes attributes) {
                String relative = p.toString().substring(cut);
                found.add(new Found(root.resolve(relative), relative, attributes));
            }
        });
        found.sort(Comparator.comparing(Found::relative));
        return found;
    }

    private static boolean insideRoot(Path file, Path realRoot) {
        try {
            return file.toRealPath().startsWith(realRoot);
        } catch (IOException e) {
            return false;
        }
    }
}
