package org.warraq.quality;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.LinkedHashMap;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.warraq.build.BuildOptions;
import org.warraq.build.SiteBuild;

/** The sample site (content/, templates/, fixed clock) built into a folder, with helpers to walk its pages. */
final class QualitySite {

    static final Instant NOW = Instant.parse("2026-06-01T00:00:00Z");

    final Path out;

    private QualitySite(Path out) {
        this.out = out;
    }

    static QualitySite build(Path dir) throws IOException {
        Path out = dir.resolve("site").toAbsolutePath();
        SiteBuild.run(new BuildOptions(Path.of("content").toAbsolutePath(), Path.of("templates").toAbsolutePath(), out,
                false, null, null, NOW));
        return new QualitySite(out);
    }

    List<Path> files(String suffix) throws IOException {
        try (Stream<Path> walk = Files.walk(out)) {
            return walk.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }

    List<Path> htmlPages() throws IOException {
        return files(".html");
    }

    /** One page of each of {@code types} (home, article, tag, author, archive, place, analysis, search, 404), by type, in that order. */
    Map<String, String> pages(String... types) throws IOException {
        Map<String, String> pages = new LinkedHashMap<>();
        for (String type : types) {
            pages.put(type, switch (type) {
                case "home" -> "index.html";
                case "article" -> name(first("2024/"));
                case "tag" -> name(first("tag/ا"));
                case "author" -> name(first("author/"));
                case "place" -> name(first("place/ا"));
                case "archive", "analysis", "search" -> type + "/index.html";
                case "404" -> "404.html";
                default -> throw new IllegalArgumentException("no page type " + type);
            });
        }
        return pages;
    }

    String name(Path file) {
        return out.relativize(file).toString();
    }

    Document parse(Path file) throws IOException {
        return Jsoup.parse(file.toFile(), "UTF-8");
    }

    /** The first generated page whose site path starts with {@code prefix} and is a real page, not a redirect. */
    Path first(String prefix) throws IOException {
        for (Path p : htmlPages()) {
            if (name(p).startsWith(prefix) && parse(p).selectFirst("meta[http-equiv=refresh]") == null) {
                return p;
            }
        }
        throw new AssertionError("the sample site has no page under " + prefix);
    }
}
