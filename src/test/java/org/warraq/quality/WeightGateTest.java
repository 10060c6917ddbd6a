package org.warraq.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Gate: an article page is light before any interaction (its HTML with the CSS and JS it references, images
 * excluded: under 60 kB, and under 20 kB gzipped), loads no search engine, blocks rendering with no script, and
 * asks no other host for anything.
 */
class WeightGateTest {

    static final int MAX_BYTES = 60 * 1024;
    static final int MAX_GZIPPED = 20 * 1024;

    @TempDir
    static Path tmp;
    static QualitySite site;

    @BeforeAll
    static void build() throws IOException {
        site = QualitySite.build(tmp);
    }

    static List<Path> articles() throws IOException {
        List<Path> list = new ArrayList<>();
        for (Path p : site.htmlPages()) {
            Document doc = site.parse(p);
            if (site.name(p).matches("\\d{4}/.+") && doc.selectFirst("article .article-body") != null
                    && doc.selectFirst("meta[http-equiv=refresh]") == null) {
                list.add(p);
            }
        }
        assertTrue(list.size() >= 10, "only " + list.size() + " article pages");
        return list;
    }

    /** The page and the stylesheets and scripts it references, as a browser fetches them on load. */
    static List<Path> initialLoad(Path page) throws IOException {
        List<Path> files = new ArrayList<>(List.of(page));
        for (Element e : site.parse(page).select("link[rel=stylesheet][href], script[src]")) {
            String url = e.hasAttr("src") ? e.attr("src") : e.attr("href");
            String path = URLDecoder.decode(url.replaceAll("[#?].*$", ""), StandardCharsets.UTF_8);
            Path file = (path.startsWith("/") ? site.out.resolve(path.substring(1)) : page.getParent().resolve(path))
                    .normalize();
            assertTrue(Files.isRegularFile(file), site.name(page) + ": " + url + " is missing");
            files.add(file);
        }
        return files;
    }

    static int gzipped(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.size();
    }

    @Test
    void everyArticlePageLoadsUnder60kBAnd20kBGzipped() throws IOException {
        List<String> heavy = new ArrayList<>();
        for (Path page : articles()) {
            int bytes = 0;
            int zipped = 0;
            List<Path> files = initialLoad(page);
            assertTrue(files.size() >= 3, site.name(page) + " loads no stylesheet or script: " + files);
            for (Path f : files) {
                byte[] b = Files.readAllBytes(f);
                bytes += b.length;
                zipped += gzipped(b);
            }
            if (bytes >= MAX_BYTES || zipped >= MAX_GZIPPED) {
                heavy.add(site.name(page) + ": " + bytes + " bytes, " + zipped + " gzipped (" + files.stream()
                        .map(site::name).toList() + ")");
            }
        }
        assertEquals(List.of(), heavy);
    }

    @Test
    void noPageButTheSearchPageLoadsTheSearchEngine() throws IOException {
        List<String> eager = new ArrayList<>();
        for (Path page : site.htmlPages()) {
            if (site.name(page).startsWith("search/")) {
                continue;
            }
            for (Element e : site.parse(page).select("script[src], link[rel~=(?i)preload|modulepreload][href]")) {
                if ((e.attr("src") + e.attr("href")).contains("assets/search/")) {
                    eager.add(site.name(page) + ": " + e.outerHtml());
                }
            }
        }
        assertEquals(List.of(), eager);
    }

    @Test
    void noScriptBlocksRendering() throws IOException {
        List<String> blocking = new ArrayList<>();
        for (Path page : site.htmlPages()) {
            for (Element s : site.parse(page).select("script")) {
                String type = s.attr("type").toLowerCase();
                boolean data = !type.isEmpty() && !type.equals("module") && !type.contains("javascript");
                boolean deferred = s.hasAttr("defer") || s.hasAttr("async") || type.equals("module");
                if (!data && !(s.hasAttr("src") && deferred)) {
                    blocking.add(site.name(page) + ": " + s.outerHtml().lines().findFirst().orElse(""));
                }
            }
        }
        assertEquals(List.of(), blocking);
    }

    @Test
    void noPageLoadsAnythingFromAnotherHost() throws IOException {
        List<String> remote = new ArrayList<>();
        for (Path page : site.htmlPages()) {
            for (Element e : site.parse(page).select("script[src], link[rel~=(?i)stylesheet|preload|icon][href], "
                    + "img[src], img[srcset], source[srcset], iframe[src], video[src], audio[src]")) {
                String url = String.join(" ", e.attr("src"), e.attr("href"), e.attr("srcset")).strip();
                if (url.matches("(?is).*(^|[\\s,])(https?:)?//.*")) {
                    remote.add(site.name(page) + ": <" + e.tagName() + "> " + url);
                }
            }
        }
        assertEquals(List.of(), remote);
    }
}
