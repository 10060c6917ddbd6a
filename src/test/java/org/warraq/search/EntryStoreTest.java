package org.warraq.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warraq.markdown.RenderedBody;
import org.warraq.output.OutputFile;
import org.warraq.site.SiteArticle;
import org.warraq.site.Urls;

/**
 * Entries kept from the last export give the files a fresh export gives, after every kind of change an entry depends
 * on, and only the entries a change can reach are drafted again.
 */
class EntryStoreTest {

    /** Small, so that frequent terms have deeper tiers and long stems runs of position files. */
    static final int CAP = 2048;
    static final Urls URLS = new Urls("https://example.org/", false);
    static final List<String> COMMON = List.of("الحكومة", "الاقتصاد", "السياسة", "المنطقة", "الانتخابات", "وزير", "رئيس",
            "مجلس", "قرار", "الأمن", "المفاوضات", "الميزانية", "البرلمان", "الأسواق", "الطاقة", "المياه", "الحدود", "التعليم");

    @TempDir
    Path tmp;

    /**
     * {@code n} articles. Two in three have a summary: one in three a word of its own (in more than
     * {@link IndexExporter#SINGLE_TIER_MAX} of them) and its marker, the next its marker alone, ten words longer in article
     * {@code lengthened}. Article {@code summarised} (with none otherwise) has one of a word no other has. -1: none.
     */
    static List<SiteArticle> corpus(int n, int summarised, int lengthened) {
        Random random = new Random(11);
        Corpus corpus = new Corpus();
        for (int i = 0; i < n; i++) {
            StringBuilder body = new StringBuilder(ParallelIndexingTest.marker(i));
            for (int k = 0; k < 25 + random.nextInt(10); k++) {
                // Skewed: the first words of the list are in most articles, the last in a few.
                int w = (int) (COMMON.size() * Math.pow(random.nextDouble(), 2));
                body.append(' ').append(k % 4 == 3 ? ParallelIndexingTest.word(random) : COMMON.get(w));
            }
            String summary = switch (i % 3) {
                case 0 -> "عاجل " + ParallelIndexingTest.marker(i);
                case 1 -> ParallelIndexingTest.marker(i) + (i == lengthened ? " وقال المتحدث إن الوفد سيعود الأسبوع المقبل لاستكمال المحادثات" : "");
                default -> i == summarised ? "ملخص" : "";
            };
            corpus.add(i, COMMON.get(random.nextInt(COMMON.size())) + " " + ParallelIndexingTest.word(random), summary, body.toString(),
                    "news", List.of(), "writer");
        }
        return corpus.articles();
    }

    static SiteArticle withText(SiteArticle a, UnaryOperator<String> change) {
        String text = change.apply(a.body().text());
        return a.withBody(new RenderedBody("<p>" + text + "</p>", "<p>" + text + "</p>", text, List.of(), text));
    }

    private static String reversed(String text) {
        List<String> words = new ArrayList<>(List.of(text.split(" ")));
        java.util.Collections.reverse(words);
        return String.join(" ", words);
    }

    static List<SiteArticle> changed(List<SiteArticle> articles, int doc, UnaryOperator<String> change) {
        List<SiteArticle> out = new ArrayList<>(articles);
        out.set(doc, withText(articles.get(doc), change));
        return out;
    }

    static List<OutputFile> export(SearchIndex index, EntryStore store) {
        List<OutputFile> files = new ArrayList<>();
        new IndexExporter(index, URLS, CAP).export(files::add, store);
        files.sort(Comparator.comparing(OutputFile::path));
        return files;
    }

    /** Exports with {@code store} and without; the files are the same. Returns how many entries were drafted. */
    private static int assertSameAsFresh(List<SiteArticle> articles, EntryStore store, String why) throws Exception {
        try (SearchIndex index = SearchIndex.build(articles, 0)) {
            List<OutputFile> fresh = export(index, null);
            List<OutputFile> kept = export(index, store);
            ParallelIndexingTest.assertSameFiles(fresh, kept, why + ": ");
            assertTrue(fresh.stream().anyMatch(f -> f.path().startsWith("search/x/")), "the corpus has deeper tiers");
            assertTrue(fresh.stream().anyMatch(f -> f.path().startsWith("search/t/")
                    && new String(f.bytes(), java.nio.charset.StandardCharsets.UTF_8).contains("\"p\":[")), "and runs of position files");
            return store.drafted();
        }
    }

    @Test
    void keptEntriesGiveTheFreshFilesAndOnlyWhatAChangeReachesIsDraftedAgain() throws Exception {
        List<SiteArticle> articles = corpus(400, -1, -1);
        EntryStore store = new EntryStore(tmp.resolve("entries"), "code");
        int all = assertSameAsFresh(articles, store, "first export");
        assertEquals(0, store.kept(), "nothing is kept the first time");
        assertEquals(0, store.keptPositions(), "no positions are kept the first time");
        assertEquals(0, assertSameAsFresh(articles, store, "unchanged"), "nothing changed: every entry is kept");
        assertEquals(all, store.kept());
        assertTrue(store.keptPositions() > all / 3, "and every stem's positions: " + store.keptPositions());
        assertTrue(store.keptCompanions() > all / 3, "and exact terms' companions: " + store.keptCompanions());

        // A summary where there was none: the summaries' article count, and so every summary term's idf, moved.
        List<SiteArticle> summarised = corpus(400, 50, -1);
        assertEquals("ملخص", summarised.get(50).article().summary());
        assertTrue(assertSameAsFresh(summarised, store, "one more article with a summary") > 0);
        // A longer summary, without the word most summaries have: the summaries' average length, and so that word's
        // scores, moved.
        summarised = corpus(400, 50, 49);
        assertTrue(assertSameAsFresh(summarised, store, "a longer summary") > 0);

        List<SiteArticle> longer = changed(summarised, 40, text -> text + " إضافة جديدة");
        int drafted = assertSameAsFresh(longer, store, "a longer article: its terms' norms moved, not their frequencies");
        assertTrue(drafted > 0 && drafted < all / 4, drafted + " of " + all);

        List<SiteArticle> shorter = changed(longer, 41, text -> text.substring(0, text.length() / 3));
        assertTrue(assertSameAsFresh(shorter, store, "a shorter article: terms it lost are in it no more") > 0);

        // A word that shares its stem with an exact term, in an article without that term: the term's own statistics and
        // articles are unchanged, but its stem's document frequency, and so its companions' scores, moved.
        String word = COMMON.get(COMMON.size() / 2);
        int without = 0;
        while ((shorter.get(without).body().text() + shorter.get(without).article().title()).contains(word.substring(2))) {
            without++;
        }
        List<SiteArticle> stemmed = changed(shorter, without, text -> text + " و" + word);
        assertTrue(assertSameAsFresh(stemmed, store, "the stem of an exact term moved elsewhere") > 0);

        // The same words in another order: every statistic is the same, and only the positions show the change. More
        // articles than are analysed again to find the keys they have.
        List<SiteArticle> many = new ArrayList<>(stemmed);
        for (int doc = 0; doc < IndexExporter.ANALYSE_CHANGED + 10; doc++) {
            many.set(doc * 5, withText(stemmed.get(doc * 5), EntryStoreTest::reversed));
        }
        int redrafted = assertSameAsFresh(many, store, "many articles' words in another order");
        assertTrue(redrafted > 0 && redrafted < all, redrafted + " of " + all);
        assertSameAsFresh(many, store, "unchanged");
        List<SiteArticle> few = new ArrayList<>(many);
        few.set(7, withText(many.get(7), EntryStoreTest::reversed));
        redrafted = assertSameAsFresh(few, store, "one article's words in another order");
        assertTrue(redrafted > 0 && redrafted < all / 4, redrafted + " of " + all);

        List<SiteArticle> fewer = new ArrayList<>(stemmed);
        fewer.remove(100);
        assertSameAsFresh(fewer, store, "an article fewer");
        assertEquals(0, store.kept(), "document numbers moved: nothing is kept");
    }

    @Test
    void aDamagedStoreOrOneFromOtherCodeOrAnotherCapIsNotTaken() throws Exception {
        List<SiteArticle> articles = corpus(200, -1, -1);
        Path file = tmp.resolve("entries");
        assertSameAsFresh(articles, new EntryStore(file, "code"), "first export");
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 2] ^= 8;
        Files.write(file, bytes);
        EntryStore store = new EntryStore(file, "code");
        assertSameAsFresh(articles, store, "damaged");
        assertEquals(0, store.kept(), "a damaged file is not read");
        assertEquals(0, assertSameAsFresh(articles, store, "whole again"));

        EntryStore other = new EntryStore(file, "other code");
        assertSameAsFresh(articles, other, "other code");
        assertEquals(0, other.kept(), "entries drafted by other code are not taken");

        try (SearchIndex index = SearchIndex.build(articles, 0)) {
            List<OutputFile> files = new ArrayList<>();
            new IndexExporter(index, URLS, CAP / 2).export(files::add, other);
            assertEquals(0, other.kept(), "entries drafted for another cap are not taken");
        }
    }
}
