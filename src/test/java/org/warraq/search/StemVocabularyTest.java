package org.warraq.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BytesRef;
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

    /** The prefixes made in one pass are those a sorted set of every term's prefixes holds, whatever the terms. */
    @Test
    void thePrefixesAreThoseASortedSetOfEveryTermsPrefixesHolds() {
        String[] letters = {"د", "ذ", "ر", "ا", "😀", "a", "ـ"};
        for (long seed = 1; seed <= 20; seed++) {
            Random random = new Random(seed);
            TreeSet<String> terms = new TreeSet<>();
            for (int i = 0, n = random.nextInt(300); i < n; i++) {
                StringBuilder term = new StringBuilder();
                for (int j = 0, len = 1 + random.nextInt(7); j < len; j++) {
                    term.append(letters[random.nextInt(letters.length)]);
                }
                terms.add(term.toString());
            }
            TreeSet<String> expected = new TreeSet<>();
            for (String term : terms) {
                for (int len = QueryParser.MIN_PREFIX; len <= term.length(); len++) {
                    expected.add(term.substring(0, len));
                }
            }
            assertEquals(List.copyOf(expected), StemVocabulary.prefixes(terms), "seed " + seed);
        }
    }

    @Test
    void everyPrefixExpandsAsASortOfTheIndexsStemsGives() throws Exception {
        Random random = new Random(5);
        // Four letters no affix is made of: stems that share their first letters, so that prefixes repeat.
        List<String> words = Corpus.madeUpWords(random, 60, "دذرز");
        Corpus corpus = new Corpus();
        for (int i = 0; i < 80; i++) {
            StringBuilder body = new StringBuilder();
            for (int w = 0; w < 30; w++) {
                body.append(' ').append(words.get((int) (words.size() * Math.pow(random.nextDouble(), 2))));
            }
            corpus.add(i, words.get(random.nextInt(words.size())), "", body.toString().trim(), "news",
                    List.of(words.get(random.nextInt(words.size()))), "writer");
        }
        try (SearchIndex index = SearchIndex.build(corpus.articles(), 0)) {
            TreeMap<String, Set<Integer>> docs = new TreeMap<>();
            for (int id = 0; id < SearchFields.COUNT; id++) {
                if (!SearchFields.isStem(id) || index.leaf().terms(SearchFields.name(id)) == null) {
                    continue;
                }
                TermsEnum terms = index.leaf().terms(SearchFields.name(id)).iterator();
                for (BytesRef term = terms.next(); term != null; term = terms.next()) {
                    PostingsEnum postings = terms.postings(null);
                    Set<Integer> set = docs.computeIfAbsent(term.utf8ToString(), x -> new HashSet<>());
                    for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                        set.add(doc);
                    }
                }
            }
            TreeSet<String> prefixes = new TreeSet<>();
            docs.keySet().forEach(stem -> {
                for (int len = QueryParser.MIN_PREFIX; len <= stem.length(); len++) {
                    prefixes.add(stem.substring(0, len));
                }
            });
            StemVocabulary vocabulary = StemVocabulary.of(index);
            assertEquals(List.copyOf(prefixes), vocabulary.prefixes());
            int all = docs.keySet().stream().mapToInt(stem -> Math.max(0, stem.length() - QueryParser.MIN_PREFIX + 1)).sum();
            assertTrue(prefixes.size() > 50 && prefixes.size() < all, "prefixes shared by stems: " + prefixes.size() + " of " + all);
            for (String prefix : prefixes) {
                List<Map.Entry<String, Set<Integer>>> under = new ArrayList<>(docs.subMap(prefix, prefix + Character.MAX_VALUE).entrySet());
                under.sort(Comparator.<Map.Entry<String, Set<Integer>>>comparingInt(e -> -e.getValue().size()).thenComparing(Map.Entry::getKey));
                List<String> expected = under.subList(0, Math.min(StemVocabulary.MAX_EXPANSIONS, under.size())).stream().map(Map.Entry::getKey).toList();
                assertEquals(expected, vocabulary.expansions(prefix), prefix);
            }
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
