package org.warraq.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

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
        Path shownRoot = contentDir.getFileName() == null ? Path.of("content") : contentDir.getFileName();
        if (!Files.isDirectory(root)) {
            throw BuildFailedException.of(Diagnostic.error(contentDir, 0, "content folder not found"));
        }
        SiteConfig config = overrides.apply(SiteConfigLoader.load(root.resolve("site.yaml"), shownRoot.resolve("site.yaml"), diagnostics));
        Path realRoot;
        List<Path> files;
        try {
            realRoot = root.toRealPath();
            try (Stream<Path> walk = Files.walk(root)) {
                files = walk.filter(p -> !p.equals(root)).sorted(Comparator.comparing(Path::toString)).toList();
            }
        } catch (IOException e) {
            throw BuildFailedException.of(Diagnostic.error(contentDir, 0, "cannot read content folder: " + e.getMessage()));
        }
        FileDates dates = remembered == null ? FileDates.fromGit(root) : remembered.dates(root);
        if (remembered != null) {
            remembered.settings(config);
        }
        ArticleLoader loader = new ArticleLoader(config, dates, keep);
        List<Path> sources = new ArrayList<>();
        List<Content.Asset> assets = new ArrayList<>();
        for (Path file : files) {
            Path relative = root.relativize(file);
            Path shown = shownRoot.resolve(relative);
            if (isHidden(relative) || Files.isDirectory(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            if (Files.isDirectory(file)) {
                diagnostics.warning(shown, 0, "symbolic link to a folder; not followed");
                continue;
            }
            if (Files.isSymbolicLink(file) && !insideRoot(file, realRoot)) {
                diagnostics.warning(shown, 0, "symbolic link leads outside the content folder; not followed");
                continue;
            }
            String name = file.getFileName().toString();
            if (relative.toString().equals("site.yaml")) {
                continue;
            }
            if (name.endsWith(".md") || name.endsWith(".txt")) {
                sources.add(file);
            } else {
                assets.add(new Content.Asset(file, relative.toString().replace('\\', '/')));
            }
        }
        List<Optional<Article>> loaded = sources.parallelStream().map(file -> {
            Path relative = root.relativize(file);
            boolean page = relative.getNameCount() > 1 && relative.getName(0).toString().equals("pages");
            Path shown = shownRoot.resolve(relative);
            return remembered == null ? loader.load(file, shown, page, diagnostics)
                    : remembered.load(file, shown, page, dates, diagnostics, found -> loader.load(file, shown, page, found));
        }).toList();
        List<Article> articles = new ArrayList<>();
        List<Article> pages = new ArrayList<>();
        for (Optional<Article> a : loaded) {
            a.ifPresent(article -> (article.page() ? pages : articles).add(article));
        }
        return new Content(config, articles, pages, assets);
    }

    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static boolean insideRoot(Path file, Path realRoot) {
        try {
            return file.toRealPath().startsWith(realRoot);
        } catch (IOException e) {
            return false;
        }
    }
}
