package org.warraq.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.warraq.content.FrontMatter;

class HtmlSanitizerTest {

    /** No script, no event handler, no URL with a scheme other than http, https or mailto. */
    static void assertHarmless(String html) {
        for (Element e : Jsoup.parseBodyFragment(html).body().getAllElements()) {
            assertFalse(List.of("script", "style", "iframe", "object", "embed", "form", "svg", "math", "base", "meta", "link")
                    .contains(e.normalName()), e.outerHtml());
            for (var attribute : e.attributes()) {
                assertFalse(attribute.getKey().toLowerCase(Locale.ROOT).startsWith("on"), e.outerHtml());
                assertFalse(attribute.getKey().equalsIgnoreCase("style"), e.outerHtml());
                if (List.of("href", "src", "cite", "action", "formaction", "srcset", "xlink:href").contains(attribute.getKey())) {
                    assertTrue(LinkPolicy.allowed(attribute.getValue()), e.outerHtml());
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<script>alert(1)</script>",
            "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
            "<img src=x onerror=alert(1)>",
            "<IMG SRC=x OnErRoR=alert(1)>",
            "<a href=\"javascript:alert(1)\">x</a>",
            "<a href=\"JaVaScRiPt:alert(1)\">x</a>",
            "<a href=\" javascript:alert(1)\">x</a>",
            "<a href=\"java&#09;script:alert(1)\">x</a>",
            "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)\">x</a>",
            "<a href=\"&#x6A;avascript:alert(1)\">x</a>",
            "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">x</a>",
            "<a href=\"DATA:text/html,<script>alert(1)</script>\">x</a>",
            "<img src=\"data:image/svg+xml,<svg onload=alert(1)>\">",
            "<a href=\"vbscript:msgbox(1)\">x</a>",
            "<svg><script>alert(1)</script></svg>",
            "<svg onload=alert(1)>",
            "<iframe src=\"https://evil.example\"></iframe>",
            "<object data=\"x.swf\"></object><embed src=\"x.swf\">",
            "<form action=\"javascript:alert(1)\"><button formaction=\"javascript:alert(2)\">x</button></form>",
            "<style>body{display:none}</style><p style=\"color:red\">x</p>",
            "<base href=\"javascript:alert(1)//\"><meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
            "<details open ontoggle=alert(1)><summary>x</summary></details>",
            "<p><a href=\"https://example.org/\" onclick=\"alert(1)\">x</a></p>",
            "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
            "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript>",
            "<a href=\"\u0000javascript:alert(1)\">x</a>",
            "<blockquote cite=\"javascript:alert(1)\">x</blockquote>",
            "<img srcset=\"javascript:alert(1) 1x\">"})
    void removesEveryDangerousPart(String attack) {
        assertHarmless(HtmlSanitizer.clean(attack));
    }

    @Test
    void keepsLinksImagesAndTheMarkupOfArticles() {
        String html = "<p dir=\"ltr\" lang=\"en\"><a href=\"https://example.org/a?b=1#c\">x</a> <a href=\"mailto:a@example.org\">m</a> "
                + "<a href=\"../../2024/03/قمة/index.html\">قمة</a> <a href=\"#fn-1\">١</a></p>\n"
                + "<h2 id=\"الخلفية\">الخلفية</h2>\n<img src=\"../../images/x.svg\" alt=\"رسم\">\n"
                + "<table class=\"data-table\"><thead><tr><th class=\"align-start\">أ</th></tr></thead></table>\n"
                + "<p><bdi>IMF</bdi> <span dir=\"ltr\" lang=\"en\">OPEC+</span> <del>قديم</del> <sup id=\"fnref-1\">١</sup></p>";
        assertEquals(Jsoup.parseBodyFragment(html).body().html(), Jsoup.parseBodyFragment(HtmlSanitizer.clean(html)).body().html());
    }

    /** With raw_html on, every body of the sample publication comes out of the sanitiser as it went in. */
    @Test
    void isTransparentToEveryBodyOfTheSamplePublication() throws IOException {
        BodyRenderer escaped = new BodyRenderer(false, true);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(Path.of("content"))) {
            files = walk.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        assertTrue(files.size() > 10, files.toString());
        for (Path file : files) {
            String body = FrontMatter.split(Files.readString(file, StandardCharsets.UTF_8), file).body();
            String html = escaped.renderMarkdown(body, "../../../", "https://example.org/").html();
            assertEquals(Jsoup.parseBodyFragment(html).body().html(),
                    Jsoup.parseBodyFragment(HtmlSanitizer.clean(html)).body().html(), file.toString());
        }
    }

    @Test
    void rawHtmlSitesGetSanitisedBodiesAndFeeds() {
        BodyRenderer raw = new BodyRenderer(true, true);
        RenderedBody body = raw.renderMarkdown("نص <b>عريض</b> <img src=x onerror=alert(1)>\n\n<div onclick=\"alert(2)\">كتلة</div>\n\n"
                + "<script>alert(3)</script>\n\n[رابط](javascript:alert(4))", "../", "https://example.org/");
        for (String html : List.of(body.html(), body.feedHtml())) {
            assertHarmless(html);
            assertTrue(html.contains("<b>عريض</b>"), html);
            assertTrue(html.contains("كتلة"), html);
        }
    }
}
