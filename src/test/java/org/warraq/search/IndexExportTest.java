package org.warraq.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.warraq.output.OutputFile;
import org.warraq.site.SiteArticle;
import org.warraq.site.Urls;

/** The exported files: byte-identical from the same articles, every file within the size cap, routable. */
class IndexExportTest {

    static final SampleSite SITE = SampleSite.load();

    @Test
    void theSameArticlesInAnyOrderGiveByteIdenticalFiles() {
        List<OutputFile> first = SearchExport.export(SITE.articles, SITE.config, 0);
        List<SiteArticle> shuffled = new ArrayList<>(SITE.articles);
        Collections.shuffle(shuffled, new Random(3));
        List<OutputFile> second = SearchExport.export(shuffled, SITE.config, 0);
        ParallelIndexingTest.assertSameFiles(first, second, "");
        assertTrue(first.stream().allMatch(f -> f.path().startsWith("search/") && f.path().endsWith(".js")));
        assertEquals(first.stream().map(OutputFile::path).sorted().toList(), first.stream().map(OutputFile::path).toList());
    }

    @Test
    void everyFileIsWithinTheCapUnlessItHoldsASingleOrALargeEntry() throws Exception {
        int cap = 6 * 1024;
        try (SearchIndex index = SearchIndex.build(SITE.articles, 0)) {
            Urls urls = new Urls(SITE.config.baseUrl(), SITE.config.portableLinks());
            List<OutputFile> files = new IndexExporter(index, urls, cap).export();
            try (EngineJs js = new EngineJs(files, "")) {
                int checked = 0;
                for (OutputFile f : files) {
                    if (f.path().equals("search/manifest.js") || f.path().equals("search/columns.js")) {
                        continue;
                    }
                    Value shape = js.eval("(() => { let n; let largest = 0; const w = globalThis.warraq; const keep = w.searchShard;"
                            + " w.searchShard = (id, d) => { const v = Object.values(d); n = v.length;"
                            + " for (const x of v) largest = Math.max(largest, JSON.stringify(x).length); };"
                            + " (0, eval)(" + EngineJs.jsString(new String(f.bytes(), StandardCharsets.UTF_8)) + ");"
                            + " w.searchShard = keep; return [n, largest]; })()");
                    int entries = shape.getArrayElement(0).asInt();
                    boolean hashed = f.path().matches("search/[wcmp]/.*");
                    int limit = f.path().startsWith("search/x/") ? IndexExporter.TIER_CAP_FACTOR * cap
                            : f.path().startsWith("search/c/") ? cap / IndexExporter.COMPLETION_CAP_DIVISOR
                            : f.path().startsWith("search/m/") ? cap / IndexExporter.SPELLING_CAP_DIVISOR : cap;
                    boolean large = hashed && shape.getArrayElement(1).asInt() > limit / 4;
                    assertTrue(f.bytes().length <= limit || entries == 1 || large, f.path() + ": " + f.bytes().length + " bytes, " + entries + " entries");
                    checked++;
                }
                for (String family : List.of("t", "w", "c", "m", "p", "e")) {
                    long n = files.stream().filter(f -> f.path().startsWith("search/" + family + "/")).count();
                    assertTrue(n > 10, n + " files in " + family + "/");
                }
                assertTrue(checked > 150, checked + " files");

                LuceneSearch lucene = new LuceneSearch(index);
                for (String q : List.of("الاقتصاد", "أسعار الفائدة", "\"البنوك المركزية\"", "الطاقة -النفط", "الاقتص", "النفط الدراما")) {
                    LuceneSearch.Result expected = lucene.search(q, LuceneSearch.Options.DEFAULT);
                    EngineJs.Response actual = js.search(q, "{}");
                    assertEquals(expected.hits().stream().map(h -> urls.linkFromRoot("", index.articles().get(h.doc()).path())).toList(),
                            actual.urls(), q);
                }
            }
        }
    }

    @Test
    void anOrdinaryLookupDownloadsTermEntriesOnly() throws Exception {
        List<OutputFile> files = SearchExport.export(SITE.articles, SITE.config, 0);
        try (EngineJs js = new EngineJs(files, "")) {
            String others = js.eval("(() => { const out = []; const w = globalThis.warraq; const keep = w.searchShard;"
                    + " w.searchShard = (id, d) => { for (const k in d) if (!Array.isArray(d[k]) && !Array.isArray(d[k].t)) out.push(id + ' ' + k); };"
                    + " for (const id in __files) if (/^[tw]\\//.test(id)) (0, eval)(__files[id]);"
                    + " w.searchShard = keep; return out.join('|'); })()").asString();
            assertEquals("", others, "term files hold term entries only");

            assertEquals(Set.of("manifest", "w", "t", "d"), folders(js.search("الاقتصاد", "{prefix: false, facets: false, excerpts: false}")));
            js.reset();
            assertEquals(Set.of("manifest", "columns", "w", "t", "e"), folders(js.search("الاقتصاد", "{prefix: false}")));
            js.reset();
            assertEquals(Set.of("manifest", "w", "t", "c", "d"), folders(js.search("الاقتص", "{facets: false, excerpts: false}")));
            js.reset();
            EngineJs.Response typo = js.search("الاقتصادد", "{prefix: false, facets: false}");
            assertEquals("الاقتصاد", typo.suggestion());
            assertEquals(Set.of("manifest", "w", "t", "m"), folders(typo));
        }
    }

    private static Set<String> folders(EngineJs.Response r) {
        return r.fetched().stream().map(id -> id.replaceAll("/.*", "")).collect(Collectors.toSet());
    }

    @Test
    void excerptPartsAreTheBodyCutWhereAnalysingAPartAloneFindsTheSameTokens() throws Exception {
        List<OutputFile> files = SearchExport.export(SITE.articles, SITE.config, 0);
        try (EngineJs js = new EngineJs(files, "")) {
            int cut = 0;
            for (int doc = 0; doc < SITE.articles.size(); doc++) {
                String body = js.eval("(() => { let out = ''; const w = globalThis.warraq; const keep = w.searchShard;"
                        + " w.searchShard = (id, d) => { out += d[2]; };"
                        + " for (let p = 0; __files['e/" + doc + "-' + p]; p++) (0, eval)(__files['e/" + doc + "-' + p]);"
                        + " w.searchShard = keep; return out; })()").asString();
                String parts = js.eval("(() => { const out = []; const w = globalThis.warraq; const keep = w.searchShard;"
                        + " w.searchShard = (id, d) => { out.push(d[2]); };"
                        + " for (let p = 0; __files['e/" + doc + "-' + p]; p++) (0, eval)(__files['e/" + doc + "-' + p]);"
                        + " w.searchShard = keep; return out.map((t) => w.tokens(t).map((x) => x.surface).join(' ')).join(' '); })()").asString();
                String whole = js.eval("warraq.tokens(" + EngineJs.jsString(body) + ").map((x) => x.surface).join(' ')").asString();
                assertEquals(whole, parts, "article " + doc);
                cut += js.eval("Object.keys(__files).filter((id) => id.startsWith('e/" + doc + "-')).length").asInt() > 1 ? 1 : 0;
            }
            assertTrue(cut > 5, cut + " articles in several parts");
        }
    }

    @Test
    void aSiteWithoutArticlesHasAnIndexThatFindsNothing() throws Exception {
        List<OutputFile> files = SearchExport.export(List.of(), SITE.config, 0);
        assertEquals(List.of("search/c/0.js", "search/columns.js", "search/d/0.js", "search/m/0.js", "search/manifest.js",
                "search/p/0.js", "search/t/0.js", "search/w/0.js"), files.stream().map(OutputFile::path).toList());
        try (EngineJs js = new EngineJs(files, "")) {
            assertEquals(0, js.search("الاقتصاد", "{}").total());
        }
    }

    @Test
    void theManifestCarriesTheCollectionStatistics() throws Exception {
        List<OutputFile> files = SearchExport.export(SITE.articles, SITE.config, 0);
        try (EngineJs js = new EngineJs(files, "")) {
            String manifest = js.eval("(() => { let m; const w = globalThis.warraq; const keep = w.searchShard;"
                    + " w.searchShard = (id, d) => { m = d; }; (0, eval)(__files.manifest); w.searchShard = keep;"
                    + " return [m.format, m.docs, m.fields.length, m.fields[9][0], m.fields[9][1], m.k1].join(' '); })()").asString();
            assertEquals(IndexExporter.FORMAT + " " + SITE.articles.size() + " 12 body.exact 1 1.2000000476837158", manifest);
            String[] body = js.eval("(() => { let m; const w = globalThis.warraq; const keep = w.searchShard;"
                    + " w.searchShard = (id, d) => { m = d; }; (0, eval)(__files.manifest); w.searchShard = keep;"
                    + " return m.fields[9].slice(2).join(' '); })()").asString().split(" ");
            float exact = (float) (Long.parseLong(body[1]) / Double.parseDouble(body[0]));
            assertEquals(StableBM25.rounded(exact), Float.parseFloat(body[2]), "the average the scores use: " + String.join(" ", body));
        }
    }

    /**
     * A file that cannot be handed on fails the export with its own failure, whichever thread made it: the terms' (stem
     * files), the exact words' buckets' or the ones making the files of the index alone (metadata, columns, excerpts),
     * which run beside the entries when an entry store gives them back.
     */
    @ParameterizedTest
    @CsvSource({"search/t/,false", "search/w/,false", "search/d/,false", "search/columns,false", "search/e/,false",
            "search/t/,true", "search/w/,true", "search/d/,true", "search/columns,true", "search/e/,true"})
    void aFailureReachesTheCallerOnlyWhenNoFileCanFollowIt(String failing, boolean kept, @TempDir Path tmp) throws Exception {
        try (SearchIndex index = SearchIndex.build(SITE.articles, 0)) {
            Urls urls = new Urls(SITE.config.baseUrl(), SITE.config.portableLinks());
            EntryStore store = kept ? new EntryStore(tmp.resolve("entries"), "code") : null;
            long spellingFiles = new IndexExporter(index, urls, IndexExporter.DEFAULT_CAP).export().stream()
                    .filter(f -> f.path().startsWith("search/m/")).count();
            if (kept) {
                new IndexExporter(index, urls, IndexExporter.DEFAULT_CAP).export(f -> { }, store);
            }
            AtomicInteger accepted = new AtomicInteger();
            AtomicInteger spelled = new AtomicInteger();
            IllegalStateException full = new IllegalStateException("disk full");
            IllegalStateException thrown = assertThrows(IllegalStateException.class,
                    () -> new IndexExporter(index, urls, IndexExporter.DEFAULT_CAP).export(f -> {
                        if (f.path().startsWith(failing)) {
                            throw full;
                        }
                        if (f.path().startsWith("search/m/")) {
                            spelled.incrementAndGet();
                        }
                        accepted.incrementAndGet();
                    }, store));
            // A failure on a worker of a parallel stream (the excerpt files) reaches the caller as the fork-join pool rethrows
            // it: an exception of its class with it as the cause.
            assertTrue(thrown == full || thrown.getCause() == full, "the export's failure is the file's: " + thrown);
            int atFailure = accepted.get();
            int spelledAtFailure = spelled.get();
            // Not a pause: returns as soon as no task of the exporter's is left running, at once when none is.
            ForkJoinPool.commonPool().awaitQuiescence(30, TimeUnit.SECONDS);
            assertEquals(atFailure, accepted.get(), "files handed on after the failure was thrown");
            assertTrue(Thread.getAllStackTraces().keySet().stream().noneMatch(t -> t.getName().startsWith("warraq-search-")),
                    "no thread of the export's is left running");
            assertTrue(spelledAtFailure == 0 || spelledAtFailure == spellingFiles,
                    "the spelling entries, once begun, are all handed on before the failure comes out: " + spelledAtFailure
                            + " of " + spellingFiles);
        }
    }
}
