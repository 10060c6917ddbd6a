package org.warraq.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.rometools.rome.feed.atom.Feed;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warraq.content.Diagnostic;
import org.warraq.content.Diagnostics;

/**
 * The news-analysis features on a site built for them: three articles about dams and water, two about chess.
 * Russia is written «روسيا», «بروسيا» and «وروسيا»; one article names Lebanon and another drinks milk («لبن»).
 */
class NewsAnalysisTest {

    static final String DAMS = "2025/06/السدود-وحصص-مياه-الانهار/index.html";
    static final String DROUGHT = "2025/06/الجفاف-يهدد-الري-في-حوض-النهر/index.html";
    static final String RESERVOIRS = "2025/05/تبخر-مياه-الخزانات-خلف-السدود/index.html";
    static final String TOURNAMENT = "2025/06/بطولة-الشطرنج-تجمع-اللاعبين-الشباب/index.html";
    static final String OPENINGS = "2025/04/افتتاحيات-الشطرنج-المعاصرة/index.html";
    static final Set<String> WATER = Set.of(DAMS, DROUGHT, RESERVOIRS);
    static final Set<String> CHESS = Set.of(TOURNAMENT, OPENINGS);

    @TempDir
    static Path tmp;
    static SiteFixture site;

    @BeforeAll
    static void build() throws IOException {
        site = new SiteFixture(tmp)
                .write("images/dam.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>")
                .write("articles/dams.md", SiteFixture.article("السدود وحصص مياه الأنهار", "2025-06-10T09:00:00+03:00",
                        "tags: [المياه, السدود]\nimage: /images/dam.svg\nimage_alt: سد على نهر",
                        "تتنازع الدول على حصص مياه الأنهار بعد بناء السدود الكبيرة. وتخشى الدول الواقعة أسفل الأنهار نقص"
                                + " المياه في مواسم الجفاف. واقترحت روسيا وساطة فنية لتقاسم حصص المياه وإدارة السدود."))
                .write("articles/drought.md", SiteFixture.article("الجفاف يهدد الري في حوض النهر", "2025-06-09T08:00:00+03:00",
                        "tags: [المياه]",
                        "يهدد الجفاف مشاريع الري في حوض النهر، وتتراجع مياه السدود عامًا بعد عام. وتبحث الحكومات عن"
                                + " تقنيات ري تقلل هدر المياه، ومنها اتفاق تعاون بروسيا لتحلية المياه."))
                .write("articles/reservoirs.md", SiteFixture.article("تبخر مياه الخزانات خلف السدود", "2025-05-20",
                        "tags: [المياه, السدود]",
                        "تفقد الخزانات خلف السدود كميات كبيرة من المياه بالتبخر في الصيف. ويقترح مهندسون تغطية الخزانات"
                                + " لحماية المياه، كما فعلت مصر وروسيا في مشاريع تجريبية. أما لبنان فيعتمد على الينابيع."))
                .write("articles/tournament.md", SiteFixture.article("بطولة الشطرنج تجمع اللاعبين الشباب", "2025-06-07",
                        "tags: [الشطرنج]",
                        "انطلقت بطولة الشطرنج بمشاركة اللاعبين الشباب. وحرك اللاعبون الملك والوزير على الرقعة في نقلات"
                                + " افتتاح جريئة. وفي الاستراحة شرب اللاعبون اللبن، وطلب أحدهم كوب لبن بارد."))
                .write("articles/openings.md", SiteFixture.article("افتتاحيات الشطرنج المعاصرة", "2025-04-02", "",
                        "تتغير افتتاحيات الشطرنج مع كل بطولة جديدة. ويدرس اللاعبون نقلات الوزير والملك على الرقعة بعمق،"
                                + " ويحفظ اللاعبون الافتتاحيات قبل كل بطولة."));
        site.build();
    }

    static Document page(String path) throws IOException {
        return Jsoup.parse(site.out.resolve(path).toFile(), "UTF-8");
    }

    /** The articles a page's related section links to, as output paths. */
    static Set<String> related(String path) throws IOException {
        Document doc = page(path);
        Element aside = doc.selectFirst("aside.related");
        assertNotNull(aside, path);
        assertEquals("تغطية ذات صلة", doc.getElementById(aside.attr("aria-labelledby")).text());
        return aside.select("a[href]").stream().map(a -> resolve(path, a.attr("href"))).collect(Collectors.toSet());
    }

    static String resolve(String from, String href) {
        return site.out.relativize(site.out.resolve(from).getParent().resolve(href).normalize()).toString();
    }

    static List<String> listed(String path) throws IOException {
        return page(path).select("main .card-title a").stream().map(a -> resolve(path, a.attr("href"))).toList();
    }

    @Test
    void relatedCoverageStaysWithinTheTopic() throws IOException {
        for (String article : WATER) {
            assertEquals(WATER.stream().filter(a -> !a.equals(article)).collect(Collectors.toSet()), related(article), article);
        }
        assertEquals(Set.of(OPENINGS), related(TOURNAMENT));
        assertEquals(Set.of(TOURNAMENT), related(OPENINGS));
    }

    @Test
    void aPlacePageListsExactlyTheArticlesThatMentionItInAnyForm() throws IOException {
        assertEquals(List.of(DAMS, DROUGHT), listed("place/روسيا/index.html"), "newest first, two a page");
        assertEquals(List.of(RESERVOIRS), listed("place/روسيا/page/2/index.html"));
        assertEquals(List.of(RESERVOIRS), listed("place/لبنان/index.html"), "milk («لبن», «اللبن») is not Lebanon");
        assertEquals(List.of(RESERVOIRS), listed("place/مصر/index.html"));
        try (var places = Files.list(site.out.resolve("place"))) {
            assertEquals(Set.of("index.html", "روسيا", "لبنان", "مصر"),
                    places.map(p -> p.getFileName().toString()).collect(Collectors.toSet()));
        }
        Document index = page("place/index.html");
        assertEquals(List.of("روسيا (٣ مقالات)", "لبنان (مقال واحد)", "مصر (مقال واحد)"),
                index.select("main .place-index li").eachText());
        Document first = page("place/روسيا/index.html");
        assertEquals("روسيا", first.selectFirst("h1").text());
        assertNotNull(first.selectFirst("link[rel=next][href]"));
        assertNotNull(page("place/روسيا/page/2/index.html").selectFirst("link[rel=prev][href]"));
    }

    @Test
    void articlePagesListTheirPlacesMostMentionedFirst() throws IOException {
        assertEquals(List.of("مصر", "روسيا", "لبنان"), page(RESERVOIRS).select(".article-places a").eachText());
        assertEquals(List.of("روسيا"), page(DAMS).select(".article-places a").eachText());
        assertNull(page(TOURNAMENT).selectFirst(".article-places"));
    }

    @Test
    void anUntaggedArticleGetsSuggestedTopicsAndCheckListsIt() throws IOException {
        Document openings = page(OPENINGS);
        Element section = openings.selectFirst("section.suggested-topics");
        assertNotNull(section);
        assertEquals("موضوعات مقترحة", openings.getElementById(section.attr("aria-labelledby")).text());
        List<String> topics = section.select("a").eachText();
        assertTrue(topics.contains("الشطرنج") && topics.size() <= 5, topics.toString());
        assertTrue(section.select("a[rel=tag]").isEmpty(), "suggestions are not tags");
        for (Element a : section.select("a")) {
            assertTrue(a.attr("href").startsWith("../../../search/index.html?q="), a.outerHtml());
        }
        assertNull(page(DAMS).selectFirst("section.suggested-topics"), "a tagged article shows its tags only");

        Diagnostics strict = new Diagnostics();
        SiteBuild.generate(site.options(), strict, true);
        List<String> untagged = strict.sorted().stream().map(Diagnostic::toString).filter(d -> d.contains("has no tags")).toList();
        assertEquals(1, untagged.size(), untagged.toString());
        assertTrue(untagged.get(0).startsWith("content/articles/openings.md:2: warning: article has no tags; suggested from its text: "),
                untagged.get(0));
        assertTrue(untagged.get(0).contains("الشطرنج"), untagged.get(0));
        Diagnostics build = new Diagnostics();
        SiteBuild.generate(site.options(), build);
        assertTrue(build.sorted().stream().noneMatch(d -> d.toString().contains("has no tags")), "a build stays quiet about tags");
    }

    @Test
    void tagSectionAuthorAndPlacePagesShowAnAccessibleMonthlyTimeline() throws IOException {
        for (String list : List.of("tag/المياه/index.html", "category/economy/index.html", "author/salma/index.html",
                "place/روسيا/index.html")) {
            Document doc = page(list);
            Element svg = doc.selectFirst("figure.timeline svg");
            assertNotNull(svg, list);
            assertEquals("img", svg.attr("role"), list);
            for (String id : svg.attr("aria-labelledby").split(" ")) {
                Element labelled = doc.getElementById(id);
                assertNotNull(labelled, list + " " + id);
                assertTrue(Set.of("title", "desc").contains(labelled.normalName()) && labelled.parent() == svg, list);
            }
            assertTrue(svg.select("[style]").isEmpty() && doc.select("style").isEmpty(), list);
            assertTrue(doc.select("figure.timeline details table tbody tr").size() >= 1, list);
            assertNull(page(list.replace("index.html", "page/2/index.html").replace("tag/المياه/page/2/", "tag/المياه/"))
                    .selectFirst("figure.timeline ~ figure.timeline"), list);
        }
        Document water = page("tag/المياه/index.html");
        assertEquals(List.of("مايو ٢٠٢٥ ١", "يونيو ٢٠٢٥ ٢"), water.select("figure.timeline tbody tr").eachText());
        assertEquals(2, water.select("svg rect.timeline-bar").size());
        assertEquals("عدد المقالات في كل شهر من مايو ٢٠٢٥ إلى يونيو ٢٠٢٥: ٣ مقالات، أكثرها في يونيو ٢٠٢٥ (مقالان).",
                water.selectFirst("svg desc").text());
        assertNull(page("category/economy/page/2/index.html").selectFirst("figure.timeline"), "on the first page only");
    }

    @Test
    void theOverviewCountsTheYearBeforeTheNewestArticleNotTheBuildClock() throws IOException {
        Document doc = page("analysis/index.html");
        assertEquals("تحليلات", doc.selectFirst("h1").text());
        assertEquals(List.of("2024-07", "2025-06"), doc.select(".list-header .intro time").eachAttr("datetime"),
                "the build runs in 2026; the year is the one ending with the newest article");
        assertEquals(List.of("المياه (٣ مقالات)", "السدود (مقالان)", "الشطرنج (مقال واحد)"),
                doc.select("section[aria-labelledby=topics-title] li").eachText());
        assertEquals(List.of("روسيا (٣ مقالات)", "لبنان (مقال واحد)", "مصر (مقال واحد)"),
                doc.select("section[aria-labelledby=places-title] li").eachText());
        assertNotNull(doc.selectFirst("section[aria-labelledby=months-title] svg[role=img]"));
        List<String> rising = doc.select("table.rising tbody tr").eachText();
        assertFalse(rising.isEmpty());
        assertTrue(rising.get(0).endsWith("٦٠٪ ٠٪"), rising.toString());
        assertEquals(Set.of("المياه", "السدود"), Set.of(rising.get(0).split(" ")[0], rising.get(1).split(" ")[0]), rising.toString());
        assertEquals("../../analysis/index.html", page("tag/المياه/index.html").select(".footer-nav a")
                .stream().filter(a -> a.text().equals("تحليلات")).findFirst().orElseThrow().attr("href"));
    }

    @Test
    void articlePagesDescribeThemselvesAsNewsArticlesToCrawlers() throws IOException {
        Document doc = page(DAMS);
        JsonNode article = DataBlocks.only(doc, DAMS, "NewsArticle");
        String url = "https://example.org/2025/06/" + encoded("السدود-وحصص-مياه-الانهار") + "/";
        assertEquals("https://schema.org", article.path("@context").asText());
        assertEquals("السدود وحصص مياه الأنهار", article.path("headline").asText());
        assertTrue(article.path("description").asText().startsWith("تتنازع الدول على حصص مياه الأنهار"));
        assertEquals("2025-06-10T09:00:00+03:00", article.path("datePublished").asText());
        assertEquals("2025-06-10T09:00:00+03:00", article.path("dateModified").asText());
        assertEquals(url, article.path("url").asText());
        assertEquals(url, article.path("mainEntityOfPage").path("@id").asText());
        JsonNode author = article.path("author").get(0);
        assertEquals("Person", author.path("@type").asText());
        assertEquals("سلمى الراشد", author.path("name").asText());
        assertEquals("https://example.org/author/salma/", author.path("url").asText());
        assertEquals("Organization", article.path("publisher").path("@type").asText());
        assertEquals("موقع الاختبار", article.path("publisher").path("name").asText());
        assertEquals("https://example.org/", article.path("publisher").path("url").asText());
        assertEquals("ar", article.path("inLanguage").asText());
        assertEquals("https://example.org/images/dam.svg", article.path("image").get(0).asText());
        assertEquals("المياه", article.path("keywords").get(0).asText());
        assertEquals("السدود", article.path("keywords").get(1).asText());
        assertEquals("اقتصاد", article.path("articleSection").asText());

        JsonNode crumbs = DataBlocks.only(doc, DAMS, "BreadcrumbList").path("itemListElement");
        assertEquals(3, crumbs.size());
        assertEquals(List.of("موقع الاختبار", "اقتصاد", "السدود وحصص مياه الأنهار"),
                List.of(crumbs.get(0).path("name").asText(), crumbs.get(1).path("name").asText(), crumbs.get(2).path("name").asText()));
        assertEquals(List.of("https://example.org/", "https://example.org/category/economy/", url),
                List.of(crumbs.get(0).path("item").asText(), crumbs.get(1).path("item").asText(), crumbs.get(2).path("item").asText()));
        assertEquals(3, crumbs.get(2).path("position").asInt());

        assertTrue(DataBlocks.of(page(OPENINGS), OPENINGS).stream().noneMatch(n -> n.has("keywords")),
                "an untagged article has no keywords: suggestions are not the editor's");
        assertFalse(DataBlocks.only(page(OPENINGS), OPENINGS, "NewsArticle").has("image"));
    }

    @Test
    void theHomePageDescribesTheSiteAndItsSearch() throws IOException {
        JsonNode site = DataBlocks.only(page("index.html"), "index.html", "WebSite");
        assertEquals("موقع الاختبار", site.path("name").asText());
        assertEquals("https://example.org/", site.path("url").asText());
        JsonNode action = site.path("potentialAction");
        assertEquals("SearchAction", action.path("@type").asText());
        assertEquals("https://example.org/search/?q={search_term_string}", action.path("target").path("urlTemplate").asText());
        assertEquals("required name=search_term_string", action.path("query-input").asText());
        assertTrue(DataBlocks.of(page("page/2/index.html"), "page/2").isEmpty(), "the site is described once, on its home page");
    }

    @Test
    void openGraphAndTwitterCardsOnArticleAndListPages() throws IOException {
        Map<String, List<String>> meta = meta(page(DAMS));
        assertEquals(List.of("ar_AR"), meta.get("og:locale"));
        assertEquals(List.of("article"), meta.get("og:type"));
        assertEquals(List.of("السدود وحصص مياه الأنهار"), meta.get("og:title"));
        assertEquals(List.of("https://example.org/images/dam.svg"), meta.get("og:image"));
        assertEquals(List.of("سد على نهر"), meta.get("og:image:alt"));
        assertEquals(List.of("2025-06-10T09:00:00+03:00"), meta.get("article:published_time"));
        assertEquals(List.of("2025-06-10T09:00:00+03:00"), meta.get("article:modified_time"));
        assertEquals(List.of("اقتصاد"), meta.get("article:section"));
        assertEquals(List.of("المياه", "السدود"), meta.get("article:tag"));
        assertEquals(List.of("summary_large_image"), meta.get("twitter:card"));
        assertEquals(page(DAMS).selectFirst("link[rel=canonical]").attr("href"), meta.get("og:url").get(0));
        Map<String, List<String>> tag = meta(page("tag/المياه/index.html"));
        assertEquals(List.of("website"), tag.get("og:type"));
        assertEquals(List.of("summary"), tag.get("twitter:card"));
        assertNull(tag.get("article:published_time"));
    }

    static Map<String, List<String>> meta(Document doc) {
        Map<String, List<String>> found = new java.util.HashMap<>();
        for (Element m : doc.select("head meta[property], head meta[name]")) {
            String key = m.hasAttr("property") ? m.attr("property") : m.attr("name");
            found.computeIfAbsent(key, k -> new ArrayList<>()).add(m.attr("content"));
        }
        return found;
    }

    @Test
    void feedsAreAtomThatAFeedLibraryReads() throws IOException {
        Feed all = AtomFeeds.check(site.out.resolve("feed.xml"), "https://example.org/feed.xml");
        assertEquals(5, all.getEntries().size());
        var first = all.getEntries().get(0);
        assertEquals("السدود وحصص مياه الأنهار", first.getTitle());
        assertEquals(java.time.Instant.parse("2025-06-10T06:00:00Z"), first.getPublished().toInstant());
        assertEquals("سلمى الراشد", first.getAuthors().get(0).getName());
        assertEquals("https://example.org/author/salma/", first.getAuthors().get(0).getUri());
        assertEquals(List.of("اقتصاد", "المياه", "السدود"), first.getCategories().stream().map(c -> c.getTerm()).toList());
        assertTrue(first.getContents().get(0).getValue().contains("تتنازع الدول"));
        Feed water = AtomFeeds.check(site.out.resolve("tag/المياه/feed.xml"),
                "https://example.org/tag/" + encoded("المياه") + "/feed.xml");
        assertEquals(3, water.getEntries().size());
        AtomFeeds.check(site.out.resolve("category/economy/feed.xml"), "https://example.org/category/economy/feed.xml");
        AtomFeeds.check(site.out.resolve("place/روسيا/feed.xml"), "https://example.org/place/" + encoded("روسيا") + "/feed.xml");
    }

    @Test
    void theNewsSitemapListsTheTwoDaysUpToTheNewestArticleAndRobotsNameBothSitemaps() throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        var xml = factory.newDocumentBuilder().parse(site.out.resolve("news-sitemap.xml").toFile());
        String news = "http://www.google.com/schemas/sitemap-news/0.9";
        var urls = xml.getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", "url");
        assertEquals(2, urls.getLength(), "the dams and drought articles; the tournament is three days older");
        List<String> titles = new ArrayList<>();
        for (int i = 0; i < urls.getLength(); i++) {
            var url = (org.w3c.dom.Element) urls.item(i);
            assertEquals("موقع الاختبار", url.getElementsByTagNameNS(news, "name").item(0).getTextContent());
            assertEquals("ar", url.getElementsByTagNameNS(news, "language").item(0).getTextContent());
            titles.add(url.getElementsByTagNameNS(news, "title").item(0).getTextContent());
            assertFalse(url.getElementsByTagNameNS(news, "publication_date").item(0).getTextContent().isEmpty());
        }
        assertEquals(List.of("السدود وحصص مياه الأنهار", "الجفاف يهدد الري في حوض النهر"), titles);
        assertEquals("2025-06-10T09:00:00+03:00",
                xml.getElementsByTagNameNS(news, "publication_date").item(0).getTextContent());
        assertEquals("User-agent: *\nAllow: /\n\nSitemap: https://example.org/sitemap.xml\nSitemap: https://example.org/news-sitemap.xml\n",
                Files.readString(site.out.resolve("robots.txt"), StandardCharsets.UTF_8));
    }

    static String encoded(String segment) {
        return java.net.URLEncoder.encode(segment, StandardCharsets.UTF_8);
    }
}
