package org.warraq.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The news-analysis and discoverability features on the sample publication in content/. */
class SampleNewsFeaturesTest {

    @TempDir
    static Path tmp;
    static Path out;
    /** Every article page, by output path, with its document. */
    static final Map<String, Document> ARTICLES = new TreeMap<>();

    @BeforeAll
    static void build() throws IOException {
        out = tmp.resolve("site");
        SiteBuild.run(SiteFixture.sample(out));
        try (Stream<Path> walk = Files.walk(out)) {
            for (Path file : walk.filter(p -> p.toString().endsWith("index.html")).sorted().toList()) {
                Document doc = Jsoup.parse(file.toFile(), "UTF-8");
                if (doc.selectFirst("body.kind-article") != null) {
                    ARTICLES.put(out.relativize(file).toString(), doc);
                }
            }
        }
    }

    static String resolve(String from, String href) {
        return out.relativize(out.resolve(from).getParent().resolve(href).normalize()).toString();
    }

    static String titled(String title) {
        return ARTICLES.entrySet().stream().filter(e -> e.getValue().selectFirst("h1").text().startsWith(title))
                .map(Map.Entry::getKey).findFirst().orElseThrow(() -> new AssertionError(title));
    }

    static List<String> related(String path) {
        Element aside = ARTICLES.get(path).selectFirst("aside.related[aria-labelledby=related-title]");
        return aside == null ? List.of() : aside.select("a").stream().map(a -> resolve(path, a.attr("href"))).toList();
    }

    @Test
    void articlesOnATopicLinkToEachOther() {
        for (List<String> topic : List.of(
                List.of("تمويل التكيف المناخي", "موجات الحر في المدن العربية"),
                List.of("ChatGPT بالعربية", "مراكز البيانات في الخليج"),
                List.of("معارض الكتاب العربية", "الدراما العربية في عصر المنصات"))) {
            String a = titled(topic.get(0));
            String b = titled(topic.get(1));
            assertTrue(related(a).contains(b), a + " → " + related(a));
            assertTrue(related(b).contains(a), b + " → " + related(b));
        }
        for (var page : ARTICLES.keySet()) {
            List<String> links = related(page);
            assertFalse(links.contains(page), page);
            assertTrue(links.size() <= 5 && links.size() == Set.copyOf(links).size(), page);
            links.forEach(l -> assertTrue(ARTICLES.containsKey(l), page + " → " + l));
        }
    }

    @Test
    void placesFoundInTheSampleHaveTheirPages() throws IOException {
        try (Stream<Path> places = Files.list(out.resolve("place"))) {
            assertEquals(Set.of("index.html", "استراليا", "الاردن", "الامارات", "البرازيل", "السعودية", "الصين", "المغرب", "الهند",
                    "الولايات-المتحدة", "تشيلي", "جنوب-افريقيا", "لبنان", "مصر"),
                    places.map(p -> p.getFileName().toString()).collect(Collectors.toSet()));
        }
        String brics = titled("ماذا تعني توسعة مجموعة");
        List<String> named = ARTICLES.get(brics).select(".article-places a").eachText();
        assertTrue(named.containsAll(List.of("مصر", "السعودية", "الإمارات", "الهند", "الصين", "البرازيل", "جنوب أفريقيا")), named.toString());
        assertEquals(List.of("مصر", "المغرب", "الأردن", "لبنان"),
                ARTICLES.get(titled("التحويلات المالية من الخارج")).select(".article-places a").eachText());
        for (var article : ARTICLES.entrySet()) {
            for (Element place : article.getValue().select(".article-places a")) {
                String placePage = resolve(article.getKey(), place.attr("href"));
                Document list = Jsoup.parse(out.resolve(placePage).toFile(), "UTF-8");
                assertEquals(place.text(), list.selectFirst("h1").text());
                List<String> listed = new ArrayList<>(list.select("main .card-title a").stream()
                        .map(a -> resolve(placePage, a.attr("href"))).toList());
                assertTrue(listed.contains(article.getKey()), placePage + " lists " + article.getKey());
            }
        }
    }

    @Test
    void onlyUntaggedArticlesGetSuggestedTopics() {
        int untagged = 0;
        for (var article : ARTICLES.entrySet()) {
            boolean tagged = article.getValue().selectFirst("section[aria-labelledby=tags-title]") != null;
            Element suggested = article.getValue().selectFirst("section.suggested-topics");
            assertEquals(!tagged, suggested != null, article.getKey());
            if (suggested != null) {
                untagged++;
                assertFalse(suggested.select("a").isEmpty(), article.getKey());
            }
        }
        assertEquals(3, untagged, "the three desk .txt articles have no tags");
    }

    @Test
    void everyArticleIsANewsArticleWithItsBreadcrumbsAndTheHomePageNamesTheSearch() throws IOException {
        for (var article : ARTICLES.entrySet()) {
            Document doc = article.getValue();
            String where = article.getKey();
            JsonNode news = DataBlocks.only(doc, where, "NewsArticle");
            assertEquals(doc.selectFirst("link[rel=canonical]").attr("href"), news.path("url").asText(), where);
            assertEquals(doc.selectFirst("h1").text(), news.path("headline").asText(), where);
            assertEquals(doc.selectFirst(".byline-meta time").attr("datetime"), news.path("datePublished").asText(), where);
            assertTrue(news.path("dateModified").asText().matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d[+-]\\d\\d:\\d\\d"), where);
            assertTrue(news.path("author").size() >= 1, where);
            boolean byline = doc.selectFirst(".byline-authors") != null;
            for (JsonNode author : news.path("author")) {
                assertEquals(byline ? "Person" : "Organization", author.path("@type").asText(), where);
                assertTrue(author.path("url").asText().startsWith(byline ? "https://example.org/author/" : "https://example.org/"), where);
            }
            assertEquals("ورّاق للتحليلات", news.path("publisher").path("name").asText());
            assertEquals("ar", news.path("inLanguage").asText());
            assertEquals(doc.select(".tags a[rel=tag]").eachText(), toList(news.path("keywords")), where);
            assertEquals(doc.selectFirst("article .article-figure img") != null, news.has("image"), where);
            JsonNode crumbs = DataBlocks.only(doc, where, "BreadcrumbList").path("itemListElement");
            assertEquals(news.path("url").asText(), crumbs.get(crumbs.size() - 1).path("item").asText(), where);
            assertEquals("article", doc.selectFirst("meta[property=og:type]").attr("content"), where);
            assertEquals("ar_AR", doc.selectFirst("meta[property=og:locale]").attr("content"), where);
        }
        Document home = Jsoup.parse(out.resolve("index.html").toFile(), "UTF-8");
        assertEquals("https://example.org/search/?q={search_term_string}",
                DataBlocks.only(home, "index.html", "WebSite").path("potentialAction").path("target").path("urlTemplate").asText());
    }

    static List<String> toList(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }

    @Test
    void everyFeedIsAtomThatRomeReads() throws IOException {
        List<Path> feeds;
        try (Stream<Path> walk = Files.walk(out)) {
            feeds = walk.filter(p -> p.getFileName().toString().equals("feed.xml")).sorted().toList();
        }
        assertTrue(feeds.size() > 20, "site, sections, tags, authors and places");
        for (Path feed : feeds) {
            String path = out.relativize(feed).toString();
            String self = "https://example.org/" + Stream.of(path.split("/"))
                    .map(s -> java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8)).collect(Collectors.joining("/"));
            AtomFeeds.check(feed, self);
        }
        assertEquals(Math.min(org.warraq.site.SitePlanner.FEED_SIZE, ARTICLES.size()), AtomFeeds.read(out.resolve("feed.xml")).getEntries().size());
    }

    @Test
    void paginatedListsLinkTheirNeighbours() throws IOException {
        List<Path> pages;
        try (Stream<Path> walk = Files.walk(out)) {
            pages = walk.filter(p -> p.toString().matches(".*/page/\\d+/index\\.html")).sorted().toList();
        }
        assertFalse(pages.isEmpty());
        for (Path page : pages) {
            Document doc = Jsoup.parse(page.toFile(), "UTF-8");
            Element prev = doc.selectFirst("link[rel=prev]");
            assertNotNull(prev, page.toString());
            assertTrue(Files.exists(page.getParent().resolve(prev.attr("href")).normalize()), page + " " + prev.attr("href"));
            Element next = doc.selectFirst("link[rel=next]");
            if (next != null) {
                assertTrue(Files.exists(page.getParent().resolve(next.attr("href")).normalize()), page + " " + next.attr("href"));
            }
        }
    }

    @Test
    void theNewsSitemapHoldsTheNewestArticleAndTheOverviewIsLinkedFromEveryPage() throws IOException {
        String news = Files.readString(out.resolve("news-sitemap.xml"));
        assertEquals(1, news.split("<url>", -1).length - 1, "only the newest article is within two days of itself");
        assertTrue(news.contains("<news:title>تمويل التكيف المناخي: فجوة تتسع بين الوعود والتنفيذ</news:title>"));
        Document overview = Jsoup.parse(out.resolve("analysis/index.html").toFile(), "UTF-8");
        assertEquals(List.of("2024-11", "2025-10"), overview.select(".list-header .intro time").eachAttr("datetime"));
        assertFalse(overview.select("table.rising tbody tr").isEmpty());
        for (var article : ARTICLES.entrySet()) {
            Element link = article.getValue().selectFirst(".footer-nav a:containsOwn(تحليلات)");
            assertNotNull(link, article.getKey());
            assertEquals("analysis/index.html", resolve(article.getKey(), link.attr("href")));
        }
        assertNull(Jsoup.parse(out.resolve("404.html").toFile(), "UTF-8").selectFirst("script[type=application/ld+json]"));
    }
}
