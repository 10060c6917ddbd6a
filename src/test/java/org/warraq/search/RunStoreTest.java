package org.warraq.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warraq.site.SiteArticle;
import org.warraq.site.Urls;

/**
 * Runs kept on disk between builds give the index, the words and the excerpt parts a fresh build gives, and only
 * the runs a change touched are indexed again.
 */
class RunStoreTest {

    @TempDir
    Path tmp;

    private int builds;

    private static List<SiteArticle> corpus(long seed, int n) {
        Random random = new Random(seed);
        Corpus corpus = new Corpus();
        for (int i = 0; i < n; i++) {
            corpus.add(i, ParallelIndexingTest.word(random) + " " + ParallelIndexingTest.word(random), ParallelIndexingTest.body(random, i, 20, 30));
        }
        return corpus.articles();
    }

    private static SiteArticle edited(SiteArticle a) {
        return a.withBody(new org.warraq.markdown.RenderedBody(a.body().html(), a.body().feedHtml(), a.body().text() + " إضافة جديدة",
                a.body().toc(), a.body().text()));
    }

    /**
     * Builds with {@code store}: {@code taken} runs come back from it, and the index, its export, every article's words and
     * its excerpt parts are those of a fresh build.
     */
    private void assertStoreMakesTheFreshIndex(List<SiteArticle> articles, double recency, RunStore store, int taken, String why)
            throws Exception {
        int before = store.taken();
        try (SearchIndex kept = SearchIndex.build(articles, recency, tmp.resolve("scratch-" + builds++), store);
             SearchIndex fresh = SearchIndex.build(articles, recency, 1, null)) {
            assertEquals(taken, store.taken() - before, why);
            assertEquals(taken == 0 ? 1 : SearchIndex.runBounds(articles.size(), 7).length - 1, kept.reader().leaves().size(),
                    "runs taken back are read where they are; an index made afresh is merged: " + why);
            ParallelIndexingTest.assertSameExport(fresh, kept, new Urls("https://example.org/", false));
            ParallelIndexingTest.assertSameWordsAndParts(fresh, kept);
        }
    }

    @Test
    void keptRunsComeBackAndOnlyTheRunsAChangeTouchedAreIndexedAgain() throws Exception {
        List<SiteArticle> articles = corpus(5, 60);
        RunStore store = new RunStore(tmp.resolve("runs"), "code", 7);
        assertStoreMakesTheFreshIndex(articles, 0, store, 0, "nothing is kept the first time");
        assertStoreMakesTheFreshIndex(articles, 0, store, 9, "every run the second time");

        List<SiteArticle> edited = new ArrayList<>(articles);
        edited.set(23, edited(articles.get(23)));
        assertStoreMakesTheFreshIndex(edited, 0, store, 8, "all but the edited article's run");

        List<SiteArticle> added = new ArrayList<>(edited);
        added.add(new Corpus().add(-1, "خبر أحدث من الكل", "نص الخبر الأحدث " + ParallelIndexingTest.marker(99)).articles().get(0));
        assertStoreMakesTheFreshIndex(added, 0, store, 8, "runs count from the oldest: a new article changes the newest run alone");

        assertStoreMakesTheFreshIndex(added, 0.5, store, 9, "the recency factors stay out of the runs");
        List<SiteArticle> newer = new ArrayList<>(added);
        newer.add(new Corpus().add(-2, "خبر أحدث أيضاً", "نص آخر " + ParallelIndexingTest.marker(98)).articles().get(0));
        assertStoreMakesTheFreshIndex(newer, 0.5, store, 8, "so a new newest article, which moves every factor, changes one run");
    }

    @Test
    void aRunTakenBackHasItsWordsReadWhenOneOfItsArticlesIsFirstAskedFor() throws Exception {
        List<SiteArticle> articles = corpus(9, 30);
        RunStore store = new RunStore(tmp.resolve("runs"), "code", 7);
        assertStoreMakesTheFreshIndex(articles, 0, store, 0, "first build");
        int read = store.wordsRead();
        int taken = store.taken();
        int[] bounds = SearchIndex.runBounds(articles.size(), 7);
        try (SearchIndex kept = SearchIndex.build(articles, 0, tmp.resolve("scratch-" + builds++), store);
             SearchIndex fresh = SearchIndex.build(articles, 0, 1, null)) {
            assertEquals(bounds.length - 1, store.taken() - taken, "every run is taken back");
            assertEquals(read, store.wordsRead(), "and no words read yet");
            assertEquals(fresh.words(bounds[1]), kept.words(bounds[1]));
            assertEquals(read + 1, store.wordsRead(), "the words of the article's run alone");
            assertEquals(fresh.words(bounds[1] + 1), kept.words(bounds[1] + 1));
            assertEquals(read + 1, store.wordsRead(), "once");
            ParallelIndexingTest.assertSameWordsAndParts(fresh, kept);
            assertEquals(read + bounds.length - 1, store.wordsRead(), "then every run's");
        }
    }

    @Test
    void aTouchedRunIsMadeFromTheKeptRunIndexingOnlyTheArticlesItLacks() throws Exception {
        List<SiteArticle> articles = siteOrder(corpus(8, 60));
        RunStore store = new RunStore(tmp.resolve("runs"), "code", 7);
        assertStoreMakesTheFreshIndex(articles, 0, store, 0, "first build");
        assertEquals(0, store.spliced(), "nothing to make runs from the first time");

        List<SiteArticle> edited = new ArrayList<>(articles);
        edited.set(23, edited(articles.get(23)));
        edited.set(24, edited(articles.get(24)));
        assertStoreMakesTheFreshIndex(edited, 0, store, 8, "two articles of one run edited");
        assertEquals(1, store.spliced(), "the run is made from the kept one");

        List<SiteArticle> deleted = new ArrayList<>(edited);
        deleted.remove(40);
        int before = store.taken();
        assertStoreMakesTheFreshIndex(deleted, 0, store, 2, "runs count from the oldest: the seven runs newer than a deleted article move");
        assertEquals(1 + 7, store.spliced(), "each moved run is made from a kept run, indexing at most one article");
        assertEquals(2, store.taken() - before);

        List<SiteArticle> rewritten = new ArrayList<>(deleted);
        for (int doc = 11; doc < 15; doc++) {
            rewritten.set(doc, edited(deleted.get(doc)));
        }
        assertStoreMakesTheFreshIndex(rewritten, 0, store, 8, "four of a run's seven articles edited");
        assertEquals(8, store.spliced(), "a run more than half new is indexed whole");

        List<SiteArticle> added = new ArrayList<>(rewritten);
        added.add(new Corpus().add(-1, "خبر أحدث من الكل", "نص الخبر الأحدث " + ParallelIndexingTest.marker(99)).articles().get(0));
        assertStoreMakesTheFreshIndex(added, 0.5, store, 8, "a new newest article");
        assertEquals(9, store.spliced(), "the newest run is made from the kept one");
    }

    @Test
    void aDamagedKeptRunIsNotMadeFrom() throws Exception {
        List<SiteArticle> articles = siteOrder(corpus(9, 30));
        RunStore store = new RunStore(tmp.resolve("runs"), "code", 7);
        assertStoreMakesTheFreshIndex(articles, 0, store, 0, "first build");
        for (Path run : runs()) {
            Path words = run.resolve("run");
            byte[] bytes = Files.readAllBytes(words);
            bytes[bytes.length / 2] ^= 4;
            Files.write(words, bytes);
        }
        List<SiteArticle> edited = new ArrayList<>(articles);
        edited.set(12, edited(articles.get(12)));
        assertStoreMakesTheFreshIndex(edited, 0, store, 0, "every run damaged");
        assertEquals(0, store.spliced(), "the edited article's run is indexed whole");
        assertEquals(4, store.damaged());
    }

    /** The articles in the order an index numbers them, so that a test knows which run each is in. */
    private static List<SiteArticle> siteOrder(List<SiteArticle> articles) throws IOException {
        try (SearchIndex index = SearchIndex.build(articles, 0, 1, null)) {
            return List.copyOf(index.articles());
        }
    }

    @Test
    void aDamagedRunIsIndexedAgain() throws Exception {
        List<SiteArticle> articles = corpus(6, 30);
        RunStore store = new RunStore(tmp.resolve("runs"), "code", 7);
        assertStoreMakesTheFreshIndex(articles, 0, store, 0, "first build");
        List<Path> runs = runs();
        assertEquals(5, runs.size());
        Path words = runs.get(2).resolve("run");
        byte[] bytes = Files.readAllBytes(words);
        bytes[bytes.length / 2] ^= 4;
        Files.write(words, bytes);
        try (Stream<Path> files = Files.list(runs.get(3).resolve("index"))) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("segments")).toList()) {
                Files.delete(file);
            }
        }
        assertStoreMakesTheFreshIndex(articles, 0, store, 3, "two damaged runs are indexed again");
        assertEquals(2, store.damaged());
        assertStoreMakesTheFreshIndex(articles, 0, store, 5, "and kept again");
    }

    @Test
    void runsFromOtherCodeAreNotTakenAndUnusedRunsGo() throws Exception {
        List<SiteArticle> articles = corpus(7, 30);
        assertStoreMakesTheFreshIndex(articles, 0, new RunStore(tmp.resolve("runs"), "code", 7), 0, "first build");
        List<Path> first = runs();
        Files.createDirectories(tmp.resolve("runs/left-by-a-killed-build.new/index"));
        RunStore other = new RunStore(tmp.resolve("runs"), "other code", 7);
        assertStoreMakesTheFreshIndex(articles, 0, other, 0, "runs indexed by other code are not taken");
        assertEquals(0, other.spliced(), "nor made from");
        other.removeUnused();
        List<Path> second = runs();
        assertEquals(first.size(), second.size());
        assertTrue(second.stream().noneMatch(first::contains), "the first code's runs are gone: " + second);
        try (Stream<Path> left = Files.list(tmp.resolve("runs"))) {
            assertEquals(second.size(), left.count(), "and so is what a killed build left");
        }
    }

    private List<Path> runs() throws IOException {
        try (Stream<Path> runs = Files.list(tmp.resolve("runs"))) {
            return runs.filter(p -> !p.getFileName().toString().endsWith(".new")).sorted().toList();
        }
    }
}
