package org.warraq.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warraq.output.OutputFile;
import org.warraq.site.Urls;

/**
 * Indexing on several threads makes the index one writer makes, in the heap or on disk: documents in site
 * order, and every file of the static export byte for byte the same.
 */
class ParallelIndexingTest {

    static final String LETTERS = "بتثجحخدذرزسشصضطظعغفقكمن";

    @Test
    void partsGiveTheIndexOneWriterGivesInMemoryOrOnDisk(@TempDir Path folder) throws Exception {
        Random random = new Random(3);
        Corpus corpus = new Corpus();
        int n = 1100;
        for (int i = 0; i < n; i++) {
            corpus.add(i % 400, word(random) + " " + word(random), body(random, i, 40, 60));
        }
        Urls urls = new Urls("https://example.org/", false);
        try (SearchIndex one = SearchIndex.build(corpus.articles(), 0.5, 1, null);
             SearchIndex three = SearchIndex.build(corpus.articles(), 0.5, 3, null);
             SearchIndex onDisk = SearchIndex.build(corpus.articles(), 0.5, 2, folder)) {
            try (var files = Files.list(folder.resolve("index"))) {
                assertTrue(files.findAny().isPresent(), "the index is on disk");
            }
            assertEquals(one.articles(), three.articles());
            String body = SearchFields.name(SearchFields.id(3, org.warraq.search.analysis.TermKind.EXACT));
            for (int doc = 0; doc < n; doc += 37) {
                String marker = three.articles().get(doc).body().text().split(" ")[0];
                TopDocs hits = three.searcher().search(new TermQuery(new Term(body, marker)), 2);
                assertEquals(1, hits.totalHits.value, marker);
                assertEquals(doc, hits.scoreDocs[0].doc, marker);
                assertEquals(doc, one.searcher().search(new TermQuery(new Term(body, marker)), 2).scoreDocs[0].doc, marker);
            }
            for (SearchIndex other : List.of(three, onDisk)) {
                assertSameExport(one, other, urls);
            }
        }
    }

    @Test
    void runsTakenBackGiveTheIndexAFreshBuildGivesAndOnlyChangedRunsAreAnalysed() throws Exception {
        Random random = new Random(5);
        Corpus first = new Corpus();
        Corpus edited = new Corpus();
        int n = 60;
        for (int i = 0; i < n; i++) {
            String body = body(random, i, 20, 30);
            String title = word(random) + " " + word(random);
            first.add(i, title, body);
            edited.add(i, title, i == 23 ? body + " " + word(random) + " إضافة جديدة" : body);
        }
        List<org.warraq.site.SiteArticle> before = first.articles();
        List<org.warraq.site.SiteArticle> after = new java.util.ArrayList<>(before);
        after.set(23, edited.articles().get(23));
        SearchIndex.Runs runs = new SearchIndex.Runs(7);

        assertRunsMakeTheFreshIndex(before, 0.5, runs, 9, "every run is analysed the first time");
        assertRunsMakeTheFreshIndex(after, 0.5, runs, 1, "only the edited article's run is analysed again");
        assertEquals(1, runs.spliced(), "made from the run kept at its place, only the edited article indexed");
        List<org.warraq.site.SiteArticle> added = new java.util.ArrayList<>(after);
        added.add(new Corpus().add(-1, "خبر أحدث من الكل", "نص الخبر الأحدث " + marker(99)).articles().get(0));
        assertRunsMakeTheFreshIndex(added, 0.5, runs, 1, "runs count from the oldest, and the recency factors stay out of them");
        assertRunsMakeTheFreshIndex(added, 0, runs, 0, "other recency factors: every run taken back");
        List<org.warraq.site.SiteArticle> newer = new java.util.ArrayList<>(added);
        newer.add(new Corpus().add(-2, "خبر أحدث أيضاً", "نص آخر " + marker(98)).articles().get(0));
        assertRunsMakeTheFreshIndex(newer, 0.5, runs, 1, "a new article changes one run, whatever the recency prior");
        assertEquals(3, runs.spliced(), "each made from the run kept at its place");
        List<org.warraq.site.SiteArticle> rewritten = new java.util.ArrayList<>(newer);
        for (int i : new int[] {25, 32, 33, 34, 35, 36, 37, 38}) {
            rewritten.set(i, new Corpus().add(i, "عنوان آخر " + i, body(random, i, 20, 30)).articles().get(0));
        }
        // Articles i are documents i + 2 (two newer ones were added), in runs from 0, 6, 13, 20, 27, 34, 41, 48 and 55.
        assertRunsMakeTheFreshIndex(rewritten, 0.5, runs, 2, "one article rewritten in a run, and a whole run");
        assertEquals(4, runs.spliced(), "the first run is made from the kept one, the second, all new, indexed whole");
    }

    /** Indexes {@code articles} with {@code runs}: {@code analysed} runs are analysed, and the export is a single writer's. */
    private static void assertRunsMakeTheFreshIndex(List<org.warraq.site.SiteArticle> articles, double recency, SearchIndex.Runs runs,
                                                    int analysed, String why) throws Exception {
        try (SearchIndex kept = SearchIndex.build(articles, recency, runs); SearchIndex fresh = SearchIndex.build(articles, recency, 1, null)) {
            assertEquals(analysed, runs.analysed(), why);
            int count = SearchIndex.runBounds(articles.size(), 7).length - 1;
            assertEquals(analysed == count ? 1 : count, kept.reader().leaves().size(),
                    "runs taken back are read where they are; an index made afresh is merged: " + why);
            assertSameExport(fresh, kept, new Urls("https://example.org/", false));
            assertSameWordsAndParts(fresh, kept);
        }
    }

    /** Every article's words and excerpt parts are the same in both indexes. */
    static void assertSameWordsAndParts(SearchIndex expected, SearchIndex actual) {
        for (int doc = 0; doc < expected.size(); doc++) {
            assertEquals(expected.words(doc), actual.words(doc), "words of " + doc);
            ExcerptParts.Cuts a = expected.cuts(doc);
            ExcerptParts.Cuts b = actual.cuts(doc);
            assertTrue(java.util.Arrays.equals(a.positions(), b.positions()) && java.util.Arrays.equals(a.offsets(), b.offsets()),
                    "excerpt parts of " + doc);
        }
    }

    /** The two indexes hold the same articles and their static exports are the same files, byte for byte. */
    static void assertSameExport(SearchIndex expected, SearchIndex actual, Urls urls) throws Exception {
        assertEquals(expected.articles(), actual.articles());
        assertSameFiles(new IndexExporter(expected, urls, IndexExporter.DEFAULT_CAP).export(),
                new IndexExporter(actual, urls, IndexExporter.DEFAULT_CAP).export(), "");
    }

    /** The same paths in the same order, each with the same bytes; {@code why} opens each failure's message. */
    static void assertSameFiles(List<OutputFile> expected, List<OutputFile> actual, String why) {
        assertEquals(expected.stream().map(OutputFile::path).toList(), actual.stream().map(OutputFile::path).toList(), why);
        for (int i = 0; i < expected.size(); i++) {
            assertArrayEquals(expected.get(i).bytes(), actual.get(i).bytes(), why + expected.get(i).path());
        }
    }

    /** Article {@code i}'s body: its marker, then {@code min} to {@code min + spread - 1} made-up words. */
    static String body(Random random, int i, int min, int spread) {
        StringBuilder body = new StringBuilder(marker(i));
        int words = min + random.nextInt(spread);
        for (int k = 0; k < words; k++) {
            body.append(' ').append(word(random));
        }
        return body.toString();
    }

    static String word(Random random) {
        StringBuilder w = new StringBuilder();
        for (int k = 0; k < 3 + random.nextInt(4); k++) {
            w.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
        }
        return w.toString();
    }

    /** A word of its own for article i: its number in letters. */
    static String marker(int i) {
        StringBuilder w = new StringBuilder("ملف");
        for (char c : Integer.toString(i).toCharArray()) {
            w.append(LETTERS.charAt(c - '0'));
        }
        return w.toString();
    }
}
