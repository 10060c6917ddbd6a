package org.warraq.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.stream.IntStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.warraq.arabic.Direction;
import org.warraq.arabic.Typography;
import org.warraq.content.Article;
import org.warraq.content.ContentFormat;
import org.warraq.content.Numerals;
import org.warraq.content.SiteConfig.QuoteStyle;

/** The right-to-left layer on Markdown and desk bodies: block directions, isolated runs, typography, footnotes. */
class RtlMarkdownTest {

    private static final RtlOptions SITE = RtlOptions.defaults();
    private static final RtlOptions TYPESET = new RtlOptions(Direction.RTL, "ar", "en",
            new Typography(QuoteStyle.GUILLEMETS, true), Numerals.ARAB);

    private static Document render(String markdown) {
        return render(markdown, SITE);
    }

    private static Document render(String markdown, RtlOptions options) {
        return Jsoup.parseBodyFragment(new BodyRenderer(false, true, options).renderMarkdown(markdown, "../", "https://x.example/").html());
    }

    private static Document desk(String text) {
        Article a = new Article(Path.of("content/x.txt"), false, ContentFormat.PLAIN_TEXT, "عنوان",
                ZonedDateTime.of(2025, 1, 1, 0, 0, 0, 0, ZoneId.of("UTC")), null, List.of(), List.of(), List.of(), "", null,
                false, List.of(), null, "", "", "", List.of(), text, 1);
        return Jsoup.parseBodyFragment(new BodyRenderer(false, true).render(a, "../", "https://x.example/").html());
    }

    private static List<String> attr(List<Element> elements, String name) {
        return elements.stream().map(e -> e.attr(name)).toList();
    }

    private static List<String> isolated(Element scope) {
        return scope.select("span[dir]").eachText();
    }

    @Test
    void arabicBlocksInheritAndLatinBlocksAreLeftToRight() {
        Document doc = render("""
                ## عنوان عربي

                ## An English heading

                فقرة عربية.

                An English paragraph, with a final full stop.

                - بند عربي
                - An English item

                > A quotation in English from the report.
                """);
        assertEquals(List.of("", "ltr"), attr(doc.select("h2"), "dir"));
        assertEquals(List.of("", "ltr"), attr(doc.select("body > p"), "dir"));
        assertEquals(List.of("", "ltr"), attr(doc.select("li"), "dir"));
        assertEquals("ltr", doc.selectFirst("blockquote").attr("dir"));
        assertEquals("en", doc.selectFirst("p[dir=ltr]").attr("lang"));
        assertFalse(doc.selectFirst("p").hasAttr("lang"));
    }

    @Test
    void anArabicSentenceOpeningWithALatinNameStaysRightToLeft() {
        Document doc = render("ChatGPT بالعربية: وعود النماذج اللغوية وحدودها.\n");
        assertFalse(doc.selectFirst("p").hasAttr("dir"));
        assertEquals(List.of("ChatGPT"), isolated(doc));
    }

    @Test
    void anArabicParagraphInsideAnEnglishQuotationTurnsBack() {
        Document doc = render("> The minister said the system would arrive by next year.\n>\n> وأضاف أن الأمر محسوم.\n");
        assertEquals("ltr", doc.selectFirst("blockquote").attr("dir"));
        Element arabic = doc.select("blockquote p").get(1);
        assertEquals("rtl", arabic.attr("dir"));
        assertEquals("ar", arabic.attr("lang"));
        assertFalse(doc.select("blockquote p").get(0).hasAttr("dir"), "same as its quotation: no attribute");
    }

    @Test
    void tableCellsTakeTheirOwnDirectionAndKeepLogicalAlignment() {
        Document doc = render("| الدولة | Country | النسبة |\n|:--|--:|:-:|\n| مصر | Egypt | +3.5% |\n");
        assertEquals(List.of("", "ltr", ""), attr(doc.select("td"), "dir"));
        assertEquals(List.of("align-start", "align-end", "align-center"), doc.select("td").eachAttr("class"));
        assertTrue(doc.select("[align]").isEmpty());
        assertEquals(List.of("+3.5%"), isolated(doc.select("td").get(2)));
    }

    @Test
    void codeIsAlwaysLeftToRight() {
        Document doc = render("شغّل الأمر `ls -la` ثم:\n\n```\nمرحبا = 1\n```\n\n    indented()\n\nRun `make` now.\n");
        assertEquals(List.of("ltr", "ltr"), doc.select("pre").eachAttr("dir"));
        assertEquals(List.of("ltr", "ltr"), doc.select("p code").eachAttr("dir"));
        assertTrue(doc.select("p").get(0).select("span[dir]").isEmpty(), "a lone inline code needs no extra isolation");
    }

    @Test
    void latinRunsNumbersUrlsAndEmailsAreIsolatedWithTheirLanguage() {
        Document doc = render("أكد أن منظومة S-400 ستصل في 2025-2026 بزيادة +3.5% وفق تقرير Belt and Road، "
                + "انظر https://example.org/report أو اكتب إلى desk@example.org.\n");
        assertEquals(List.of("S-400", "2025-2026", "+3.5%", "Belt and Road", "https://example.org/report", "desk@example.org"),
                isolated(doc));
        assertEquals(List.of("ltr"), doc.select("span[dir]").eachAttr("dir").stream().distinct().toList());
        assertEquals(List.of("en", "", "", "en", "en", "en"), attr(doc.select("span[dir]"), "lang"));
        assertTrue(doc.selectFirst("p").text().endsWith("desk@example.org."), "the sentence keeps its full stop");
    }

    @Test
    void theLatinLanguageIsTheSites() {
        RtlOptions french = new RtlOptions(Direction.RTL, "ar", "fr", Typography.NONE, Numerals.ARAB);
        assertEquals("fr", render("قالت صحيفة Le Monde إن الاتفاق قريب.\n", french).selectFirst("span[dir]").attr("lang"));
    }

    @Test
    void anEnglishSentenceKeepsItsFullStopInsideItsRun() {
        Document doc = render("قال الوزير: \"We will not back down.\" ثم غادر القاعة.\n");
        assertEquals(List.of("We will not back down."), isolated(doc));
    }

    @Test
    void aRunMaySpanEmphasisAndLinks() {
        Document doc = render("اقرأ read *the full report* [on the site](https://example.org) today ثم علّق.\n");
        Element run = doc.selectFirst("span[dir=ltr]");
        assertNotNull(run);
        assertEquals("read the full report on the site today", run.text());
        assertNotNull(run.selectFirst("em"));
        assertNotNull(run.selectFirst("a[href=https://example.org]"));
    }

    @Test
    void emphasisMixingBothScriptsIsolatesInside() {
        Document doc = render("قال **حزب Labour البريطاني** إن النتيجة مفاجئة.\n");
        assertEquals(List.of("Labour"), isolated(doc.selectFirst("strong")));
    }

    @Test
    void headingsAreIsolatedAndKeepReadableIds() {
        Document doc = render("## منظومة S-400 في الميزان\n");
        Element h2 = doc.selectFirst("h2");
        assertEquals(List.of("S-400"), isolated(h2));
        assertEquals("منظومة-s-400-في-الميزان", h2.id());
    }

    @Test
    void headingIdsFoldPresentationFormsDiacriticsAndTatweel() {
        Document doc = render("## \uFEE3\uFEBC\uFEAE\n\n## مِصـر\n");
        assertEquals(List.of("مصر", "مصر-2"), doc.select("h2").eachAttr("id"));
        assertEquals("\uFEE3\uFEBC\uFEAE", doc.selectFirst("h2").text(), "readers still see what was written");
    }

    @Test
    void inALeftToRightParagraphArabicRunsAreIsolated() {
        Document doc = render("The phrase الربيع العربي was coined by foreign journalists in early 2011.\n");
        Element run = doc.selectFirst("p[dir=ltr] span[dir=rtl]");
        assertNotNull(run, doc.body().html());
        assertEquals("الربيع العربي", run.text());
        assertEquals("ar", run.attr("lang"));
    }

    @Test
    void typographyIsOffByDefault() {
        Document doc = render("قال \"نعم\", ثم سأل: لماذا?\n");
        assertEquals("قال \"نعم\", ثم سأل: لماذا?", doc.selectFirst("p").text());
    }

    @Test
    void typographyRewritesQuotesAndPunctuationInArabicTextOnly() {
        Document doc = render("""
                قال "نعم", ثم سأل: لماذا? وكتب `a, "b"?` و https://x.example/?q=1,2 ثم "We said "no", didn't we?" فقط.

                He asked "why?", and left.
                """, TYPESET);
        Element arabic = doc.select("p").get(0);
        assertTrue(arabic.text().startsWith("قال «نعم»، ثم سأل: لماذا؟ وكتب"), arabic.text());
        assertEquals("a, \"b\"?", arabic.selectFirst("code").text());
        assertTrue(arabic.text().contains("https://x.example/?q=1,2"), arabic.text());
        assertTrue(arabic.text().contains("«We said \"no\", didn't we?»"), arabic.text());
        assertEquals("He asked \"why?\", and left.", doc.select("p").get(1).text());
    }

    @Test
    void typographyAppliesToHeadingsAndTableCellsToo() {
        Document doc = render("## ماذا بعد \"القمة\"?\n\n| سؤال |\n|---|\n| هل, حقًا? |\n", TYPESET);
        assertEquals("ماذا بعد «القمة»؟", doc.selectFirst("h2").text());
        assertEquals("هل، حقًا؟", doc.selectFirst("td").text());
    }

    @Test
    void footnoteNumbersUseTheSiteDigitsAndBackLinksDoNotPointSideways() {
        String md = "قال المصدر إن الاتفاق قريب[^1] ونهائي[^2].\n\n[^1]: تصريح رسمي.\n[^2]: بيان مكتوب.\n";
        Document doc = render(md);
        assertEquals(List.of("١", "٢"), doc.select("sup a.footnote-ref").eachText());
        for (Element back : doc.select("a.footnote-backref")) {
            assertFalse(back.text().contains("↩"), back.outerHtml());
            assertEquals("↑", back.text());
            assertEquals(DirectionAttributes.BACK_LINK_LABEL, back.attr("aria-label"));
            assertNotNull(doc.getElementById(back.attr("href").substring(1)), "back-link target exists");
        }
        RtlOptions latin = new RtlOptions(Direction.RTL, "ar", "en", Typography.NONE, Numerals.LATN);
        assertEquals(List.of("1", "2"), render(md, latin).select("sup a.footnote-ref").eachText());
    }

    @Test
    void rawHtmlInsideALatinSentenceStaysEscaped() {
        Document doc = render("قال: \"Click <script>alert(1)</script> here now.\" ثم سكت.\n");
        assertTrue(doc.select("script").isEmpty(), doc.body().html());
        assertTrue(doc.text().contains("<script>alert(1)</script>"));
    }

    @Test
    void articleTextIsComposedToNfc() {
        Document doc = render("\u0627\u0654حمد يكتب.\n");
        assertEquals("أحمد يكتب.", doc.selectFirst("p").text());
    }

    @Test
    void textAndProseAreCollectedWithIsolatedRuns() {
        RenderedBody body = new BodyRenderer(false, true).renderMarkdown("## عنوان\n\nمنظومة S-400 في *الميزان*.\n\n- بند\n", "../", "https://x/");
        assertTrue(body.text().contains("منظومة S-400 في الميزان."), body.text());
        assertEquals("منظومة S-400 في الميزان.", body.lead());
        assertEquals(List.of(new RenderedBody.TocEntry(2, "عنوان", "عنوان")), body.toc());
    }

    @Test
    void deskTextGetsTheSameTreatmentAndStaysEscaped() {
        Document doc = desk("""
                قال الوزير إن منظومة S-400 ستصل بزيادة +3.5% عن المتوقع.

                An English paragraph with <b>markup</b> that stays text.
                عنوان فرعي عن Reuters
                """);
        assertEquals(List.of("S-400", "+3.5%"), isolated(doc.selectFirst("p.lead")));
        Element english = doc.select("p").get(1);
        assertEquals("ltr", english.attr("dir"));
        assertEquals("en", english.attr("lang"));
        assertTrue(english.select("b").isEmpty());
        assertTrue(english.text().contains("<b>markup</b>"));
        assertEquals(List.of("Reuters"), isolated(doc.selectFirst("h2")));
    }

    @Test
    void theRendererIsSharedSafelyBetweenThreads() {
        BodyRenderer shared = new BodyRenderer(false, true, TYPESET);
        String md = "قال \"نعم\", ثم أكد أن S-400 ستصل في 2025-2026[^1].\n\nAn English paragraph.\n\n[^1]: حاشية.\n";
        String expected = shared.renderMarkdown(md, "../", "https://x/").html();
        List<String> outputs = IntStream.range(0, 64).parallel().mapToObj(i -> shared.renderMarkdown(md, "../", "https://x/").html()).toList();
        outputs.forEach(html -> assertEquals(expected, html));
    }
}
