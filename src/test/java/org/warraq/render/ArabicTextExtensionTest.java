package org.warraq.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warraq.content.BuildFailedException;
import org.warraq.content.Numerals;
import org.warraq.content.SiteConfig;
import org.warraq.site.Link;
import org.warraq.site.OutputKind;
import org.warraq.site.PlannedPage;

/** The Arabic text services as templates use them: isolate, excerpt, digits, date_ar, hijri, sort_ar, plural. */
class ArabicTextExtensionTest {

    @TempDir
    Path templates;

    private static SiteConfig config(String region, Numerals numerals) {
        SiteConfig d = SiteConfig.defaults();
        return new SiteConfig(d.title(), d.description(), d.baseUrl(), "ar", "rtl", d.timezone(), numerals, region,
                d.permalink(), d.perPage(), true, false, "en", List.of(), List.of());
    }

    private String render(String template, Map<String, Object> model) throws IOException {
        return render(template, model, SiteConfig.defaults());
    }

    private String render(String template, Map<String, Object> model, SiteConfig config) throws IOException {
        Files.writeString(templates.resolve("t.peb"), template, StandardCharsets.UTF_8);
        return new String(new TemplateRenderer(templates, config).render(new PlannedPage("x/index.html", OutputKind.PAGE, "t",
                new HashMap<>(model), "test")), StandardCharsets.UTF_8);
    }

    @Test
    void isolateWrapsLatinRunsAndEscapesEverythingItself() throws IOException {
        String html = render("<h1>{{ t | isolate }}</h1>", Map.of("t", "منظومة S-400 في <script>alert(1)</script> الميزان"));
        Document doc = Jsoup.parseBodyFragment(html);
        assertTrue(doc.select("script").isEmpty(), html);
        assertTrue(!html.contains("<script") && html.contains("&lt;"), html);
        assertEquals("S-400", doc.selectFirst("h1 span[dir=ltr][lang=en]").text());
        assertEquals("منظومة S-400 في <script>alert(1)</script> الميزان", doc.selectFirst("h1").text());
    }

    @Test
    void isolateCannotBeTrickedOutOfElementContent() throws IOException {
        String html = render("<p>{{ t | isolate }}</p>", Map.of("t", "\"><img src=x onerror=alert(1)> & 'x'"));
        Document doc = Jsoup.parseBodyFragment(html);
        assertTrue(doc.select("img, [onerror]").isEmpty(), html);
        assertEquals("\"><img src=x onerror=alert(1)> & 'x'", doc.selectFirst("p").text());
    }

    @Test
    void aWholeTitleInTheOtherDirectionIsIsolatedWithItsQuestionMark() throws IOException {
        String html = render("{{ t | isolate }}", Map.of("t", "Why BRICS?"));
        assertEquals("<span dir=\"ltr\" lang=\"en\">Why BRICS?</span>", html);
        assertEquals("عنوان عربي", render("{{ t | isolate }}", Map.of("t", "عنوان عربي")));
    }

    @Test
    void withoutIsolateTextIsStillEscaped() throws IOException {
        assertEquals("&lt;b&gt;S-400&lt;/b&gt;", render("{{ t }}", Map.of("t", "<b>S-400</b>")));
    }

    @Test
    void excerptCutsOnAWordBoundary() throws IOException {
        String text = "تتجه أنظار الأسواق إلى سؤال واحد متى يبدأ خفض أسعار الفائدة";
        assertEquals("تتجه أنظار الأسواق إلى…", render("{{ t | excerpt(22) }}", Map.of("t", text)));
        assertEquals(text, render("{{ t | excerpt }}", Map.of("t", text)));
    }

    @Test
    void digitsFollowTheSite() throws IOException {
        assertEquals("٢٠٢٥ / ١٢", render("{{ 2025 | digits }} / {{ n | digits }}", Map.of("n", "12")));
        assertEquals("2025", render("{{ 2025 | digits }}", Map.of(), config("EG", Numerals.LATN)));
    }

    @Test
    void gregorianAndHijriDatesInTheSiteRegionAndDigits() throws IOException {
        Map<String, Object> model = Map.of("d", "2025-03-14T09:00:00+02:00", "day", "2024-04-10");
        assertEquals("١٤ مارس ٢٠٢٥|الجمعة ١٤ مارس ٢٠٢٥|مارس ٢٠٢٥|١٤ رمضان ١٤٤٦ هـ|١ شوال ١٤٤٥ هـ",
                render("{{ d | date_ar }}|{{ d | date_ar(\"day\") }}|{{ d | date_ar(\"month\") }}|{{ d | hijri }}|{{ day | hijri }}", model));
        assertEquals("14 آذار 2025", render("{{ d | date_ar }}", model, config("SY", Numerals.LATN)));
        assertEquals("14 جانفي 2025", render("{{ \"2025-01-14\" | date_ar }}", Map.of(), config("DZ", Numerals.LATN)));
    }

    @Test
    void aBadDateIsAnErrorNotABlank() {
        assertThrows(BuildFailedException.class, () -> render("{{ d | date_ar }}", Map.of("d", "yesterday")));
        assertThrows(BuildFailedException.class, () -> render("{{ d | date_ar(\"weekly\") }}", Map.of("d", "2025-01-01")));
    }

    @Test
    void sortArUsesTheArabicCollator() throws IOException {
        Map<String, Object> model = Map.of("names", List.of("إسلام", "باسم", "أحمد", "ابراهيم"),
                "links", List.of(new Link("a", "إسلام"), new Link("b", "أحمد"), new Link("c", "ابراهيم")));
        assertEquals("ابراهيم أحمد إسلام باسم ", render("{% for n in names | sort_ar %}{{ n }} {% endfor %}", model));
        assertEquals("c b a ", render("{% for l in links | sort_ar %}{{ l.url }} {% endfor %}", model));
    }

    @Test
    void pluralNamesTheCountInArabic() throws IOException {
        assertEquals("دقيقة واحدة|دقيقتان|٣ دقائق|١١ دقيقة|١٠٠ دقيقة",
                render("{{ plural(1, \"minutes\") }}|{{ plural(2, \"minutes\") }}|{{ plural(3, \"minutes\") }}|"
                        + "{{ plural(11, \"minutes\") }}|{{ plural(100, \"minutes\") }}", Map.of()));
        assertEquals("25 مقالًا", render("{{ plural(25, \"articles\") }}", Map.of(), config("EG", Numerals.LATN)));
        assertThrows(BuildFailedException.class, () -> render("{{ plural(3, \"apples\") }}", Map.of()));
    }

    @Test
    void oneEngineRendersInParallel() throws IOException {
        Files.writeString(templates.resolve("t.peb"), "{{ t | isolate }} {{ d | hijri }} {{ plural(n, \"articles\") }}");
        TemplateRenderer renderer = new TemplateRenderer(templates, SiteConfig.defaults());
        List<String> out = IntStream.range(0, 48).parallel().mapToObj(i -> new String(renderer.render(new PlannedPage("x/index.html",
                OutputKind.PAGE, "t", Map.of("t", "قمة G20 في الرياض", "d", "2025-03-14", "n", 11), "test")), StandardCharsets.UTF_8)).toList();
        assertEquals(List.of("قمة <span dir=\"ltr\" lang=\"en\">G20</span> في الرياض ١٤ رمضان ١٤٤٦ هـ ١١ مقالًا"), out.stream().distinct().toList());
    }
}
