package org.warraq.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Prefix expansions: the most frequent stems first, ties in term order, whatever the number of stems under the prefix. */
class StemVocabularyTest {

    @Test
    void theTopStemsAreThoseASortOfEveryStemGives() {
        Random random = new Random(3);
        for (int round = 0; round < 500; round++) {
            TreeMap<String, Integer> stems = new TreeMap<>();
            int size = random.nextInt(40);
            for (int i = 0; i < size; i++) {
                // Few distinct frequencies, so that ties are common.
                stems.put(ParallelIndexingTest.word(random), 1 + random.nextInt(random.nextBoolean() ? 3 : 50));
            }
            int k = 1 + random.nextInt(10);
            List<Map.Entry<String, Integer>> sorted = new ArrayList<>(stems.entrySet());
            sorted.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
            List<String> expected = sorted.subList(0, Math.min(k, sorted.size())).stream().map(Map.Entry::getKey).toList();
            assertEquals(expected, StemVocabulary.top(stems.entrySet(), k), stems + ", top " + k);
        }
    }

    @Test
    void expansionsAreTheIndexsStemsUnderThePrefix() throws Exception {
        Corpus corpus = new Corpus();
        corpus.add(0, "الاقتصاد", "الاقتصاد والاقتصادي الاقتصادية اقتصاد الاقتصاد");
        corpus.add(1, "الاقتصادي", "الاقتصادية الاقتصاد");
        corpus.add(2, "المياه", "اقتصاد المياه");
        try (SearchIndex index = SearchIndex.build(corpus.articles(), 0)) {
            StemVocabulary vocabulary = StemVocabulary.of(index);
            List<String> expansions = vocabulary.expansions("اقتص");
            assertFalse(expansions.isEmpty(), "the stems of «اقتصاد» start with «اقتص»");
            expansions.forEach(stem -> assertTrue(stem.startsWith("اقتص"), stem));
            assertEquals(List.of(), vocabulary.expansions("زززز"));
        }
    }
}
