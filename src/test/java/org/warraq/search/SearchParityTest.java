package org.warraq.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.warraq.output.OutputFile;
import org.warraq.site.Urls;

/**
 * The browser engine against Lucene's own IndexSearcher on the sample site: for every query of a fixed set
 * (single words, inflected forms, several words, phrases, exclusions, prefixes, the any-word fallback,
 * filters, date order, the recency prior), the same total, the same top ten in the same order, the same
 * scores to 1e-6 relative.
 */
class SearchParityTest {

    static final List<String> QUERIES = List.of(
            // single words
            "الاقتصاد", "التضخم", "المياه", "الطاقة", "النفط", "الشباب", "الدولار", "مصر",
            // inflected forms and clitics
            "اقتصادية", "بالاقتصاد", "المدينة", "المدن", "والبنوك", "للطاقة", "مدارسها", "الاقتصادات",
            // several words
            "أسعار الفائدة", "الطاقة المتجددة", "الذكاء الاصطناعي", "البنوك المركزية العربية", "تحلية المياه",
            "الهيدروجين الأخضر", "الأمن الغذائي",
            // phrases, with stop words inside and around
            "\"البنوك المركزية\"", "«الذكاء الاصطناعي»", "\"أسعار الفائدة\" التضخم", "\"في المدن\"",
            "\"الأمن الغذائي\" \"أسعار الفائدة\"", "\"ارتفاع أسعار\"",
            // exclusions
            "الطاقة -النفط", "الاقتصاد -التضخم", "الذكاء -الاصطناعي", "المياه -السدود",
            // prefixes of the word being typed
            "الاقتص", "تحل", "الهيدرو", "أسعار الفا", "الطاق", "والمد",
            // no article has all words: the fallback
            "النفط الدراما", "الهيدروجين الانتخابات المسلسلات", "\"البنوك المركزية\" الدراما النفط",
            "الدراما بدراما النفط", "النفط بالنفط الدراما",
            // Latin and digits
            "BRICS", "2024", "COP30");

    static SampleSite site;
    static SearchIndex index;
    static LuceneSearch lucene;
    static EngineJs engine;
    static Urls urls;

    @BeforeAll
    static void build() throws Exception {
        site = SampleSite.load();
        index = SearchIndex.build(site.articles, 0);
        lucene = new LuceneSearch(index);
        urls = new Urls(site.config.baseUrl(), site.config.portableLinks());
        List<OutputFile> files = new IndexExporter(index, urls, IndexExporter.DEFAULT_CAP).export();
        engine = new EngineJs(files, "../../");
    }

    @AfterAll
    static void close() throws Exception {
        engine.close();
        index.close();
    }

    @Test
    void theEngineRanksAsLuceneDoesOnEveryQuery() {
        List<String> report = new ArrayList<>();
        for (String q : QUERIES) {
            compare(q, LuceneSearch.Options.DEFAULT, "{}", report);
        }
        report.forEach(System.out::println);
    }

    @Test
    void filtersDateOrderAndPagesToo() {
        List<String> report = new ArrayList<>();
        compare("الاقتصاد", new LuceneSearch.Options(10, 0, false, new SearchQuery.Filters("economy", null, null, null), true),
                "{filters: {category: 'economy'}}", report);
        compare("العربية", new LuceneSearch.Options(10, 0, false, new SearchQuery.Filters(null, null, null, "2024"), true),
                "{filters: {year: 2024}}", report);
        compare("العربية", new LuceneSearch.Options(5, 5, false, SearchQuery.Filters.NONE, true), "{limit: 5, offset: 5}", report);
        compare("العربية", new LuceneSearch.Options(10, 0, true, SearchQuery.Filters.NONE, true), "{sort: 'date'}", report);
        compare("النفط الدراما", new LuceneSearch.Options(10, 0, false, new SearchQuery.Filters("culture", null, null, null), true),
                "{filters: {category: 'culture'}}", report);
        compare("الاقتص", new LuceneSearch.Options(10, 0, false, SearchQuery.Filters.NONE, false), "{prefix: false}", report);
        report.forEach(System.out::println);
    }

    @Test
    void theRecencyPriorToo() throws Exception {
        try (SearchIndex recent = SearchIndex.build(site.articles, 0.5);
             EngineJs js = new EngineJs(new IndexExporter(recent, urls, IndexExporter.DEFAULT_CAP).export(), "../../")) {
            LuceneSearch withPrior = new LuceneSearch(recent);
            int reordered = 0;
            for (String q : List.of("الاقتصاد", "العربية", "الطاقة المتجددة", "\"البنوك المركزية\"", "الاقتص", "النفط الدراما")) {
                LuceneSearch.Result expected = withPrior.search(q, LuceneSearch.Options.DEFAULT);
                EngineJs.Response actual = js.search(q, "{}");
                List<String> expectedUrls = expected.hits().stream()
                        .map(h -> "../../" + urls.linkFromRoot("", recent.articles().get(h.doc()).path())).toList();
                assertEquals(expectedUrls, actual.urls(), q);
                for (int i = 0; i < expected.hits().size(); i++) {
                    assertEquals(expected.hits().get(i).score(), actual.results().get(i).score(), expected.hits().get(i).score() * 1e-6, q);
                }
                if (!expectedUrls.equals(engine.search(q, "{}").urls())) {
                    reordered++;
                }
            }
            assertTrue(reordered > 0, "the prior changes some order");
        }
    }

    static void compare(String q, LuceneSearch.Options options, String js, List<String> report) {
        LuceneSearch.Result expected = lucene.search(q, options);
        engine.reset();
        EngineJs.Response actual = engine.search(q, js);
        assertEquals(expected.total(), actual.total(), q + ": total");
        assertEquals(expected.fallback(), actual.fallback(), q + ": fallback");
        List<String> expectedUrls = expected.hits().stream()
                .map(h -> "../../" + urls.linkFromRoot("", index.articles().get(h.doc()).path())).toList();
        assertEquals(expectedUrls, actual.urls(), q + ": order");
        double worst = 0;
        for (int i = 0; i < expected.hits().size(); i++) {
            double e = expected.hits().get(i).score();
            double a = actual.results().get(i).score();
            double relative = Math.abs(e - a) / Math.max(Math.abs(e), Float.MIN_NORMAL);
            worst = Math.max(worst, relative);
            assertTrue(relative <= 1e-6, q + ": score of hit " + i + " " + a + " vs Lucene " + e);
        }
        assertTrue(actual.requests() <= 3, q + ": " + actual.requests() + " sequential requests");
        report.add(String.format("%-40s total %3d  top %2d  max rel. diff %.1e  requests %d%s", q, expected.total(),
                expected.hits().size(), worst, actual.requests(), expected.fallback() ? "  (fallback)" : ""));
    }
}
