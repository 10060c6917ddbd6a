package org.warraq.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warraq.output.OutputFile;
import org.warraq.search.analysis.AnalyzedText;
import org.warraq.site.SiteArticle;

/**
 * An edit that leaves most of an article's words where they were drafts again only the entries of the words it changed,
 * when the index is made from kept runs that still have the article's earlier version; and the files are a fresh
 * export's whatever the edit moved: a companion's postings, the excerpt parts, or nothing to compare with.
 */
class EditedPostingsTest {

    @TempDir
    Path tmp;
    private int builds;

    /**
     * Indexes {@code articles} from the kept runs in {@code runs} (or afresh, when null), exports with {@code store} and
     * without it, and asserts the files are the same. Returns how many entries were drafted.
     */
    private int assertSameAsFresh(List<SiteArticle> articles, RunStore runs, EntryStore store, String why) throws Exception {
        Path folder = tmp.resolve("index-" + builds++);
        try (SearchIndex index = runs == null ? SearchIndex.build(articles, 0) : SearchIndex.build(articles, 0, folder, runs)) {
            return assertSameAsFresh(index, store, why);
        }
    }

    private static int assertSameAsFresh(SearchIndex index, EntryStore store, String why) throws Exception {
        List<OutputFile> fresh = EntryStoreTest.export(index, null);
        List<OutputFile> kept = EntryStoreTest.export(index, store);
        ParallelIndexingTest.assertSameFiles(fresh, kept, why + ": ");
        return store.drafted();
    }

    /** How many entries an edit drafts again: with the earlier versions at hand, and without. */
    private record Drafted(int compared, int whole) {
    }

    private Drafted drafted(List<SiteArticle> before, List<SiteArticle> after, String why) throws Exception {
        RunStore runs = new RunStore(tmp.resolve("runs-" + builds), "code");
        EntryStore compared = new EntryStore(tmp.resolve("compared-" + builds), "code");
        EntryStore whole = new EntryStore(tmp.resolve("whole-" + builds), "code");
        assertSameAsFresh(before, runs, compared, why + ", before");
        assertSameAsFresh(before, null, whole, why + ", before, without runs");
        return new Drafted(assertSameAsFresh(after, runs, compared, why), assertSameAsFresh(after, null, whole, why + ", without runs"));
    }

    /** Article {@code doc}'s first occurrence of a word of {@link EntryStoreTest#COMMON}, replaced by {@code by}. */
    private static List<SiteArticle> replaced(List<SiteArticle> articles, int doc, String by) {
        String text = articles.get(doc).body().text();
        String word = EntryStoreTest.COMMON.stream().filter(w -> text.contains(" " + w + " ")).findFirst().orElseThrow();
        return EntryStoreTest.changed(articles, doc, t -> t.replaceFirst(" " + word + " ", " " + by + " "));
    }

    @Test
    void aWordReplacedDraftsAgainTheEntriesItsChangeReachesNotEveryWordOfTheArticle() throws Exception {
        List<SiteArticle> articles = EntryStoreTest.corpus(400, -1, -1);
        Drafted d = drafted(articles, replaced(articles, 40, "مستجدات"), "one word replaced by another");
        assertTrue(d.compared() > 0, "the words that came and went are drafted again");
        assertTrue(3 * d.compared() < d.whole(), "the others are kept: " + d.compared() + " drafted, against " + d.whole());
    }

    @Test
    void thePreviewsRunsKeepTheEarlierVersionsOfTheArticlesTheirLastBuildChanged() throws Exception {
        List<SiteArticle> articles = EntryStoreTest.corpus(400, -1, -1);
        List<SiteArticle> edited = replaced(articles, 40, "مستجدات");
        SearchIndex.Runs runs = new SearchIndex.Runs(50);
        EntryStore compared = new EntryStore(tmp.resolve("compared"), "code");
        EntryStore whole = new EntryStore(tmp.resolve("whole"), "code");
        try (SearchIndex index = SearchIndex.build(articles, 0, runs)) {
            assertSameAsFresh(index, compared, "before");
        }
        assertSameAsFresh(articles, null, whole, "before, without runs");
        int drafted;
        try (SearchIndex index = SearchIndex.build(edited, 0, runs)) {
            drafted = assertSameAsFresh(index, compared, "one word replaced");
        }
        int without = assertSameAsFresh(edited, null, whole, "one word replaced, without runs");
        assertTrue(drafted > 0 && 3 * drafted < without, drafted + " drafted, against " + without);
        try (SearchIndex index = SearchIndex.build(edited, 0, runs)) {
            assertEquals(0, assertSameAsFresh(index, compared, "nothing changed"));
        }
        try (SearchIndex index = SearchIndex.build(articles, 0, runs)) {
            assertTrue(assertSameAsFresh(index, compared, "the word back") > 0);
        }
    }

    @Test
    void aWordThatSharesTheStemOfAnotherDraftsThatOneAgainToo() throws Exception {
        // The exact term's own postings in the article are unchanged, but its entry holds its stem's there, which grew.
        List<SiteArticle> articles = EntryStoreTest.corpus(400, -1, -1);
        List<String> words = List.of(articles.get(40).body().text().split(" "));
        String common = words.stream().filter(EntryStoreTest.COMMON::contains).findFirst().orElseThrow();
        int last = words.size() - 1;
        while (EntryStoreTest.COMMON.contains(words.get(last))) {
            last--;
        }
        List<String> replaced = new ArrayList<>(words);
        replaced.set(last, "و" + common);
        List<SiteArticle> edited = EntryStoreTest.changed(articles, 40, t -> String.join(" ", replaced));
        Drafted d = drafted(articles, edited, "a made-up word replaced by one with the stem of «" + common + "»");
        assertTrue(d.compared() > 0 && d.compared() < d.whole(), d.compared() + " drafted, against " + d.whole());
    }

    @Test
    void wordsAddedToAShortArticleMoveTheNormsOfAllItsWords() throws Exception {
        // Lucene keeps a field's length in a byte, exact for short texts: every word of the article scores otherwise now.
        List<SiteArticle> articles = EntryStoreTest.corpus(400, -1, -1);
        Drafted d = drafted(articles, EntryStoreTest.changed(articles, 40, t -> t + " مستجدات أخرى"), "two words added");
        assertTrue(d.compared() > 0 && d.compared() <= d.whole(), d.compared() + " drafted, against " + d.whole());
    }

    @Test
    void cutsThatMoveChangeTheExcerptPartsOfWordsThatStayed() throws Exception {
        // Parts are longer than their least when a body has more tokens than MAX_PARTS of them: a longer body moves every cut.
        List<SiteArticle> articles = new ArrayList<>(EntryStoreTest.corpus(300, -1, -1));
        int tokens = ExcerptParts.MAX_PARTS * ExcerptParts.PART_TOKENS + 200;
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < tokens; i++) {
            body.append(i > 0 ? " " : "").append(EntryStoreTest.COMMON.get(i * 7 % EntryStoreTest.COMMON.size())).append(i % 5 == 0 ? " " + i : "");
        }
        articles.set(30, EntryStoreTest.withText(articles.get(30), t -> body.toString()));
        // A part's worth of tokens more: every cut moves, the norm (a byte for about 256 lengths there) hardly ever.
        List<SiteArticle> longer = EntryStoreTest.changed(articles, 30, t -> t + " خاتمة".repeat(ExcerptParts.MAX_PARTS));
        int[] cuts = ExcerptParts.of(AnalyzedText.of(articles.get(30).body().text())).positions();
        int[] moved = ExcerptParts.of(AnalyzedText.of(longer.get(30).body().text())).positions();
        assertEquals(cuts.length, moved.length);
        assertTrue(cuts[cuts.length - 1] < moved[moved.length - 1], "the cuts moved");
        Drafted d = drafted(articles, longer, "a long article made longer");
        assertTrue(d.compared() > 0, "the parts of the article's words moved: " + d.compared());
    }

    @Test
    void withoutTheEarlierVersionEveryWordOfTheArticleIsDraftedAgain() throws Exception {
        List<SiteArticle> articles = EntryStoreTest.corpus(300, -1, -1);
        RunStore runs = new RunStore(tmp.resolve("runs"), "code");
        EntryStore store = new EntryStore(tmp.resolve("entries"), "code");
        EntryStore whole = new EntryStore(tmp.resolve("whole"), "code");
        assertSameAsFresh(articles, runs, store, "before");
        assertSameAsFresh(articles, null, whole, "before, without runs");
        runs.clear();
        List<SiteArticle> edited = replaced(articles, 40, "مستجدات");
        assertEquals(assertSameAsFresh(edited, null, whole, "without runs"), assertSameAsFresh(edited, runs, store, "the runs gone"),
                "no kept run has the article's earlier version");
    }
}
