package org.warraq.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.warraq.output.OutputFile;
import org.warraq.site.Urls;

/**
 * The request budget of docs/search.md section 5: once the manifest is loaded, a query reaches its first
 * results in at most three sequential requests (terms, at most one round that settles the ranking, the
 * results' files), whatever it holds: words in every article, several of them, quoted phrases of frequent
 * stems next to frequent words, a prefix whose stems span many files, date order, a far page. A small file
 * cap makes every family of the index split into many files, as a large site's does.
 */
class RoundTripsTest {

    static final int ARTICLES = 1200;
    static final int CAP = 2048;
    static final String EVERYWHERE = "قطار";
    static final String MOSTLY = "سحاب";
    static final String[] FAMILY = {"مستقبل", "مستقر", "مستقل", "مستقيم", "مستقطب", "مستقدم", "مستقرض", "مستقصى", "مستقبلي", "مستقلون"};
    static final String LETTERS = "جحخدذرزسشصضطظعغق";

    static SearchIndex index;
    static LuceneSearch lucene;
    static EngineJs engine;
    static List<OutputFile> files;
    static Urls urls = new Urls("https://example.org/", false);

    @BeforeAll
    static void build() throws Exception {
        Random random = new Random(11);
        List<String> filler = Corpus.madeUpWords(random, 300, LETTERS);
        Corpus corpus = new Corpus();
        for (int i = 0; i < ARTICLES; i++) {
            List<String> words = new ArrayList<>();
            int length = 30 + random.nextInt(200);
            for (int k = 0; k < length; k++) {
                int pick = random.nextInt(40);
                words.add(pick == 0 ? FAMILY[random.nextInt(FAMILY.length)] : filler.get(random.nextInt(filler.size())));
            }
            for (int k = 1 + random.nextInt(5); k > 0; k--) {
                int at = random.nextInt(words.size());
                words.add(at, EVERYWHERE);
                if (random.nextBoolean()) {
                    words.add(at + 1, MOSTLY);
                }
            }
            if (random.nextInt(10) < 7) {
                words.add(random.nextInt(words.size()), MOSTLY);
            }
            String title = filler.get(random.nextInt(filler.size())) + (random.nextInt(15) == 0 ? " " + EVERYWHERE : "");
            corpus.add(i / 4, title, String.join(" ", words));
        }
        index = SearchIndex.build(corpus.articles(), 0);
        lucene = new LuceneSearch(index);
        files = new IndexExporter(index, urls, CAP).export();
        engine = new EngineJs(files, "");
    }

    @AfterAll
    static void close() throws Exception {
        engine.close();
        index.close();
    }

    static final String PHRASE = "\"" + EVERYWHERE + " " + MOSTLY + "\"";

    @ParameterizedTest
    @ValueSource(strings = {EVERYWHERE, EVERYWHERE + " " + MOSTLY, MOSTLY + " " + EVERYWHERE + " ", PHRASE, MOSTLY + " " + PHRASE,
            PHRASE + " " + EVERYWHERE + " ", "مستق", "مستقب", EVERYWHERE + " مستق"})
    void atMostThreeRequestsAfterTheManifest(String q) {
        assertBudget(q, LuceneSearch.Options.DEFAULT, "{}");
        assertBudget(q, new LuceneSearch.Options(10, 0, true, SearchQuery.Filters.NONE, true), "{sort: 'date'}");
        assertBudget(q, new LuceneSearch.Options(10, 40, false, SearchQuery.Filters.NONE, true), "{offset: 40}");
        assertBudget(q, new LuceneSearch.Options(5, 0, false, SearchQuery.Filters.NONE, true), "{limit: 5, excerpts: false}");
    }

    @Test
    void theCorpusNeedsWhatTheBudgetIsAbout() {
        EngineJs.Response phrase = TieringTest.search(lucene, engine, urls, index, MOSTLY + " " + PHRASE, LuceneSearch.Options.DEFAULT, "{}");
        assertTrue(phrase.total() > 100, "a phrase of two frequent stems: " + phrase.total());
        assertTrue(phrase.fetched().stream().anyMatch(id -> id.startsWith("x/")), "deeper tiers: " + phrase.fetched());
        String manifest = text("search/manifest.js");
        int positions = Integer.parseInt(manifest.replaceAll("(?s).*\"positions\":(\\d+).*", "$1"));
        assertTrue(phrase.fetched().stream().anyMatch(id -> id.startsWith("p/") && Integer.parseInt(id.substring(2)) >= positions),
                "a run of position files: " + phrase.fetched());
    }

    @Test
    void aPrefixWhoseStemsSpanManyFilesCarriesItsExpansions() {
        String completions = files.stream().filter(f -> f.path().startsWith("search/c/")).map(f -> new String(f.bytes(), StandardCharsets.UTF_8))
                .filter(s -> s.contains("\"مستق\":")).findFirst().orElseThrow();
        assertTrue(completions.contains("\"مستق\":{\"c\":["), completions.substring(0, Math.min(300, completions.length())));
        EngineJs.Response r = TieringTest.search(lucene, engine, urls, index, "مستق", LuceneSearch.Options.DEFAULT, "{}");
        assertFalse(r.results().isEmpty());
        assertEquals(1, r.fetched().stream().filter(id -> id.startsWith("t/")).count(), "only the typed word's stem file: " + r.fetched());
        assertTrue(r.requests() <= 4, r.fetched().toString());
    }

    private static void assertBudget(String q, LuceneSearch.Options options, String js) {
        EngineJs.Response r = TieringTest.search(lucene, engine, urls, index, q, options, js);
        assertEquals(1, r.fetched().stream().filter(id -> id.equals("manifest")).count());
        assertTrue(r.requests() <= 4, q + " " + js + ": " + r.requests() + " requests, manifest included: " + r.fetched());
    }

    private static String text(String path) {
        return files.stream().filter(f -> f.path().equals(path)).map(f -> new String(f.bytes(), StandardCharsets.UTF_8)).findFirst().orElseThrow();
    }
}
