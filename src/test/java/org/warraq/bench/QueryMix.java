package org.warraq.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.warraq.search.analysis.WarraqAnalyzer;

/**
 * The fixed mix of cold queries, drawn from the corpus with a fixed seed: the most frequent words, words
 * in 1–5 % of the articles, words in 2–5 articles, two-word queries mixing those, quoted two-word phrases
 * from the text, and words cut short as while typing. Stop words, which both engines drop, are skipped.
 */
final class QueryMix {

    /** A query and what kind it is. */
    record Query(String kind, String text) {
    }

    private QueryMix() {
    }

    static List<Query> of(BenchCorpus corpus) {
        int n = corpus.size();
        List<Map.Entry<String, Integer>> words = new ArrayList<>(corpus.frequencies().entrySet());
        words.removeIf(e -> e.getKey().length() < 3 || WarraqAnalyzer.terms(e.getKey()).isEmpty());
        words.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        Random random = new Random(7);
        List<String> top = words.subList(0, Math.min(6, words.size())).stream().map(Map.Entry::getKey).toList();
        List<String> mid = pick(words, Math.max(2, n / 100), Math.max(3, n / 20), 3, 8, random);
        List<String> rare = pick(words, 2, 5, 4, 8, random);
        List<Query> out = new ArrayList<>();
        top.forEach(w -> out.add(new Query("frequent", w)));
        mid.forEach(w -> out.add(new Query("mid", w)));
        rare.forEach(w -> out.add(new Query("rare", w)));
        String[][] pairs = {{mid.get(0), mid.get(1)}, {mid.get(2), mid.get(3)}, {top.get(0), rare.get(0)},
                {mid.get(4), rare.get(1)}, {top.get(1), mid.get(5)}, {rare.get(2), rare.get(3)}};
        for (String[] p : pairs) {
            out.add(new Query("two words", p[0] + " " + p[1]));
        }
        phrases(corpus, 4).forEach(p -> out.add(new Query("phrase", "\"" + p + "\"")));
        for (String w : List.of(mid.get(6), mid.get(7), rare.get(4), rare.get(5), rare.get(6), rare.get(7))) {
            out.add(new Query("prefix", w.substring(0, Math.max(4, w.length() - 2))));
        }
        return out;
    }

    private static List<String> pick(List<Map.Entry<String, Integer>> words, int minDf, int maxDf, int minLength, int count, Random random) {
        List<String> range = new ArrayList<>();
        for (Map.Entry<String, Integer> e : words) {
            if (e.getValue() >= minDf && e.getValue() <= maxDf && e.getKey().length() >= minLength) {
                range.add(e.getKey());
            }
        }
        List<String> out = new ArrayList<>();
        while (out.size() < count && !range.isEmpty()) {
            out.add(range.remove(random.nextInt(range.size())));
        }
        if (out.size() < count) {
            throw new IllegalStateException("the corpus has too few words with " + minDf + "–" + maxDf + " articles");
        }
        return out;
    }

    /** Two adjacent words, neither a stop word nor in more than a tenth of the articles, from articles spread over the site. */
    private static List<String> phrases(BenchCorpus corpus, int count) {
        List<String> out = new ArrayList<>();
        int n = corpus.size();
        for (int i = 0; i < count; i++) {
            BenchCorpus.Doc doc = corpus.docs().get(i * n / count);
            List<String> words = doc.words();
            for (int j = doc.bodyStart() + 1; j < words.size(); j++) {
                String a = words.get(j - 1);
                String b = words.get(j);
                if (usable(corpus, a) && usable(corpus, b)) {
                    out.add(a + " " + b);
                    break;
                }
            }
        }
        return out;
    }

    private static boolean usable(BenchCorpus corpus, String w) {
        return w.length() > 3 && corpus.df(w) < corpus.size() / 10 && !WarraqAnalyzer.terms(w).isEmpty();
    }
}
