package org.warraq.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warraq.content.Article;
import org.warraq.content.ContentFormat;
import org.warraq.content.StoredText;
import org.warraq.markdown.RenderedBody;
import org.warraq.search.SampleSite;
import org.warraq.search.SearchIndex;
import org.warraq.site.SiteArticle;
import org.warraq.site.Tag;
import org.warraq.search.analysis.AnalyzedToken;
import org.warraq.search.analysis.TermKind;
import org.warraq.search.analysis.WarraqAnalyzer;

/**
 * The stems of a text analysed once ({@link ArticleText}, what related articles hand to MoreLikeThis) are the
 * terms the index's stem sub-fields get from their own analyser, one for one, on the sample site's files and
 * on text made to trip the analysis up.
 */
class ArticleTextTest {

    static final List<String> EDGES = List.of(
            "",
            "في من إلى على عن",
            "ﺍﻟﺴﻼﻡ عليكم ﷲ",
            "اَلْعَرَبِيَّةُ الـــعربية والمعلمون بالمدارس",
            "سعر البرميل 85.5 دولار و٣٬٢ مليون في 2025-03-14",
            "OpenAI و GPT-4 وNASA والـ«يونسكو» e-mail@example.org https://example.org/path",
            "ا".repeat(300) + " كلمة",
            "لبنان لبن مصر المصريون المصريين القاهرة");

    static List<String> stemField(String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = WarraqAnalyzer.forKind(TermKind.STEM).tokenStream("body.stem", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    static List<String> stems(String text) {
        return WarraqAnalyzer.tokens(text).stream().map(AnalyzedToken::stem).toList();
    }

    @Test
    void stemsAreTheStemFieldsTerms() throws IOException {
        List<String> texts = new ArrayList<>(EDGES);
        try (Stream<Path> files = Files.walk(Path.of("content"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".md") || p.toString().endsWith(".txt")).toList()) {
                texts.add(Files.readString(f));
            }
        }
        int compared = 0;
        for (String text : texts) {
            List<String> expected = stemField(text);
            assertEquals(expected, stems(text), text.length() > 60 ? text.substring(0, 60) : text);
            compared += expected.size();
        }
        assertTrue(compared > 3000, "compared " + compared + " stems");
    }

    /** Articles whose every text is one of {@link #EDGES}: blank summaries, titles that are all stop words, no body. */
    static List<SiteArticle> edgeArticles() {
        List<SiteArticle> articles = new ArrayList<>();
        for (int i = 0; i < EDGES.size(); i++) {
            String text = EDGES.get(i);
            String summary = i % 3 == 0 ? "   " : i % 3 == 1 ? null : EDGES.get((i + 1) % EDGES.size());
            List<Tag> tags = List.of(new Tag(EDGES.get((i + 2) % EDGES.size()), "t" + i), new Tag("وسم " + i, "u" + i));
            Article a = new Article(Path.of("content/edge-" + i + ".md"), false, ContentFormat.MARKDOWN, text,
                    ZonedDateTime.of(2025, 1, 1 + i, 10, 0, 0, 0, ZoneId.of("Asia/Riyadh")), null, List.of(), List.of(),
                    tags.stream().map(Tag::name).toList(), summary, null, false, List.of(), null, "", "", "", List.of(),
                    StoredText.of(text), 5);
            RenderedBody body = i == 4 ? null : new RenderedBody("<p>" + i + "</p>", "<p>" + i + "</p>",
                    EDGES.get((i + 3) % EDGES.size()), List.of(), "");
            articles.add(new SiteArticle(a, "edge-" + i + "/", List.of(), null, tags, body));
        }
        return articles;
    }

    @Test
    void theWordsTheIndexKeptAreTheTextsAnalysedAgain(@TempDir Path folder) throws IOException {
        List<SiteArticle> articles = new ArrayList<>(SampleSite.load().articles);
        articles.addAll(edgeArticles());
        try (SearchIndex inHeap = SearchIndex.build(articles, 0); SearchIndex onDisk = SearchIndex.build(articles, 0, folder)) {
            int words = 0;
            for (SearchIndex index : List.of(inHeap, onDisk)) {
                for (int doc = 0; doc < index.size(); doc++) {
                    SiteArticle a = index.articles().get(doc);
                    ArticleText analysed = ArticleText.of(a);
                    assertEquals(analysed, ArticleText.of(a, index.words(doc)), a.path());
                    words += analysed.segments().stream().mapToInt(s -> s.tokens().size()).sum();
                }
            }
            assertTrue(words > 6000, "compared " + words + " words");
        }
    }
}
