package org.warraq.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.warraq.content.Article;
import org.warraq.content.ContentFormat;
import org.warraq.content.StoredText;
import org.warraq.output.Spool;

class BodyRendererTest {

    private static final String ROOT = "../../../";
    private static final String BASE = "https://marsad.example/";

    private final BodyRenderer escaping = new BodyRenderer(false, true);

    private static Document html(RenderedBody body) {
        return Jsoup.parseBodyFragment(body.html());
    }

    private RenderedBody render(String markdown) {
        return escaping.renderMarkdown(markdown, ROOT, BASE);
    }

    private static Article article(ContentFormat format, String body) {
        return new Article(Path.of("content/x"), false, format, "عنوان", ZonedDateTime.of(2025, 1, 1, 0, 0, 0, 0, ZoneId.of("UTC")),
                null, List.of(), List.of(), List.of(), "", null, false, List.of(), null, "", "", "", List.of(), body, 1);
    }

    private static boolean dangerous(String url) {
        String compact = url.replaceAll("[\\x00-\\x20\\x7f]", "").toLowerCase(Locale.ROOT);
        return compact.startsWith("javascript:") || compact.startsWith("data:") || compact.startsWith("vbscript:");
    }

    @Test
    void rawHtmlIsEscapedByDefault() {
        RenderedBody body = render("قبل\n\n<script>alert(1)</script>\n\nنص <b onclick=\"steal()\">عريض</b>\n");
        Document doc = html(body);
        assertTrue(doc.select("script, b, [onclick]").isEmpty(), body.html());
        assertTrue(doc.text().contains("<script>alert(1)</script>"), doc.text());
        assertTrue(doc.text().contains("<b onclick=\"steal()\">"), doc.text());
        assertFalse(body.feedHtml().contains("<script"), body.feedHtml());
    }

    @Test
    void rawHtmlPassesSanitisedWhenTheSiteAllowsIt() {
        RenderedBody body = new BodyRenderer(true, true).renderMarkdown("<script>alert(1)</script>\n\nنص <b>عريض</b>\n", ROOT, BASE);
        Document doc = html(body);
        assertEquals(0, doc.select("script").size(), body.html());
        assertEquals("عريض", doc.select("b").text());
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "JaVaScRiPt:alert(1)", "data:text/html;base64,PHNjcmlwdD4=",
            "DATA:text/html,x", "vbscript:msgbox(1)", "jav&#x61;script:alert(1)", "&#x6A;avascript:alert(1)",
            "javascript&#58;alert(1)", "<java&#9;script:alert(1)>", "java&#10;script:alert(1)", "<&#x20;javascript:alert(1)>",
            "java\u200Bscript:alert(1)", "\u202Ejavascript:alert(1)"})
    void dangerousLinkSchemesLoseTheirHref(String url) {
        RenderedBody body = render("اقرأ [التفاصيل](" + url + ") هنا.\n\n[مرجع][r]\n\n[r]: " + url.replace("<", "").replace(">", "") + "\n");
        for (String out : List.of(body.html(), body.feedHtml())) {
            Document doc = Jsoup.parseBodyFragment(out);
            for (Element e : doc.select("[href], [src]")) {
                assertFalse(dangerous(e.attr("href")) || dangerous(e.attr("src")), out);
            }
            assertTrue(doc.text().contains("التفاصيل"), out);
            assertTrue(doc.text().contains("مرجع"), out);
        }
    }

    @Test
    void mixedCaseSchemesKeepTheLinkTextWithoutHref() {
        Element a = html(render("[اضغط](JaVaScRiPt:alert(1))")).selectFirst("a");
        assertNotNull(a);
        assertEquals("اضغط", a.text());
        assertFalse(a.hasAttr("href"));
    }

    @Test
    void autolinksWithBadSchemesLoseTheirHref() {
        Document doc = html(render("<JAVASCRIPT:alert(1)> و <https://marsad.example/a>"));
        for (Element a : doc.select("a[href]")) {
            assertFalse(dangerous(a.attr("href")), doc.html());
        }
        assertEquals(1, doc.select("a[href=https://marsad.example/a]").size(), doc.html());
    }

    @Test
    void safeSchemesAndRelativeLinksAreKept() {
        Document doc = html(render("[أ](http://a.example/x) [ب](https://b.example/ص?q=1#f) [ج](mailto:desk@marsad.example) "
                + "[د](../2023/تقرير/) [هـ](#الخلفية) [و](صورة.jpg) [ز](//cdn.example/x.js)"));
        assertEquals(List.of("http://a.example/x", "https://b.example/ص?q=1#f", "mailto:desk@marsad.example", "../2023/تقرير/",
                "#الخلفية", "صورة.jpg", "//cdn.example/x.js"), doc.select("a").eachAttr("href"));
    }

    @Test
    void imagesWithBadSourcesPointNowhere() {
        Document doc = html(render("![شعار](data:image/svg+xml;base64,PHN2Zz4=)\n\n![صورة](JAVASCRIPT:alert(1))\n\n![x](javascript:alert(1))"));
        for (Element img : doc.select("img")) {
            assertEquals(RtlAttributes.REFUSED_URL, img.attr("src"), doc.html());
        }
        assertEquals(2, doc.select("img[src=about:invalid]").size(), doc.html());
        assertEquals("شعار", doc.select("img").get(0).attr("alt"));
    }

    @Test
    void imagesWithGoodSourcesAreKept() {
        Document doc = html(render("![مرفأ](https://cdn.example/port.jpg) ![خريطة](maps/خريطة.svg)"));
        assertEquals(List.of("https://cdn.example/port.jpg", "maps/خريطة.svg"), doc.select("img").eachAttr("src"));
    }

    @Test
    void tableAlignmentBecomesLogicalClasses() {
        RenderedBody body = render("""
                | المحافظة | النسبة | الترتيب | ملاحظة |
                |:---------|-------:|:-------:|--------|
                | القاهرة  | ٤٥٪    | ١       | —      |
                """);
        Document doc = html(body);
        assertFalse(body.html().contains("align="), body.html());
        assertFalse(body.feedHtml().contains("align="), body.feedHtml());
        assertEquals(List.of("align-start", "align-end", "align-center", ""), doc.select("th").stream().map(Element::className).toList());
        assertEquals(List.of("align-start", "align-end", "align-center", ""), doc.select("td").stream().map(Element::className).toList());
        assertTrue(doc.selectFirst("table").hasClass("data-table"));
    }

    @Test
    void headingIdsAreReadableArabicAndUnique() {
        RenderedBody body = render("## مِصـرُ\n\nنص\n\n## مصر\n\n### الأزمة: ما العمل؟\n\n## «»\n\n## مصر\n");
        Document doc = html(body);
        assertEquals(List.of("مصر", "مصر-2", "الازمة-ما-العمل", "section", "مصر-3"), doc.select("h2, h3").eachAttr("id"));
        assertEquals(List.of(new RenderedBody.TocEntry(2, "مصر", "مِصـرُ"), new RenderedBody.TocEntry(2, "مصر-2", "مصر"),
                new RenderedBody.TocEntry(3, "الازمة-ما-العمل", "الأزمة: ما العمل؟"), new RenderedBody.TocEntry(2, "section", "«»"),
                new RenderedBody.TocEntry(2, "مصر-3", "مصر")), body.toc());
    }

    @Test
    void aHeadingCannotStealAnIdAlreadyNumbered() {
        RenderedBody body = render("## خبر\n\n## خبر\n\n## خبر-2\n");
        assertEquals(List.of("خبر", "خبر-2", "خبر-2-2"), body.toc().stream().map(RenderedBody.TocEntry::id).toList());
    }

    @Test
    void footnotesRender() {
        RenderedBody body = render("قال المصدر إن الاتفاق قريب[^1].\n\n[^1]: تصريح لوكالة الأنباء الرسمية.\n");
        Document doc = html(body);
        Element ref = doc.selectFirst("sup a.footnote-ref");
        assertNotNull(ref, body.html());
        Element note = doc.getElementById(ref.attr("href").substring(1));
        assertNotNull(note, body.html());
        assertTrue(note.text().contains("تصريح لوكالة الأنباء الرسمية."), note.text());
        assertNotNull(note.selectFirst("a.footnote-backref"), body.html());
    }

    @Test
    void siteRootLinksAreRelativeToThePageAndAbsoluteInFeeds() {
        RenderedBody body = render("[السابق](/2024/03/قمة/) [قسم](/2024/03/قمة/#الخلفية) ![صورة](/images/ميناء.jpg) "
                + "[الرئيسية](/) [ملف](/files/تقرير.pdf?v=2)");
        assertEquals(List.of("../../../2024/03/قمة/index.html", "../../../2024/03/قمة/index.html#الخلفية",
                "../../../index.html", "../../../files/تقرير.pdf?v=2"), html(body).select("a").eachAttr("href"));
        assertEquals("../../../images/ميناء.jpg", html(body).selectFirst("img").attr("src"));
        Document feed = Jsoup.parseBodyFragment(body.feedHtml());
        assertEquals(List.of("https://marsad.example/2024/03/قمة/", "https://marsad.example/2024/03/قمة/#الخلفية",
                "https://marsad.example/", "https://marsad.example/files/تقرير.pdf?v=2"), feed.select("a").eachAttr("href"));
        assertEquals("https://marsad.example/images/ميناء.jpg", feed.selectFirst("img").attr("src"));
    }

    @Test
    void withoutPortableLinksFoldersStayFolders() {
        RenderedBody body = new BodyRenderer(false, false).renderMarkdown("[السابق](/2024/03/قمة/)", "../", BASE);
        assertEquals("../2024/03/قمة/", html(body).selectFirst("a").attr("href"));
        assertEquals("https://marsad.example/2024/03/قمة/", Jsoup.parseBodyFragment(body.feedHtml()).selectFirst("a").attr("href"));
    }

    @Test
    void aBaseUrlWithCharactersToEscapeStillGivesBothRenderings() {
        RenderedBody body = new BodyRenderer(false, true).renderMarkdown("[السابق](/2024/03/قمة/) ![صورة](/i.jpg)", "../",
                "https://marsad.example/a&b/");
        assertEquals("../2024/03/قمة/index.html", html(body).selectFirst("a").attr("href"));
        assertEquals("https://marsad.example/a&b/2024/03/قمة/", Jsoup.parseBodyFragment(body.feedHtml()).selectFirst("a").attr("href"));
        assertEquals("https://marsad.example/a&b/i.jpg", Jsoup.parseBodyFragment(body.feedHtml()).selectFirst("img").attr("src"));
        assertTrue(body.feedHtml().contains("a&amp;b"), body.feedHtml());
        assertFalse(body.html().contains("\u0000") || body.feedHtml().contains("\u0000"));
    }

    @Test
    void aBodyHoldsOneHtmlForItsPageAndItsFeeds() {
        RenderedBody body = new BodyRenderer(false, true).renderMarkdown("[السابق](/2024/03/قمة/) ![صورة](/i.jpg)", "../", BASE);
        assertNull(body.markup().feed(), "the feed's HTML is made from the marked HTML, not kept");
        assertEquals("../2024/03/قمة/index.html", html(body).selectFirst("a").attr("href"));
        assertEquals("https://marsad.example/2024/03/قمة/", Jsoup.parseBodyFragment(body.feedHtml()).selectFirst("a").attr("href"));
        assertEquals("https://marsad.example/i.jpg", Jsoup.parseBodyFragment(body.feedHtml()).selectFirst("img").attr("src"));
        assertFalse(body.html().contains("\u0000") || body.feedHtml().contains("\u0000"));
        RenderedBody escaped = new BodyRenderer(false, true).renderMarkdown("[السابق](/2024/03/قمة/)", "../", "https://marsad.example/a&b/");
        assertNotNull(escaped.markup().feed(), "a root the marks cannot carry keeps two renderings");
        RenderedBody raw = new BodyRenderer(true, true).renderMarkdown("[السابق](/2024/03/قمة/)", "../", BASE);
        assertNotNull(raw.markup().feed(), "raw HTML is cleaned after the links are made, so both are kept");
        assertEquals("https://marsad.example/2024/03/قمة/", Jsoup.parseBodyFragment(raw.feedHtml()).selectFirst("a").attr("href"));
    }

    @Test
    void aBodyKeptInTheSpoolReadsBackAsItWasMade(@TempDir Path tmp) throws java.io.IOException {
        List<RenderedBody> made = List.of(
                new BodyRenderer(false, true).renderMarkdown("## عنوان\n\n[السابق](/2024/03/قمة/) ![صورة](/i.jpg) فقرة", "../", BASE),
                new BodyRenderer(false, true).renderMarkdown("[السابق](/2024/03/قمة/)", "../", "https://marsad.example/a&b/"),
                new BodyRenderer(true, true).renderMarkdown("<b>خام</b> [السابق](/2024/03/قمة/)", "../", BASE));
        try (Spool spool = Spool.onDisk(tmp.resolve("spool"))) {
            for (RenderedBody body : made) {
                RenderedBody kept = body.storedIn(spool::keep);
                assertFalse(kept.plainText() instanceof StoredText.Held, "the text is on disk");
                assertFalse(kept.markup().marked() instanceof StoredText.Held, "the HTML is on disk");
                RenderedBodies.assertReadsBackAs(body, kept);
                assertEquals(body.html(), kept.deferredHtml().read());
                assertEquals(body.feedHtml(), kept.deferredFeedHtml().read());
                assertEquals(kept.deferredHtml(), kept.deferredHtml(), "models holding the same body compare equal");
                assertEquals(body.markup().feed() == null, kept.markup().feed() == null);
            }
            assertEquals(made.get(0), made.get(0).storedIn(StoredText::of), "kept in the heap, equal by value");
        }
    }

    @Test
    void markdownTextIsCollectedForWordCounts() {
        RenderedBody body = render("## عنوان\n\nفقرة **مهمة** عن [الاقتصاد](/x/).\n");
        assertTrue(body.text().contains("فقرة مهمة عن الاقتصاد."), body.text());
        assertFalse(body.text().contains("**"), body.text());
    }

    @Test
    void markdownArticlesAreRenderedAsMarkdown() {
        RenderedBody body = escaping.render(article(ContentFormat.MARKDOWN, "فقرة *مائلة*\n"), ROOT, BASE);
        assertEquals("مائلة", html(body).select("em").text());
    }

    @Test
    void plainTextIsEscapedNeverMarkup() {
        String desk = """
                ارتفع مؤشر البورصة *اليوم* بنسبة ٢٪ وسط تداولات #نشطة و_هادئة_ في آن. وقال محللون إن الارتفاع مؤقت.

                أسباب الارتفاع
                يرجع ذلك إلى <b>أرباح</b> الشركات & تحسن الثقة.
                # ليس عنوانًا
                [رابط](javascript:alert(1))
                """;
        RenderedBody body = escaping.render(article(ContentFormat.PLAIN_TEXT, desk), ROOT, BASE);
        Document doc = html(body);
        assertTrue(doc.select("em, strong, b, a, h1").isEmpty(), body.html());
        Element lead = doc.selectFirst("p.lead");
        assertNotNull(lead, body.html());
        assertTrue(lead.text().contains("*اليوم*"), lead.text());
        assertTrue(lead.text().contains("#نشطة"), lead.text());
        assertTrue(lead.text().contains("و_هادئة_"), lead.text());
        assertEquals(List.of("أسباب الارتفاع", "# ليس عنوانًا"), doc.select("h2").eachText());
        assertEquals(List.of("اسباب-الارتفاع", "ليس-عنوانا"), doc.select("h2").eachAttr("id"));
        assertTrue(doc.text().contains("<b>أرباح</b> الشركات & تحسن الثقة."), doc.text());
        assertTrue(doc.text().contains("[رابط](javascript:alert(1))"), doc.text());
        assertEquals(List.of(new RenderedBody.TocEntry(2, "اسباب-الارتفاع", "أسباب الارتفاع"),
                new RenderedBody.TocEntry(2, "ليس-عنوانا", "# ليس عنوانًا")), body.toc());
        assertEquals(body.html(), body.feedHtml());
        assertTrue(body.text().startsWith("ارتفع مؤشر البورصة *اليوم*"), body.text());
    }

    @Test
    void plainTextDropsItsTitleLine() {
        RenderedBody body = escaping.render(article(ContentFormat.PLAIN_TEXT, "# العنوان\nالفقرة الأولى.\n"), ROOT, BASE);
        Document doc = html(body);
        assertTrue(doc.select("h1, h2").isEmpty(), body.html());
        assertEquals("الفقرة الأولى.", doc.selectFirst("p.lead").text());
        assertFalse(body.html().contains("العنوان"), body.html());
    }

    @Test
    void headingIdsNeverBreakOutOfTheirAttribute() {
        RenderedBody body = render("## \"><img src=x onerror=alert(1)>\n");
        Document doc = html(body);
        assertTrue(doc.select("img, [onerror]").isEmpty(), body.html());
    }
}
