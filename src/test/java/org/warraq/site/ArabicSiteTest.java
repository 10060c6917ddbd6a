package org.warraq.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.warraq.arabic.Excerpts;
import org.junit.jupiter.api.io.TempDir;
import org.warraq.build.BuildOptions;
import org.warraq.build.SiteBuild;
import org.warraq.content.BuildFailedException;

/** Built sites, checked for what the Arabic text layer promises: dates, digits, tags index, excerpts, slugs, titles. */
class ArabicSiteTest {

    private static final Path TEMPLATES = Path.of("templates").toAbsolutePath();
    private static final Instant NOW = Instant.parse("2026-06-01T00:00:00Z");
    private static final Pattern ASCII_DIGIT = Pattern.compile("[0-9]");
    private static final Pattern ARABIC_DIGIT = Pattern.compile("[٠-٩]");
    /** Elements whose text the generator writes (dates, counts, page numbers, reading time, footnote numbers). */
    private static final String GENERATED = "time, .meta, .byline-meta, .intro, .count, .pagination, .page-position, "
            + ".copyright, sup .footnote-ref";

    @TempDir
    Path tmp;

    private Path site(String settings, String... files) throws IOException {
        return site(tmp.resolve("site"), settings, files);
    }

    private Path site(Path root, String settings, String... files) throws IOException {
        Path content = root.resolve("content");
        Files.createDirectories(content.resolve("articles"));
        Files.writeString(content.resolve("site.yaml"), """
                title: موقع الاختبار
                base_url: https://example.org/
                timezone: Africa/Cairo
                per_page: 2
                """ + settings, StandardCharsets.UTF_8);
        for (int i = 0; i < files.length; i += 2) {
            Path file = content.resolve("articles").resolve(files[i]);
            Files.writeString(file, files[i + 1], StandardCharsets.UTF_8);
        }
        Path out = root.resolve("out");
        SiteBuild.run(new BuildOptions(content, TEMPLATES, out, false, null, null, NOW));
        return out;
    }

    private static String article(String title, String date, String extra, String body) {
        return "---\ntitle: \"" + title + "\"\ndate: " + date + "\n" + extra + "---\n" + body + "\n";
    }

    private static Document page(Path out, String path) throws IOException {
        return Jsoup.parse(out.resolve(path).toFile(), "UTF-8");
    }

    private static List<Path> pages(Path out) throws IOException {
        try (Stream<Path> walk = Files.walk(out)) {
            return walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }

    private static final String[] THREE = {
            "a.md", article("رمضان والأسواق", "2025-03-14T09:00:00+02:00", "tags: [إسلام, أحمد, ابراهيم]\n",
                    "كتب المحرر في 2025 أن الأسعار ارتفعت 3.5%[^1].\n\n[^1]: حاشية أولى.\n"),
            "b.md", article("عيد الفطر", "2024-04-10T10:00:00+02:00", "tags: [أحمد, باسم]\nsummary: ملخص مكتوب.\n",
                    "## عنوان فرعي\n\nنص المقال الثاني."),
            "c.md", article("الموازنة الجديدة", "2024-01-05T10:00:00+02:00", "tags: [أحمد]\n", "نص.")};

    @Test
    void articlePagesShowGregorianAndUmmAlQuraDatesEachInATimeElement() throws IOException {
        Path out = site("", THREE);
        Document doc = page(out, "2025/03/رمضان-والاسواق/index.html");
        Element published = doc.selectFirst(".byline-meta time[datetime^=2025-03-14T09:00]");
        assertNotNull(published, doc.selectFirst(".byline-meta").outerHtml());
        assertEquals("الجمعة ١٤ مارس ٢٠٢٥ م", published.text());
        Element hijri = doc.selectFirst(".byline-meta time.date-hijri");
        assertEquals("2025-03-14", hijri.attr("datetime"));
        assertEquals("١٤ رمضان ١٤٤٦ هـ", hijri.text());
        assertEquals("١ شوال ١٤٤٥ هـ", page(out, "2024/04/عيد-الفطر/index.html").selectFirst("time.date-hijri").text());
    }

    @Test
    void theHijriDateCanBeTurnedOff() throws IOException {
        Path out = site("hijri: false\n", THREE);
        Document doc = page(out, "2025/03/رمضان-والاسواق/index.html");
        assertNull(doc.selectFirst("time.date-hijri"));
        assertEquals("الجمعة ١٤ مارس ٢٠٢٥", doc.selectFirst(".byline-meta time").text());
    }

    @Test
    void everyDateShownIsMachineReadable() throws IOException {
        Path out = site("", THREE);
        for (Path file : pages(out)) {
            Document doc = Jsoup.parse(file.toFile(), "UTF-8");
            for (Element time : doc.select("time")) {
                assertFalse(time.attr("datetime").isBlank(), out.relativize(file) + ": " + time.outerHtml());
                assertFalse(ARABIC_DIGIT.matcher(time.attr("datetime")).find(), time.outerHtml());
            }
        }
        Document month = page(out, "archive/2024/04/index.html");
        assertEquals("2024-04", month.selectFirst("h1 time").attr("datetime"));
        assertEquals("أبريل ٢٠٢٤", month.selectFirst("h1 time").text());
        assertEquals("2025", page(out, "index.html").selectFirst(".copyright time").attr("datetime"));
    }

    @Test
    void generatedNumbersFollowTheSiteDigitsAndTypedOnesStay() throws IOException {
        for (String numerals : List.of("arab", "latn")) {
            Path out = site(tmp.resolve(numerals), "numerals: " + numerals + "\n", THREE);
            Pattern wrong = numerals.equals("arab") ? ASCII_DIGIT : ARABIC_DIGIT;
            List<String> mixed = new ArrayList<>();
            int inspected = 0;
            for (Path file : pages(out)) {
                for (Element e : Jsoup.parse(file.toFile(), "UTF-8").select(GENERATED)) {
                    inspected++;
                    if (wrong.matcher(e.ownText()).find()) {
                        mixed.add(out.relativize(file) + ": " + e.outerHtml());
                    }
                }
            }
            assertEquals(List.of(), mixed, numerals);
            assertTrue(inspected > 50, "generated numbers were found to check: " + inspected);
            Document doc = page(out, "2025/03/رمضان-والاسواق/index.html");
            assertTrue(doc.selectFirst(".article-body p").text().contains("في 2025 أن الأسعار ارتفعت 3.5%"),
                    "digits the author typed are left as typed");
        }
    }

    @Test
    void theTagsIndexIsInArabicAlphabeticalOrderWithCountsAndLinkedFromTheArchive() throws IOException {
        Path out = site("", THREE);
        Document index = page(out, "tag/index.html");
        assertEquals(List.of("ابراهيم", "أحمد", "إسلام", "باسم"), index.select(".tag-index a").eachText());
        assertEquals(List.of("(مقال واحد)", "(٣ مقالات)", "(مقال واحد)", "(مقال واحد)"), index.select(".tag-index .count").eachText());
        assertEquals("٤ وسوم", index.selectFirst(".intro").text());
        assertEquals("../tag/احمد/index.html", index.select(".tag-index a").get(1).attr("href"));
        assertEquals("../tag/index.html", page(out, "archive/index.html").selectFirst(".archive-tags a").attr("href"));
    }

    @Test
    void withoutTagsThereIsNoIndexAndNoLinkToIt() throws IOException {
        Path out = site("", "a.md", article("بلا وسوم", "2025-01-01", "", "نص."));
        assertFalse(Files.exists(out.resolve("tag/index.html")));
        assertNull(page(out, "archive/index.html").selectFirst(".archive-tags"));
    }

    @Test
    void cardsWithoutASummaryShowAnExcerptOfTheBody() throws IOException {
        String body = "## عنوان لا يظهر في المقتطف\n\n" + "تتجه أنظار الأسواق إلى سؤال واحد متى يبدأ خفض أسعار الفائدة. ".repeat(6);
        Path out = site("", "a.md", article("مقال بلا ملخص", "2025-01-01", "", body),
                "b.md", article("مقال بملخص", "2025-01-02", "summary: ملخص المحرر.\n", "نص."));
        List<String> summaries = page(out, "index.html").select(".card-summary").eachText();
        assertEquals(2, summaries.size(), summaries.toString());
        assertEquals("ملخص المحرر.", summaries.get(0));
        String excerpt = summaries.get(1);
        assertTrue(excerpt.startsWith("تتجه أنظار الأسواق") && excerpt.endsWith("…"), excerpt);
        assertTrue(excerpt.length() <= SitePlanner.EXCERPT_LENGTH + 1, excerpt);
        assertTrue(body.length() > Excerpts.OPENING && SitePlanner.EXCERPT_LENGTH * 2 <= Excerpts.OPENING,
                "the excerpt is cut from the body's opening, which is longer than any excerpt");
        assertTrue(body.contains(excerpt.substring(0, excerpt.length() - 1)), "cut on a word boundary: " + excerpt);
        assertEquals(excerpt, page(out, "2025/01/مقال-بلا-ملخص/index.html").selectFirst("meta[name=description]").attr("content"));
    }

    @Test
    void titlesAreComposedAndTheirLatinRunsIsolated() throws IOException {
        Path out = site("", "a.md", article("منظومة S-400 و\u0627\u0654سعار النفط", "2025-01-01", "", "نص."));
        Document doc = page(out, "2025/01/منظومة-s-400-واسعار-النفط/index.html");
        Element h1 = doc.selectFirst("h1");
        assertEquals("منظومة S-400 وأسعار النفط", h1.text());
        assertEquals("S-400", h1.selectFirst("span[dir=ltr][lang=en]").text());
        assertEquals("S-400", page(out, "index.html").selectFirst(".card-title span[dir=ltr]").text());
        assertEquals("منظومة S-400 وأسعار النفط — موقع الاختبار", doc.title(), "no markup in <title>");
    }

    @Test
    void latinSlugsAreAsciiAndEquivalentTitlesStillCollide() throws IOException {
        Path out = site("slug_style: latin\n", "a.md", article("مصر والأزمة", "2025-01-01", "tags: [الطاقة المتجددة]\n", "نص."));
        assertTrue(Files.exists(out.resolve("2025/01/msr-walazmt/index.html")));
        assertTrue(Files.exists(out.resolve("tag/altaqt-almtjddt/index.html")));

        Path again = tmp.resolve("again");
        Files.createDirectories(again.resolve("articles"));
        Files.writeString(again.resolve("site.yaml"), "slug_style: latin\n");
        Files.writeString(again.resolve("articles/a.md"), article("صور", "2025-01-01", "", "نص."));
        Files.writeString(again.resolve("articles/b.md"), article("سور", "2025-01-02", "", "نص."));
        BuildFailedException e = assertThrows(BuildFailedException.class, () -> SiteBuild.run(
                new BuildOptions(again, TEMPLATES, tmp.resolve("out2"), false, null, null, NOW)));
        assertTrue(e.getMessage().contains("a.md") && e.getMessage().contains("b.md") && e.getMessage().contains("2025/01/swr/"),
                e.getMessage());
    }

    @Test
    void everyPageLoadsTheRelativeTimeScriptDeferredAndPagesCarryAbsoluteDates() throws IOException {
        Path out = site("", THREE);
        assertTrue(Files.exists(out.resolve("assets/time.js")));
        for (Path file : pages(out)) {
            Document doc = Jsoup.parse(file.toFile(), "UTF-8");
            if (doc.selectFirst("meta[http-equiv=refresh]") != null) {
                continue;
            }
            Element script = doc.selectFirst("script[src$=assets/time.js]");
            assertNotNull(script, out.relativize(file).toString());
            assertTrue(script.hasAttr("defer"));
            assertFalse(doc.text().contains("منذ"), "no relative date baked in: " + out.relativize(file));
        }
    }
}
