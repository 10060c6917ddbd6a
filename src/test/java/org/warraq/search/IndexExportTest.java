package org.warraq.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
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
        assertEquals(first.stream().map(OutputFile::path).toList(), second.stream().map(OutputFile::path).toList());
        for (int i = 0; i < first.size(); i++) {
            assertArrayEquals(first.get(i).bytes(), second.get(i).bytes(), first.get(i).path());
        }
        assertTrue(first.stream().allMatch(f -> f.path().startsWith("search/") && f.path().endsWith(".js")));
        assertEquals(first.stream().map(OutputFile::path).sorted().toList(), first.stream().map(OutputFile::path).toList());
    }

    @Test
    void everyFileIsWithinTheCapUnlessItHoldsASingleEntry() throws Exception {
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
                    int entries = js.eval("(() => { let n; const w = globalThis.warraq; const keep = w.searchShard;"
                            + " w.searchShard = (id, d) => { n = Array.isArray(d) ? d.length : Object.keys(d).length; };"
                            + " (0, eval)(" + EngineJs.jsString(new String(f.bytes(), StandardCharsets.UTF_8)) + ");"
                            + " w.searchShard = keep; return n; })()").asInt();
                    int limit = f.path().startsWith("search/e/") ? cap / IndexExporter.TEXT_CAP_DIVISOR : cap;
                    assertTrue(f.bytes().length <= limit || entries == 1, f.path() + ": " + f.bytes().length + " bytes, " + entries + " entries");
                    checked++;
                }
                assertTrue(files.stream().filter(f -> f.path().startsWith("search/t/")).count() > 100, "many term shards");
                assertTrue(files.stream().filter(f -> f.path().startsWith("search/p/")).count() > 10, "many position files");
                assertTrue(checked > 150);

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
    void aSiteWithoutArticlesHasAnIndexThatFindsNothing() throws Exception {
        List<OutputFile> files = SearchExport.export(List.of(), SITE.config, 0);
        assertEquals(List.of("search/columns.js", "search/d/0.js", "search/e/0.js", "search/manifest.js", "search/p/0.js",
                "search/t/0.js"), files.stream().map(OutputFile::path).toList());
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
        }
    }
}
