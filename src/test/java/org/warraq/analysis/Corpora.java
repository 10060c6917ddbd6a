package org.warraq.analysis;

import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.warraq.content.Article;
import org.warraq.content.Author;
import org.warraq.content.ContentFormat;
import org.warraq.markdown.RenderedBody;
import org.warraq.site.SiteArticle;
import org.warraq.site.Tag;

/** Hand-made articles from made-up words, for tests of the analysis that need a vocabulary of a particular shape. */
final class Corpora {

    /** Letters that begin or end no Arabic affix the stemmer strips, so that each made-up word is its own stem. */
    private static final String LETTERS = "بتثجحخدذرزسشصضطظعغقكم";
    private static final ZonedDateTime START = ZonedDateTime.of(2025, 6, 1, 9, 0, 0, 0, ZoneOffset.ofHours(3));

    private Corpora() {
    }

    /** {@code count} different made-up words of four or five letters. */
    static List<String> words(Random random, int count) {
        List<String> words = new ArrayList<>();
        while (words.size() < count) {
            StringBuilder w = new StringBuilder();
            for (int k = 0; k < 4 + random.nextInt(2); k++) {
                w.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
            }
            if (!words.contains(w.toString())) {
                words.add(w.toString());
            }
        }
        return words;
    }

    /** {@code count} words, the first of {@code words} most often (Zipf's law), with one in ten of {@code extra} if any. */
    static String[] zipf(Random random, List<String> words, int count, List<String> extra) {
        String[] out = new String[count];
        for (int i = 0; i < count; i++) {
            out[i] = !extra.isEmpty() && random.nextInt(10) == 0 ? extra.get(random.nextInt(extra.size()))
                    : words.get((int) (words.size() * Math.pow(random.nextDouble(), 2.5)));
        }
        return out;
    }

    /**
     * {@code n} articles of {@code vocabulary} made-up words: a headline of {@code titleWords} and a body of
     * {@code bodyWords} drawn by {@link #zipf} (the body with {@code extra}), and one tag, article {@code a}'s the
     * {@code a % tags}-th word.
     */
    static List<SiteArticle> random(Random random, int vocabulary, int n, int titleWords, int tags, int bodyWords, List<String> extra) {
        List<String> words = words(random, vocabulary);
        List<SiteArticle> articles = new ArrayList<>();
        for (int a = 0; a < n; a++) {
            articles.add(article(a, String.join(" ", zipf(random, words, titleWords, List.of())), List.of(words.get(a % tags)),
                    String.join(" ", zipf(random, words, bodyWords, extra))));
        }
        return articles;
    }

    /** Article {@code n}, published {@code n} days before the first of June 2025, at path {@code a/<n>/}. */
    static SiteArticle article(int n, String title, List<String> tags, String body) {
        Article a = new Article(Path.of("articles/" + n + ".md"), false, ContentFormat.MARKDOWN, title, START.minusDays(n), null,
                List.of("writer"), List.of(), List.copyOf(tags), "", "a" + n, false, List.of(), null, null, null, null, List.of(), body, 1);
        return new SiteArticle(a, "a/" + n + "/", List.of(new Author("writer", "كاتب", "")), null,
                tags.stream().map(t -> new Tag(t, "t-" + Math.abs(t.hashCode()))).toList(),
                new RenderedBody("<p>" + body + "</p>", "<p>" + body + "</p>", body, List.of(), body));
    }
}
