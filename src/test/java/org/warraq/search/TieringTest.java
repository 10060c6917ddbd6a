package org.warraq.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.warraq.output.OutputFile;
import org.warraq.site.Urls;

/**
 * A corpus where one word is in every article and another in most: their postings are tiered by impact,
 * a query fetches only the first tier when its bounds prove the top ten, and fetches deeper tiers when they
 * do not (date order, a far page), always ranking as Lucene does.
 */
class TieringTest {

    static final int ARTICLES = 1500;
    static final String EVERYWHERE = "قطار";
    static final String MOSTLY = "سحاب";
    /** In three articles: «قطار» with a clitic, so its alternative is the word in every article. */
    static final String RARE_FORM = "بقطار";
    /** A word of its own in the same three articles. */
    static final String MARKER = "زعفران";
    static final String LETTERS = "جحخدذرزسشصضطظعغق";

    static SearchIndex index;
    static LuceneSearch lucene;
    static EngineJs engine;
    static Urls urls = new Urls("https://example.org/", false);
    static List<OutputFile> files;

    @BeforeAll
    static void build() throws Exception {
        Random random = new Random(7);
        List<String> filler = Corpus.madeUpWords(random, 400, LETTERS);
        Corpus corpus = new Corpus();
        for (int i = 0; i < ARTICLES; i++) {
            List<String> words = new ArrayList<>();
            int length = 20 + random.nextInt(280);
            for (int k = 0; k < length; k++) {
                words.add(filler.get(random.nextInt(filler.size())));
            }
            for (int k = 1 + random.nextInt(6); k > 0; k--) {
                words.add(random.nextInt(words.size()), EVERYWHERE);
            }
            if (random.nextInt(10) < 7) {
                words.add(random.nextInt(words.size()), MOSTLY);
            }
            String title = filler.get(random.nextInt(filler.size())) + " " + filler.get(random.nextInt(filler.size()))
                    + (random.nextInt(20) == 0 ? " " + EVERYWHERE : "");
            corpus.add(i / 3, title, String.join(" ", words) + (i % 500 == 7 ? " " + RARE_FORM + " " + MARKER : ""));
        }
        index = SearchIndex.build(corpus.articles(), 0);
        lucene = new LuceneSearch(index);
        files = new IndexExporter(index, urls, IndexExporter.DEFAULT_CAP).export();
        engine = new EngineJs(files, "");
    }

    @AfterAll
    static void close() throws Exception {
        engine.close();
        index.close();
    }

    @Test
    void aWordInEveryArticleIsTieredAndItsFirstTierIsSmall() {
        String entry = entry(EVERYWHERE);
        assertEquals(ARTICLES, engine.eval(entry + ".n").asInt());
        assertTrue(engine.eval(entry + ".x.length").asInt() >= 2, "deeper tiers exist");
        int firstTier = engine.eval("(e => { const skip = (i) => { const m = e.t[i++]; for (let f = 0; f < 12; f++) if (m & (1 << f)) i += 2;"
                + " return m & 0xc00 ? i + 1 : i; }; let n = 0;"
                + " for (let i = 0; i < e.t.length; n++) { i = skip(i + 1); for (let c = 0; c < e.c; c++) i = skip(i); } return n; })("
                + entry + ")").asInt();
        assertTrue(firstTier >= IndexExporter.FIRST_TIER && firstTier <= 2 * IndexExporter.FIRST_TIER, "first tier of " + firstTier);
        List<OutputFile> tiers = files.stream().filter(f -> f.path().startsWith("search/x/")).toList();
        assertTrue(tiers.size() >= 4, tiers.size() + " tier files");
        for (OutputFile f : tiers) {
            assertTrue(f.bytes().length <= IndexExporter.TIER_CAP_FACTOR * IndexExporter.DEFAULT_CAP, f.path() + " has " + f.bytes().length + " bytes");
        }
    }

    @Test
    void theTopTenOfTheCommonWordComesFromTheFirstTierAlone() {
        EngineJs.Response r = search(EVERYWHERE, LuceneSearch.Options.DEFAULT, "{}");
        assertFalse(r.fetched().stream().anyMatch(id -> id.startsWith("x/")), "fetched " + r.fetched());
        assertEquals(3, r.requests());
    }

    @Test
    void twoCommonWordsAreExactAfterOneRoundOfDeeperTiers() {
        EngineJs.Response r = search(EVERYWHERE + " " + MOSTLY, LuceneSearch.Options.DEFAULT, "{}");
        assertEquals(4, r.requests(), "one round of deeper tiers settles the top ten: " + r.fetched());
    }

    @Test
    void aRareFormOfACommonWordIsScoredFromItsOwnEntry() {
        EngineJs.Response r = search(RARE_FORM, LuceneSearch.Options.DEFAULT, "{}");
        assertFalse(r.fetched().stream().anyMatch(id -> id.startsWith("x/")), "fetched " + r.fetched());
        assertEquals(3, r.requests(), "its articles carry the postings of its stem and alternatives");
    }

    @Test
    void whenEveryMatchIsShownTheirTiersAndTextsComeInOneRound() {
        EngineJs.Response r = search(EVERYWHERE + " " + MARKER, LuceneSearch.Options.DEFAULT, "{}");
        assertEquals(3, r.total());
        assertEquals(3, r.requests(), "manifest, terms, then the tiers with the texts of the exact results: " + r.fetched());
    }

    @Test
    void aFarPageOrDateOrderFetchesDeeperTiersAndStaysExact() {
        EngineJs.Response page = search(EVERYWHERE, new LuceneSearch.Options(10, 600, false, SearchQuery.Filters.NONE, true), "{offset: 600}");
        assertTrue(page.fetched().stream().anyMatch(id -> id.startsWith("x/")), "fetched " + page.fetched());
        EngineJs.Response byDate = search(EVERYWHERE, new LuceneSearch.Options(10, 0, true, SearchQuery.Filters.NONE, true), "{sort: 'date'}");
        assertTrue(byDate.fetched().stream().anyMatch(id -> id.startsWith("x/")), "fetched " + byDate.fetched());
    }

    /** The engine's answer, after checking it against Lucene's. */
    static EngineJs.Response search(String q, LuceneSearch.Options options, String js) {
        return search(lucene, engine, urls, index, q, options, js);
    }

    /** The engine's answer on any index, after checking it against Lucene's. */
    static EngineJs.Response search(LuceneSearch lucene, EngineJs engine, Urls urls, SearchIndex index, String q, LuceneSearch.Options options,
                                    String js) {
        LuceneSearch.Result expected = lucene.search(q, options);
        engine.reset();
        EngineJs.Response actual = engine.search(q, js);
        assertEquals(expected.total(), actual.total(), q);
        List<String> expectedUrls = expected.hits().stream().map(h -> urls.linkFromRoot("", index.articles().get(h.doc()).path())).toList();
        assertEquals(expectedUrls, actual.urls(), q);
        for (int i = 0; i < expected.hits().size(); i++) {
            assertEquals(expected.hits().get(i).score(), actual.results().get(i).score(), Math.abs(expected.hits().get(i).score()) * 1e-6, q);
        }
        return actual;
    }

    /** A JavaScript expression for the raw entry of the exact term {@code word}, read from the file that holds it. */
    static String entry(String word) {
        return "(() => { let found; const w = globalThis.warraq; const keep = w.searchShard;"
                + " w.searchShard = (id, d) => { if (d && d[" + EngineJs.jsString(word) + "]) found = d[" + EngineJs.jsString(word) + "]; };"
                + " for (const id in __files) if (id.startsWith('w/')) (0, eval)(__files[id]);"
                + " w.searchShard = keep; return found; })()";
    }

    /** A posting's length is bounded by counting its numbers' digits, as many as writing them out gives. */
    @Test
    void digitsAreAsManyAsTheNumberWrittenOut() {
        Random random = new Random(17);
        List<Integer> numbers = new ArrayList<>(List.of(0, 1, 9, 10, 99, 100, 999_999_999, 1_000_000_000, Integer.MAX_VALUE,
                -1, -9, -10, Integer.MIN_VALUE, Integer.MIN_VALUE + 1));
        for (int i = 0; i < 2000; i++) {
            numbers.add(random.nextInt() >> random.nextInt(32));
        }
        for (int n : numbers) {
            assertEquals(Integer.toString(n).length(), IndexExporter.digits(n), Integer.toString(n));
        }
    }
}
