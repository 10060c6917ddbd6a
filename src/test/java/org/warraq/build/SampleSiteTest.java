package org.warraq.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Builds the sample site in content/ once and checks the whole result as a reader and a crawler would. */
class SampleSiteTest {

    @TempDir
    static Path tmp;
    static Path out;
    static BuildResult result;

    @BeforeAll
    static void build() throws IOException {
        out = tmp.resolve("site");
        result = SiteBuild.run(SiteFixture.sample(out));
    }

    static List<Path> htmlFiles() throws IOException {
        try (Stream<Path> walk = Files.walk(out)) {
            return walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }

    static Document parse(Path file) throws IOException {
        return Jsoup.parse(file.toFile(), "UTF-8");
    }

    static List<Path> sampleSources() throws IOException {
        try (Stream<Path> walk = Files.walk(SiteFixture.SAMPLE_CONTENT)) {
            return walk.filter(p -> p.toString().endsWith(".md") || p.toString().endsWith(".txt"))
                    .filter(p -> !SiteFixture.SAMPLE_CONTENT.relativize(p).startsWith("pages")).sorted().toList();
        }
    }

    static boolean unpublished(Path source) throws IOException {
        String text = Files.readString(source, StandardCharsets.UTF_8);
        return text.contains("\ndraft: true") || text.contains("\ndate: 2099");
    }

    @Test
    void everyPublishedArticleHasAPageAndDraftsAndFutureArticlesAreNowhere() throws IOException {
        int expected = 0;
        List<String> hiddenTitles = new ArrayList<>();
        for (Path source : sampleSources()) {
            if (unpublished(source)) {
                String text = Files.readString(source, StandardCharsets.UTF_8);
                var m = java.util.regex.Pattern.compile("\ntitle: \"?(.+?)\"?\n").matcher(text);
                assertTrue(m.find(), source.toString());
                hiddenTitles.add(m.group(1));
            } else {
                expected++;
            }
        }
        assertEquals(2, hiddenTitles.size(), "the sample has one draft and one future article");
        assertEquals(expected, result.articles());
        int articlePages = 0;
        for (Path file : htmlFiles()) {
            Document doc = parse(file);
            if (doc.selectFirst("article .article-body") != null && doc.selectFirst("meta[http-equiv=refresh]") == null
                    && !out.relativize(file).toString().matches("(about|contact|corrections-policy)/index.html")) {
                articlePages++;
            }
        }
        assertEquals(expected, articlePages, "one page per published article");
        try (Stream<Path> walk = Files.walk(out)) {
            for (Path file : walk.filter(Files::isRegularFile).filter(p -> p.toString().matches(".*\\.(html|xml|txt)$")).toList()) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                for (String title : hiddenTitles) {
                    assertFalse(text.contains(title), title + " leaked into " + out.relativize(file));
                }
            }
        }
    }

    @Test
    void everyPageIsArabicRightToLeftWithoutInlineScriptsOrStyles() throws IOException {
        for (Path file : htmlFiles()) {
            Document doc = parse(file);
            String where = out.relativize(file).toString();
            assertEquals("ar", doc.selectFirst("html").attr("lang"), where);
            assertEquals("rtl", doc.selectFirst("html").attr("dir"), where);
            assertTrue(doc.select("style").isEmpty(), "no <style> in " + where);
            assertTrue(doc.select("[style]").isEmpty(), "no style attribute in " + where);
            for (Element script : doc.select("script")) {
                if (DataBlocks.isDataBlock(script)) {
                    DataBlocks.parse(script, where);
                } else {
                    assertFalse(script.attr("src").isEmpty(), "inline script in " + where);
                    assertFalse(script.hasAttr("type"), "a script of another type in " + where + ": " + script.outerHtml());
                }
            }
            assertTrue(doc.select("[onclick],[onload],[onerror]").isEmpty(), where);
            if (doc.selectFirst("meta[http-equiv=refresh]") == null && !where.equals("404.html")) {
                assertFalse(doc.select("link[rel=canonical]").attr("href").isEmpty(), "canonical in " + where);
            }
        }
    }

    @Test
    void everyInternalLinkAndFragmentResolves() throws IOException {
        List<String> broken = new ArrayList<>();
        for (Path file : htmlFiles()) {
            Document doc = parse(file);
            for (Element e : doc.select("a[href], link[href], script[src], img[src]")) {
                String url = e.hasAttr("href") ? e.attr("href") : e.attr("src");
                if (url.matches("(?i)^(https?:|mailto:).*")) {
                    continue;
                }
                if (e.tagName().equals("a") && url.endsWith("/")) {
                    broken.add(out.relativize(file) + " -> " + url + ": a folder link opens a directory listing from disk");
                }
                LinkCheck.problem(out, file, url).ifPresent(p -> broken.add(out.relativize(file) + " -> " + url + ": " + p));
            }
        }
        assertEquals(List.of(), broken);
    }

    @Test
    void homeAndListsAreNewestFirst() throws IOException {
        for (String page : List.of("index.html", "page/2/index.html", "archive/index.html")) {
            if (!Files.exists(out.resolve(page))) {
                continue;
            }
            List<String> dates = parse(out.resolve(page)).select("main time[datetime]").eachAttr("datetime");
            List<java.time.OffsetDateTime> parsed = dates.stream().map(java.time.OffsetDateTime::parse).toList();
            for (int i = 1; i < parsed.size(); i++) {
                assertFalse(parsed.get(i).isAfter(parsed.get(i - 1)), page + " is not newest first: " + dates);
            }
        }
        assertTrue(Files.exists(out.resolve("page/2/index.html")), "the sample has more than one home page");
    }

    @Test
    void plainTextArticlesGetTitleLeadAndSubheadings() throws IOException {
        Path txt = sampleSources().stream().filter(p -> p.toString().endsWith(".txt")).findFirst().orElseThrow();
        List<String> lines = Files.readAllLines(txt, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).toList();
        String lead = lines.get(0).strip();
        Path page = null;
        for (Path file : htmlFiles()) {
            Document doc = parse(file);
            Element leadParagraph = doc.selectFirst("article .article-body p.lead");
            if (leadParagraph != null && leadParagraph.text().equals(lead)) {
                page = file;
            }
        }
        assertTrue(page != null, "the page of " + txt.getFileName() + " shows its lead");
        Document doc = parse(page);
        String title = doc.selectFirst("h1").text();
        assertTrue(lead.startsWith(title.replace("…", "").strip()), "title comes from the lead: " + title);
        List<String> subheadings = doc.select("article .article-body h2").eachText();
        assertFalse(subheadings.isEmpty());
        for (String heading : subheadings) {
            assertTrue(lines.contains(heading), heading);
        }
    }

    @Test
    void feedsAndSitemapAreWellFormedXml() throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        List<Path> xml;
        try (Stream<Path> walk = Files.walk(out)) {
            xml = walk.filter(p -> p.toString().endsWith(".xml")).toList();
        }
        assertTrue(xml.size() > 5, "site, section, tag and author feeds plus the sitemap");
        for (Path file : xml) {
            var doc = factory.newDocumentBuilder().parse(file.toFile());
            String root = doc.getDocumentElement().getLocalName();
            assertTrue(root.equals("feed") || root.equals("urlset"), file.toString());
        }
        String sitemap = Files.readString(out.resolve("sitemap.xml"));
        assertTrue(sitemap.contains("<loc>https://example.org/</loc>"));
        assertFalse(sitemap.contains("404.html"));
        assertTrue(Files.readString(out.resolve("robots.txt")).contains("Sitemap: https://example.org/sitemap.xml"));
    }

    @Test
    void aliasesRedirectToTheirArticle() throws IOException {
        List<Path> redirects = new ArrayList<>();
        for (Path file : htmlFiles()) {
            if (parse(file).selectFirst("meta[http-equiv=refresh]") != null) {
                redirects.add(file);
            }
        }
        assertFalse(redirects.isEmpty(), "the sample declares an alias");
        for (Path file : redirects) {
            Document doc = parse(file);
            String content = doc.selectFirst("meta[http-equiv=refresh]").attr("content");
            String target = content.substring(content.indexOf("url=") + 4);
            assertEquals(java.util.Optional.empty(), LinkCheck.problem(out, file, target));
            assertTrue(doc.selectFirst("link[rel=canonical]").attr("href").startsWith("https://example.org/"));
        }
    }

    @Test
    void twoBuildsOfTheSameInputAreByteIdentical() throws IOException {
        Path second = tmp.resolve("again");
        SiteBuild.run(SiteFixture.sample(second));
        Map<String, byte[]> a = SiteFixture.snapshot(out);
        Map<String, byte[]> b = SiteFixture.snapshot(second);
        assertEquals(a.keySet(), b.keySet());
        for (String path : a.keySet()) {
            assertArrayEquals(a.get(path), b.get(path), path);
        }
    }

    /**
     * A machine set to Arabic with Arabic-Indic digits (article and archive paths once took its digits), or to Turkish
     * (whose lower case of I is dotless), builds the same bytes.
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"ar-EG-u-nu-arab", "tr-TR"})
    void aBuildOnAMachineSetToAnotherLocaleIsByteIdentical(String locale) throws IOException {
        Path other = tmp.resolve("locale-" + locale);
        java.util.Locale before = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.forLanguageTag(locale));
            SiteBuild.run(SiteFixture.sample(other));
        } finally {
            java.util.Locale.setDefault(before);
        }
        Map<String, byte[]> a = SiteFixture.snapshot(out);
        Map<String, byte[]> b = SiteFixture.snapshot(other);
        assertEquals(a.keySet(), b.keySet());
        for (String path : a.keySet()) {
            assertArrayEquals(a.get(path), b.get(path), path);
        }
    }
}
