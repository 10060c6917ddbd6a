package org.warraq.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.warraq.content.Article;
import org.warraq.content.Author;
import org.warraq.content.Category;
import org.warraq.content.Content;
import org.warraq.content.ContentFormat;
import org.warraq.content.Diagnostics;
import org.warraq.content.SiteConfig;

class PlacementTest {

    static final ZoneId CAIRO = ZoneId.of("Africa/Cairo");
    static final Instant NOW = Instant.parse("2025-06-01T00:00:00Z");

    static Article article(String file, String title, String date, boolean draft, List<String> tags, String slug) {
        return new Article(Path.of(file), false, ContentFormat.MARKDOWN, title, ZonedDateTime.of(
                java.time.LocalDateTime.parse(date), CAIRO), null, List.of("huda"), List.of("economy"), tags, "",
                slug, draft, List.of(), null, "", "", "", List.of(), "نص.", 5);
    }

    static SiteConfig config(String permalink) {
        SiteConfig d = SiteConfig.defaults();
        return new SiteConfig(d.title(), d.description(), d.baseUrl(), "ar", "rtl", CAIRO, d.numerals(), "EG", permalink,
                10, true, false, "en", List.of(new Author("huda", "هدى", "")), List.of(new Category("economy", "اقتصاد")));
    }

    @Test
    void placesArticlesNewestFirstAndDropsDraftsAndFutureOnes() {
        var content = new Content(config(SiteConfig.DEFAULT_PERMALINK), List.of(
                article("a.md", "الأول", "2025-01-01T10:00", false, List.of("نفط"), null),
                article("b.md", "الثاني", "2025-03-01T10:00", false, List.of(), null),
                article("c.md", "مسودة", "2025-02-01T10:00", true, List.of(), null),
                article("d.md", "لاحق", "2025-07-01T10:00", false, List.of(), null)), List.of(), List.of());
        Diagnostics d = new Diagnostics();
        var placed = Placement.place(content, NOW, false, d);
        assertEquals(List.of("2025/03/الثاني/", "2025/01/الاول/"), placed.articles().stream().map(SiteArticle::path).toList());
        assertEquals("huda", placed.articles().get(1).authors().get(0).key());
        assertEquals("اقتصاد", placed.articles().get(1).category().name());
        assertEquals(new Tag("نفط", "نفط"), placed.articles().get(1).tags().get(0));
        assertEquals(3, Placement.place(content, NOW, true, new Diagnostics()).articles().size());
    }

    @Test
    void permalinkPatternsAndExplicitSlugs() {
        var content = new Content(config("/{category}/{year}/{month}/{day}/{slug}.html"), List.of(
                article("a.md", "عنوان طويل", "2025-01-05T10:00", false, List.of(), "short")), List.of(), List.of());
        var placed = Placement.place(content, NOW, false, new Diagnostics());
        assertEquals("economy/2025/01/05/short.html", placed.articles().get(0).path());
    }

    @Test
    void permalinkDatesAreAsciiDigitsPaddedWhateverTheDefaultLocaleAndDoubleSlashesCollapse() {
        java.util.Locale before = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.forLanguageTag("ar-EG-u-nu-arab"));
            var content = new Content(config("{year}//{month}/{day}///{slug}"), List.of(
                    article("a.md", "عنوان", "0987-02-03T10:00", false, List.of(), "s")), List.of(), List.of());
            assertEquals("0987/02/03/s/", Placement.place(content, NOW, false, new Diagnostics()).articles().get(0).path());
        } finally {
            java.util.Locale.setDefault(before);
        }
        assertEquals("-001", Placement.padded(-1, 4), "as %04d has it");
        assertEquals("12345", Placement.padded(12345, 4));
        assertEquals("07", Placement.padded(7, 2));
    }

    @Test
    void aTagSharedByArticlesHasOneSlugAndEachArticleItsOwnTags() {
        var content = new Content(config(SiteConfig.DEFAULT_PERMALINK), List.of(
                article("a.md", "الأول", "2025-01-01T10:00", false, List.of("النفط", "أسعار"), null),
                article("b.md", "الثاني", "2025-03-01T10:00", false, List.of("أسعار", "النِّفط"), null)), List.of(), List.of());
        var placed = Placement.place(content, NOW, false, new Diagnostics()).articles();
        assertEquals(List.of(new Tag("أسعار", "اسعار"), new Tag("النِّفط", "النفط")), placed.get(0).tags());
        assertEquals(List.of(new Tag("النفط", "النفط"), new Tag("أسعار", "اسعار")), placed.get(1).tags());
    }

    @Test
    void twoArticlesAtOneUrlAreAnErrorNamingBoth() {
        var content = new Content(config(SiteConfig.DEFAULT_PERMALINK), List.of(
                article("one.md", "مِصر", "2025-01-05T10:00", false, List.of(), null),
                article("two.md", "مـصر", "2025-01-09T10:00", false, List.of(), null)), List.of(), List.of());
        Diagnostics d = new Diagnostics();
        Placement.place(content, NOW, false, d);
        assertTrue(d.hasErrors());
        String message = d.sorted().get(0).toString();
        assertTrue(message.contains("one.md") && message.contains("two.md"), message);
    }

    /** Placings that share a memo (the preview's) place as fresh ones do, and report every clash each time. */
    @Test
    void aRememberedPlacingOrdersAndClaimsAsAFreshOne() {
        PlaceMemo memo = new PlaceMemo();
        List<Article> articles = new java.util.ArrayList<>();
        for (int i = 0; i < 30; i++) {
            articles.add(article("a" + i + ".md", "خبر " + i, "2025-0%d-%02dT10:00".formatted(1 + i % 5, 1 + (i * 7) % 28), false,
                    List.of(), null));
        }
        java.util.function.Predicate<List<Article>> clashes = list -> {
            var content = new Content(config(SiteConfig.DEFAULT_PERMALINK), List.copyOf(list), List.of(), List.of());
            Diagnostics remembered = new Diagnostics();
            Diagnostics fresh = new Diagnostics();
            assertEquals(Placement.place(content, NOW, false, fresh), Placement.place(content, NOW, false, remembered, memo));
            assertEquals(fresh.sorted(), remembered.sorted());
            return fresh.hasErrors();
        };
        assertFalse(clashes.test(articles));
        articles.set(3, article("a3.md", "خبر 3", "2025-04-01T10:00", false, List.of(), null));
        assertFalse(clashes.test(articles), "a3 moves within its month: same address, another place in the order");
        articles.set(3, article("a3.md", "خبر 3", "2025-05-30T10:00", false, List.of("جديد"), null));
        assertFalse(clashes.test(articles));
        articles.set(4, article("a4.md", "خبر 3", "2025-05-02T10:00", false, List.of(), null));
        assertTrue(clashes.test(articles), "a4 now has a3's address");
        assertTrue(clashes.test(articles), "and the clash is reported again");
        articles.set(4, article("a4.md", "خبر 4", "2025-01-02T10:00", false, List.of(), null));
        assertFalse(clashes.test(articles));
        assertFalse(clashes.test(articles));
    }
}
