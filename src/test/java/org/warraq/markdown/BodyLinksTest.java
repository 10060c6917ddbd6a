package org.warraq.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.warraq.content.Article;
import org.warraq.content.ContentFormat;
import org.warraq.content.ContentLoader;
import org.warraq.content.Diagnostics;

class BodyLinksTest {

    /** Isolated Latin, an image with a title, an autolink, an astral character, references, a link around a link (only
     * the inner one is a link), a table, an escape, an undefined reference, a linked image, a footnote. */
    private static final String BODY = String.join("\n",
            "# تقرير",
            "",
            "فقرة فيها [the IMF report](/2024/03/imf/) ثم ![صورة](/images/a.jpg \"عنوان\") و<https://example.com/x>.",
            "😀 [رابط بعد رمز](/a/) و[مرجع][r] و![صورة مرجعية][i] و[[غلاف](/b/)](/c/)",
            "",
            "| عمود | رابط |",
            "|---|---|",
            "| ١ | [في جدول](/table/) |",
            "",
            "نص بحاشية[^1] و[رابط\\_مهرب](/d\\_e/) و[ناقص][لا-يوجد].",
            "",
            "[![شعار](/logo.png)](/home/)",
            "",
            "[r]: /ref/",
            "[i]: /ref.png",
            "[^1]: حاشية فيها [رابط](/note/).");

    private static Article markdown(String body, int bodyLine) {
        return new Article(Path.of("content/x.md"), false, ContentFormat.MARKDOWN, "عنوان", ZonedDateTime.of(2025, 1, 1, 0, 0, 0, 0,
                ZoneId.of("UTC")), null, List.of(), List.of(), List.of(), "", null, false, List.of(), null, "", "", "", List.of(), body,
                bodyLine);
    }

    @Test
    void everyLinkAndImageWithItsLineAndColumnInTheOrderWritten() {
        List<BodyLinks.Target> expected = List.of(
                new BodyLinks.Target(false, "/2024/03/imf/", 7, 11),
                new BodyLinks.Target(true, "/images/a.jpg", 7, 46),
                new BodyLinks.Target(false, "https://example.com/x", 7, 78),
                new BodyLinks.Target(false, "/a/", 8, 3),
                new BodyLinks.Target(false, "/ref/", 8, 24),
                new BodyLinks.Target(true, "/ref.png", 8, 35),
                new BodyLinks.Target(false, "/b/", 8, 55),
                new BodyLinks.Target(false, "/table/", 12, 7),
                new BodyLinks.Target(false, "/d_e/", 14, 16),
                new BodyLinks.Target(false, "/home/", 16, 1),
                new BodyLinks.Target(true, "/logo.png", 16, 2),
                new BodyLinks.Target(false, "/note/", 20, 18));
        assertEquals(expected, BodyLinks.of(BODY, 5));
        BodyRenderer.WithLinks rendered = new BodyRenderer(false, true).renderWithLinks(markdown(BODY, 5), "../", "https://x.example/");
        assertEquals(expected, rendered.links(), "the renderer's parse, isolation and all, finds the same targets at the same places");
    }

    @Test
    void theRenderersLinksAreTheCheckersOnEveryMarkdownArticleOfTheSample() {
        Diagnostics diagnostics = new Diagnostics();
        List<Article> articles = ContentLoader.load(Path.of("content").toAbsolutePath(), diagnostics, c -> c).articles();
        assertFalse(diagnostics.hasErrors(), diagnostics.sorted().toString());
        int withLinks = 0;
        for (BodyRenderer renderer : List.of(new BodyRenderer(false, true), new BodyRenderer(true, false))) {
            for (Article a : articles) {
                BodyRenderer.WithLinks rendered = renderer.renderWithLinks(a, "../../", "https://x.example/");
                assertEquals(renderer.render(a, "../../", "https://x.example/").html(), rendered.body().html(), a.source().toString());
                if (a.format() == ContentFormat.PLAIN_TEXT) {
                    assertNull(rendered.links(), a.source().toString());
                    continue;
                }
                assertEquals(BodyLinks.of(a.body(), a.bodyLine()), rendered.links(), a.source().toString());
                withLinks += rendered.links().isEmpty() ? 0 : 1;
            }
        }
        assertTrue(withLinks > 0, "the sample's bodies have links");
    }

    @Test
    void aBodyThatNormalisingChangesLeavesItsLinksToBeFoundApart() {
        // «أ» written as alef and a combining hamza: NFC makes one character of two, and the renderer's offsets move.
        Article a = markdown("ا\u0654خبار [رابط](/a/)", 3);
        assertNull(new BodyRenderer(false, true).renderWithLinks(a, "../", "https://x.example/").links());
        assertEquals(List.of(new BodyLinks.Target(false, "/a/", 3, 8)), BodyLinks.of(a.body(), a.bodyLine()));
    }
}
