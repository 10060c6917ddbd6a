package org.warraq.search;

import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.warraq.content.Article;
import org.warraq.content.Author;
import org.warraq.content.Category;
import org.warraq.content.ContentFormat;
import org.warraq.markdown.RenderedBody;
import org.warraq.site.SiteArticle;
import org.warraq.site.Tag;

/** Hand-made articles for tests that need a corpus of a particular shape. */
final class Corpus {

    static final ZonedDateTime START = ZonedDateTime.of(2025, 6, 1, 9, 0, 0, 0, ZoneOffset.ofHours(3));

    private final List<SiteArticle> articles = new ArrayList<>();

    /** An article published {@code daysAgo} days before {@link #START}, at path {@code a/<n>/}. */
    Corpus add(int daysAgo, String title, String summary, String body, String category, List<String> tags, String author) {
        int n = articles.size();
        ZonedDateTime date = START.minusDays(daysAgo);
        Article a = new Article(Path.of("articles/" + n + ".md"), false, ContentFormat.MARKDOWN, title, date, null,
                List.of(author), category == null ? List.of() : List.of(category), tags, summary, "a" + n, false,
                List.of(), null, null, null, null, List.of(), body, 1);
        List<Tag> tagList = tags.stream().map(t -> new Tag(t, "t-" + Math.abs(t.hashCode()))).toList();
        articles.add(new SiteArticle(a, "a/" + n + "/", List.of(new Author(author, "كاتب " + author, "")),
                category == null ? null : new Category(category, "قسم " + category), tagList,
                new RenderedBody("<p>" + body + "</p>", "<p>" + body + "</p>", body, List.of(), body)));
        return this;
    }

    Corpus add(int daysAgo, String title, String body) {
        return add(daysAgo, title, "", body, "news", List.of(), "writer");
    }

    List<SiteArticle> articles() {
        return List.copyOf(articles);
    }

    /** {@code count} made-up words of 4 to 6 of {@code letters}, for corpora that need a vocabulary. */
    static List<String> madeUpWords(Random random, int count, String letters) {
        List<String> words = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            StringBuilder w = new StringBuilder();
            for (int k = 0; k < 4 + random.nextInt(3); k++) {
                w.append(letters.charAt(random.nextInt(letters.length())));
            }
            words.add(w.toString());
        }
        return words;
    }
}
