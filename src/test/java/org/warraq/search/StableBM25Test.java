package org.warraq.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.apache.lucene.search.CollectionStatistics;
import org.junit.jupiter.api.Test;
import org.warraq.output.OutputFile;
import org.warraq.site.Urls;

/** The average length BM25 scores with is rounded, so that one edit changes only the search files its words are in. */
class StableBM25Test {

    @Test
    void theAverageIsRoundedToSevenSignificantBitsAndStaysPut() {
        Random random = new Random(11);
        for (int i = 0; i < 100_000; i++) {
            float average = 1 + random.nextFloat() * (random.nextBoolean() ? 20 : 3000);
            float rounded = StableBM25.rounded(average);
            assertTrue(Math.abs(rounded - average) <= average / 128, average + " → " + rounded);
            assertEquals(rounded, StableBM25.rounded(rounded), "a rounded average is on the grid");
            float step = Math.scalb(1f, Math.getExponent(average) - StableBM25.BITS);
            assertEquals(0, rounded % step, average + " → " + rounded);
        }
        assertEquals(StableBM25.rounded(830.0f), StableBM25.rounded(830.0f + 830.0f / 10_000 / 100), "an edit's worth of change");
    }

    @Test
    void theIndexScoresWithTheRoundedAverage() throws Exception {
        try (SearchIndex index = SearchIndex.build(corpus(0).articles(), 0)) {
            assertInstanceOf(StableBM25.class, index.searcher().getSimilarity());
        }
    }

    /**
     * Articles over a vocabulary whose frequent words are in more than 128 of them (their entries tiered by impact, with
     * bounds); article 150 gains {@code extra} more of its first word at the end of its body: an edit that adds no new
     * word, so no key comes or goes and no document frequency moves.
     */
    private static Corpus corpus(int extra) {
        Random random = new Random(5);
        List<String> words = Corpus.madeUpWords(random, 1500, "بتثجحخدذرزسشصضطظعغفقكلمنهوي");
        Corpus corpus = new Corpus();
        for (int a = 0; a < 300; a++) {
            StringBuilder body = new StringBuilder();
            for (int w = 0; w < 150; w++) {
                int rank = random.nextInt(4) == 0 ? random.nextInt(40) : random.nextInt(words.size());
                body.append(words.get(rank)).append(' ');
            }
            if (a == 150) {
                body.append((body.substring(0, body.indexOf(" ")) + " ").repeat(extra));
            }
            corpus.add(a, words.get(a % 40) + " " + words.get(40 + a), body.toString().strip());
        }
        return corpus;
    }

    private static List<OutputFile> export(Corpus corpus) throws Exception {
        try (SearchIndex index = SearchIndex.build(corpus.articles(), 0)) {
            return new IndexExporter(index, new Urls("https://example.org/", true), IndexExporter.DEFAULT_CAP).export();
        }
    }

    /** Every entry of the {@code t/} and {@code w/} files as JSON, by key with its family's letter first, loaded as the engine loads them. */
    private static Map<String, String> entries(List<OutputFile> files) throws Exception {
        Map<String, String> entries = new TreeMap<>();
        try (EngineJs js = new EngineJs(files, "")) {
            String all = js.eval("(() => { const out = []; const w = globalThis.warraq; const keep = w.searchShard;"
                    + " for (const id of Object.keys(__files)) if (id.startsWith('t/') || id.startsWith('w/')) {"
                    + " w.searchShard = (i, d) => { for (const k in d) out.push(id[0] + k + '\\t' + JSON.stringify(d[k])); };"
                    + " (0, eval)(__files[id]); }"
                    + " w.searchShard = keep; return out.join('\\n'); })()").asString();
            for (String line : all.split("\n")) {
                int tab = line.indexOf('\t');
                entries.put(line.substring(0, tab), line.substring(tab + 1));
            }
        }
        return entries;
    }

    /** Whether {@code term} is in document {@code doc} in a sub-field of the family: {@code t} stems and alternatives, {@code w} exact. */
    private static boolean inDocument(SearchIndex index, char family, String term, int doc) throws java.io.IOException {
        for (int id = 0; id < SearchFields.COUNT; id++) {
            boolean exact = SearchFields.kind(id) == org.warraq.search.analysis.TermKind.EXACT;
            if (exact != (family == 'w')) {
                continue;
            }
            org.apache.lucene.index.PostingsEnum postings = index.leaf().postings(
                    new org.apache.lucene.index.Term(SearchFields.name(id), term));
            if (postings != null && postings.advance(doc) == doc) {
                return true;
            }
        }
        return false;
    }

    /**
     * An edit that adds no new word moves the bodies' average length; with the rounding it does not move the average the
     * scores use, so every term that is not in the edited article keeps its entry as it was. Without the rounding,
     * every tiered term's bounds move and most term files change. (An edit with new words still renumbers the deeper tiers
     * after them, which are numbered in key order: docs/performance.md, round 13.)
     */
    @Test
    void oneEditChangesOnlyTheEntriesOfTheEditedArticlesTerms() throws Exception {
        Map<String, String> before = entries(export(corpus(0)));
        Map<String, String> after = entries(export(corpus(2)));
        assertEquals(before.keySet(), after.keySet(), "no key comes or goes");
        try (SearchIndex one = SearchIndex.build(corpus(0).articles(), 0); SearchIndex two = SearchIndex.build(corpus(2).articles(), 0)) {
            String name = SearchFields.name(SearchFields.BODY_STEM);
            CollectionStatistics a = one.searcher().collectionStatistics(name);
            CollectionStatistics b = two.searcher().collectionStatistics(name);
            assertTrue(a.sumTotalTermFreq() != b.sumTotalTermFreq(), "the bodies' average length moves");
            assertEquals(StableBM25.average(a), StableBM25.average(b), "the rounded average does not");
            int doc = 0;
            while (!two.articles().get(doc).path().equals("a/150/")) {
                doc++;
            }
            int changed = 0;
            int tiered = 0;
            for (String key : before.keySet()) {
                if (before.get(key).startsWith("{")) {
                    tiered++;
                }
                if (!before.get(key).equals(after.get(key))) {
                    changed++;
                    assertTrue(inDocument(two, key.charAt(0), key.substring(1), doc), "the entry of «" + key + "» changed");
                }
            }
            assertTrue(changed > 0 && tiered > 20, changed + " changed, " + tiered + " tiered");
        }
    }
}
