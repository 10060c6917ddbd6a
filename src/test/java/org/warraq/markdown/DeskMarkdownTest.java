package org.warraq.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.warraq.content.Article;
import org.warraq.content.ContentFormat;
import org.warraq.content.FrontMatter;
import org.warraq.content.PlainTextDocument;
import org.warraq.content.SourceText;

/** A desk article imported as Markdown reads exactly as the desk article did: same blocks, same text. */
class DeskMarkdownTest {

    private static final BodyRenderer RENDERER = new BodyRenderer(false, true);

    /** Each block of the body as "tag: text". */
    private static List<String> blocks(String html) {
        return Jsoup.parseBodyFragment(html).body().children().stream().map(e -> e.tagName() + ": " + e.text()).toList();
    }

    private static void assertSameReading(String deskBody) {
        Article desk = new Article(Path.of("x.txt"), false, ContentFormat.PLAIN_TEXT, "t", ZonedDateTime.now(), null,
                List.of(), List.of(), List.of(), "", null, false, List.of(), null, "", "", "", List.of(), deskBody, 1);
        String markdown = DeskMarkdown.convert(PlainTextDocument.parse(deskBody, 1)).markdown();
        assertEquals(blocks(RENDERER.render(desk, "", "https://example.org/").html()),
                blocks(RENDERER.renderMarkdown(markdown, "", "https://example.org/").html()), markdown);
    }

    @Test
    void everyCharacterMarkdownWouldReadStaysLiteral() {
        String desk = """
                الفقرة الأولى فيها *نجمتان* و_شرطة سفلية_ و`علامة` و[أقواس](/رابط) و![صورة](/x.png) و<b>وسم</b> و&amp; و&#1575; و~~شطب~~ و\\ مائلة.

                #الانتخابات وسم في أول السطر
                # ليس عنواناً بل نص يبدأ بعلامة، وهذا سطر طويل بما يكفي ليكون فقرة كاملة لا عنواناً فرعياً.
                > ليس اقتباساً، بل سطر يبدأ بعلامة أكبر من، وهو أطول من عشر كلمات في هذه الجملة.
                - ليس بنداً في قائمة، بل سطر يبدأ بشرطة، وهو أطول من عشر كلمات كما ترى هنا.
                + ولا هذا، فهو سطر يبدأ بعلامة الجمع، وطوله يزيد على عشر كلمات بكل تأكيد.
                1. ولا هذا بنداً مرقماً، بل سطر يبدأ برقم ونقطة، وطوله يزيد على عشر كلمات.
                2) ولا هذا، فهو يبدأ برقم وقوس، وطوله يزيد على عشر كلمات هنا أيضاً.
                ---
                ===
                عنوان فرعي فيه # و## في آخره ##
                [^1]: ليست حاشية، بل سطر يشبهها، وطوله يزيد على عشر كلمات بكثير.
                | جدول | ليس جدولاً | بل سطر فيه خطوط عمودية وطوله يزيد على عشر كلمات.
                <div>ليس HTML</div> بل نص يبدأ بوسم، وطوله يزيد على عشر كلمات كلها.
                <https://example.org/> ليس رابطاً تلقائياً، وطول هذا السطر يزيد على عشر كلمات.
                """;
        assertSameReading(desk);
        String markdown = DeskMarkdown.convert(PlainTextDocument.parse(desk, 1)).markdown();
        assertTrue(markdown.contains("\n## \\#الانتخابات وسم في أول السطر\n"), "a short line is a subheading, its # kept: " + markdown);
        assertTrue(markdown.contains("\n\\# ليس عنواناً بل نص"), markdown);
        assertTrue(markdown.contains("\n## عنوان فرعي فيه \\# و\\#\\# في آخره \\#\\#\n"), markdown);
    }

    @Test
    void theSampleDeskArticlesReadTheSame() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(Path.of("content"))) {
            files = walk.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        assertEquals(3, files.size(), files.toString());
        for (Path file : files) {
            assertSameReading(FrontMatter.split(SourceText.read(file, file), file).body());
        }
    }

    @Test
    void onlyMarkupIsEscapedAndTheRestIsKeptByteForByte() {
        assertEquals("AT&T و3 > 2 و٥٪ «اقتباس» (قوس) !تعجب", DeskMarkdown.escape("AT&T و3 > 2 و٥٪ «اقتباس» (قوس) !تعجب", false));
        assertEquals("\\&amp; \\&#1575; \\&#x627; & ;", DeskMarkdown.escape("&amp; &#1575; &#x627; & ;", false));
        assertEquals("12\\. سطر", DeskMarkdown.escape("12. سطر", false));
        assertEquals("2024\\. عام", DeskMarkdown.escape("2024. عام", false), "a year and a dot start an ordered list");
        assertEquals("٢٠٢٤. عام", DeskMarkdown.escape("٢٠٢٤. عام", false), "Arabic-Indic digits never do");
        var converted = DeskMarkdown.convert(PlainTextDocument.parse("لب *المقال*.\n\nعنوان فرعي\nفقرة [١].\n", 1));
        assertEquals("لب \\*المقال\\*.\n\n## عنوان فرعي\n\nفقرة \\[١\\].\n", converted.markdown());
        assertEquals(4, converted.escaped());
    }
}
