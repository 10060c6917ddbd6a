package org.warraq.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.warraq.output.OutputFile;
import org.warraq.site.SiteArticle;
import org.warraq.site.Urls;

/** The query language, excerpts, facets, «did you mean» and the API's shape, on a small corpus. */
class SearchFeaturesTest {

    static final String SCRIPT_TITLE = "</script><script>alert(1)</script> عنوان الحكومة";

    static SearchIndex index;
    static LuceneSearch lucene;
    static EngineJs engine;
    static List<OutputFile> files;

    @BeforeAll
    static void build() throws Exception {
        Corpus corpus = new Corpus()
                .add(0, "سوق المدينة القديمة", "ملخص عن الأسواق",
                        "زرنا المدينة القديمة صباحاً. ثم عدنا إلى المدينه الجديدة، وفي المَدينة سوق كبير للحرفيين.",
                        "culture", List.of("مدن", "تراث"), "nour")
                .add(1, "الحكومة والموازنة العامة", "",
                        "أعلنت الحكومة موازنة جديدة تركز على التعليم، وقالت الحكومة إن العجز سيتراجع.",
                        "economy", List.of("موازنة"), "karim")
                .add(2, "المدارس في الأرياف", "",
                        "تعاني المدارس في الأرياف من نقص المعلمين، والحكومة تعد بخطة للمدارس.",
                        "society", List.of("تعليم"), "nour")
                .add(400, "سوق الكتب", "",
                        "في السوق القديمة تباع الكتب المستعملة، والمدينة تحتفي بالقراءة.",
                        "culture", List.of("تراث", "كتب"), "laila")
                .add(401, SCRIPT_TITLE, "",
                        "نص يذكر الحكومة مرة واحدة و a < b & c > d.",
                        "economy", List.of("<img src=x onerror=alert(1)>"), "karim");
        index = SearchIndex.build(corpus.articles(), 0);
        lucene = new LuceneSearch(index);
        files = new IndexExporter(index, new Urls("https://example.org/blog/", true), IndexExporter.DEFAULT_CAP).export();
        engine = new EngineJs(files, "../../");
    }

    @AfterAll
    static void close() throws Exception {
        engine.close();
        index.close();
    }

    static EngineJs.Response search(String q, String options) {
        engine.reset();
        return engine.search(q, options);
    }

    static List<String> marked(EngineJs.Result r) {
        return r.excerpt().stream().filter(EngineJs.Segment::match).map(EngineJs.Segment::text).toList();
    }

    @Test
    void everySpellingOfAWordIsMarkedInTheExcerpt() {
        for (String q : List.of("المدينة", "المدينه", "المَدينة")) {
            EngineJs.Result top = search(q, "{prefix: false}").results().get(0);
            assertEquals("سوق المدينة القديمة", top.title(), q);
            assertEquals(List.of("المدينة", "المدينه", "المَدينة"), marked(top), q);
            String text = top.excerpt().stream().map(EngineJs.Segment::text).collect(Collectors.joining());
            assertTrue(text.startsWith("زرنا المدينة القديمة"), text);
        }
    }

    @Test
    void anExcerptFromFarIntoTheTextStartsWithAnEllipsis() {
        EngineJs.Result r = search("الحرفيين", "{}").results().get(0);
        assertEquals(List.of("للحرفيين"), marked(r));
        assertTrue(r.excerpt().get(0).text().startsWith("… "), r.excerpt().toString());
    }

    @Test
    void aLongArticleSendsOnlyThePartOfItsTextWhereTheQueryIs() throws Exception {
        String[] filler = {"سحاب", "جبل", "نهر", "قمح", "ملح", "غيم", "رمل", "صخر"};
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 900; i++) {
            body.append(i == 60 ? "زعفران " : i == 500 ? "زعفران وقرنفل " : filler[(i * 7 + i / 5) % filler.length] + " ");
        }
        Corpus corpus = new Corpus().add(0, "مقال طويل", "ملخص المقال الطويل", body.toString().strip(), "news", List.of(), "writer");
        try (SearchIndex one = SearchIndex.build(corpus.articles(), 0);
             EngineJs js = new EngineJs(new IndexExporter(one, new Urls("https://example.org/", false), IndexExporter.DEFAULT_CAP).export(), "")) {
            EngineJs.Response r = js.search("قرنفل", "{prefix: false}");
            List<String> texts = r.fetched().stream().filter(id -> id.startsWith("e/")).toList();
            assertEquals(1, texts.size(), r.fetched().toString());
            assertFalse(texts.get(0).endsWith("-0"), "a part from the middle: " + texts);
            EngineJs.Result top = r.results().get(0);
            assertEquals(List.of("وقرنفل"), marked(top));
            assertTrue(top.excerpt().get(0).text().startsWith("… "), top.excerpt().toString());
            assertTrue(top.excerpt().get(top.excerpt().size() - 1).text().endsWith(" …"), top.excerpt().toString());

            js.reset();
            EngineJs.Result both = js.search("زعفران قرنفل", "{prefix: false}").results().get(0);
            assertEquals(List.of("زعفران", "وقرنفل"), marked(both), "the part with both words, not the first with one");

            js.reset();
            EngineJs.Response title = js.search("طويل", "{prefix: false}");
            assertTrue(title.fetched().contains("e/0-0"), title.fetched().toString());
            assertEquals(List.of("الطويل"), marked(title.results().get(0)), "no body match: the summary");
        }
    }

    @Test
    void phrasesMatchWordsInOrderAcrossStopWordsAndLoadPositionsOnlyThen() {
        EngineJs.Response words = search("المدارس الأرياف", "{}");
        assertEquals(1, words.total());
        assertFalse(words.fetched().stream().anyMatch(id -> id.startsWith("p/")), words.fetched().toString());
        EngineJs.Response phrase = search("\"المدارس في الأرياف\"", "{}");
        assertEquals(1, phrase.total());
        assertTrue(phrase.fetched().stream().anyMatch(id -> id.startsWith("p/")), phrase.fetched().toString());
        assertEquals(0, search("\"الأرياف المدارس\"", "{}").total());
        assertEquals(0, search("\"المدارس الأرياف\"", "{}").total(), "the stop word leaves a gap");
        assertEquals(1, search("«سوق كبير»", "{}").total());
    }

    @Test
    void aMinusExcludesAWordInAnyOfItsForms() {
        assertEquals(3, search("الحكومة", "{prefix: false}").total());
        EngineJs.Response r = search("الحكومة -الموازنة", "{prefix: false}");
        assertEquals(2, r.total(), "the article with «الموازنة» and «موازنة» is gone");
        assertTrue(r.results().stream().noneMatch(x -> x.title().contains("الموازنة")));
        assertEquals(0, search("-الحكومة", "{}").total(), "exclusions alone match nothing");
    }

    @Test
    void theLastWordIsAPrefixWhileTyping() {
        assertEquals(List.of(), search("الأري", "{prefix: false}").urls());
        assertEquals(List.of("../../a/2/index.html"), search("الأري", "{}").urls(), "«اري» after «ال» expands to «ارياف»");
        assertEquals(List.of("../../a/2/index.html"), search("المدارس الأري", "{}").urls());
        assertEquals(search("المد", "{prefix: false}").urls(), search("المد", "{}").urls(), "two letters after «ال» do not expand");
        assertTrue(search("الأري المدارس", "{}").fallback(), "only the last word is a prefix");
    }

    @Test
    void allWordsOrElseAnyWordAndTheResultSaysSo() {
        EngineJs.Response all = search("الحكومة التعليم", "{prefix: false}");
        assertFalse(all.fallback());
        assertEquals(2, all.total(), "«التعليم» in one body, the tag «تعليم» on the other");
        EngineJs.Response any = search("الحكومة الحرفيين", "{prefix: false}");
        assertTrue(any.fallback());
        assertEquals(4, any.total());
    }

    @Test
    void aMisspeltWordSuggestsTheIndexedWordOneEditAwayInTheReadersSpelling() {
        assertEquals("الحكومة", search("الحكمومة", "{}").suggestion(), "extra letter");
        assertEquals("الحكومة", search("الحكوعة", "{}").suggestion(), "substitution");
        assertEquals("الحكومة", search("الحكموة", "{}").suggestion(), "transposition");
        assertEquals("نقص المعلمين", search("نقص المعلمن", "{prefix: false}").suggestion(), "missing letter, other words kept");
        assertNull(search("الحكومة", "{}").suggestion());
        assertNull(search("قطارات", "{}").suggestion(), "nothing one edit away");
        assertNull(search("حكمو", "{}").suggestion(), "under five letters");
    }

    @Test
    void facetsCountEveryMatchAndFiltersNarrowThem() {
        EngineJs.Response r = search("المدينة", "{prefix: false}");
        assertEquals(2, r.total());
        assertEquals(Map.of("culture", 2), counts(r.facets().get("category")));
        assertEquals(Map.of("t-" + Math.abs("تراث".hashCode()), 2, "t-" + Math.abs("مدن".hashCode()), 1,
                "t-" + Math.abs("كتب".hashCode()), 1), counts(r.facets().get("tag")));
        assertEquals(Map.of("2025", 1, "2024", 1), counts(r.facets().get("year")));
        assertEquals("قسم culture", r.facets().get("category").get(0).label());

        EngineJs.Response filtered = search("الحكومة", "{prefix: false, filters: {category: 'economy'}}");
        assertEquals(2, filtered.total());
        assertEquals(Map.of("economy", 2, "society", 1), counts(filtered.facets().get("category")),
                "a facet ignores its own filter");
        assertEquals(Map.of("karim", 2), counts(filtered.facets().get("author")));
        assertEquals(1, search("الحكومة", "{prefix: false, filters: {author: 'nour'}}").total());
        assertEquals(1, search("الحكومة", "{prefix: false, filters: {year: 2024}}").total());
        assertEquals(1, search("الحكومة", "{prefix: false, filters: {category: 'قسم society'}}").total(), "by name too");
        assertEquals(0, search("الحكومة", "{prefix: false, filters: {category: 'nowhere'}}").total());
    }

    @Test
    void resultsCarryWhatAPageNeeds() {
        EngineJs.Response r = search("المدارس", "{limit: 1}");
        EngineJs.Result top = r.results().get(0);
        assertEquals("../../a/2/index.html", top.url(), "relative to the calling page, portable");
        assertEquals("2025-05-30T09:00:00+03:00", top.date());
        assertEquals("قسم society", top.category());
        assertEquals(List.of("تعليم"), top.tags());
        assertTrue(top.score() > 0);
        assertEquals(1, r.results().size());
    }

    @Test
    void tiesGoToTheNewerArticle() {
        Corpus corpus = new Corpus().add(5, "شمس", "نص واحد").add(3, "شمس", "نص واحد").add(3, "شمس", "نص واحد");
        List<SiteArticle> reversed = new ArrayList<>(corpus.articles());
        Collections.reverse(reversed);
        try (SearchIndex same = SearchIndex.build(reversed, 0);
             EngineJs js = new EngineJs(new IndexExporter(same, new Urls("https://example.org/", false), 4096).export(), "")) {
            EngineJs.Response r = js.search("شمس", "{}");
            assertEquals(List.of("a/1/", "a/2/", "a/0/"), r.urls());
            assertEquals(r.results().get(0).score(), r.results().get(2).score());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void markupInTheContentCannotBreakAClassicScript() {
        for (OutputFile f : files) {
            String text = new String(f.bytes(), StandardCharsets.UTF_8);
            assertFalse(text.contains("<") || text.contains(">"), f.path() + " contains markup characters");
        }
        EngineJs.Response r = search("عنوان", "{}");
        assertEquals(SCRIPT_TITLE, r.results().get(0).title());
        assertTrue(r.results().get(0).excerpt().stream().anyMatch(s -> s.text().contains("a < b & c > d")));
    }

    private static Map<String, Integer> counts(List<EngineJs.Facet> facets) {
        return facets.stream().collect(Collectors.toMap(EngineJs.Facet::value, EngineJs.Facet::count));
    }
}
