package org.warraq.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.IntPredicate;

/**
 * The «did you mean» entries (SymSpell with one deletion), in their own files so that an ordinary lookup
 * never downloads them: under a string, every exact term that is that string, or becomes it when one
 * letter is deleted, with its number of articles. A typed word and its deletions then find every term one
 * edit away (insertion, deletion, substitution, adjacent transposition) without the vocabulary.
 *
 * <p>A term of n letters gives n + 1 strings (605,000 at 10,000 articles), so they are not held: each (string, term)
 * pair is a number, sorted by the string's first two letters, and the strings are made a run of equal first letters
 * at a time, when the entries are gone through ({@link Buckets} goes through them twice).
 */
final class SpellingEntries implements Buckets.Entries {

    private final String[] terms;
    private final int[] articles;
    /** The first pair of each term: the term itself, then the term less its first, second, … letter. */
    private final int[] firstPair;
    /** Each pair's string's first two letters (high half) and the pair's number, sorted unsigned. */
    private final long[] pairs;

    /**
     * The entries of only the strings whose {@link Buckets#hash} {@code strings} accepts: those of a few of the family's
     * files, found without making the other strings.
     */
    SpellingEntries(Vocabulary vocabulary, IntPredicate strings) {
        terms = vocabulary.terms();
        articles = vocabulary.articles();
        firstPair = new int[terms.length + 1];
        long count = 0;
        for (int t = 0; t < terms.length; t++) {
            firstPair[t] = Math.toIntExact(count);
            count += pairsOf(terms[t]);
        }
        firstPair[terms.length] = Math.toIntExact(count);
        long[] pairs = new long[(int) count];
        int p = 0;
        int kept = 0;
        for (int t = 0; t < terms.length; t++) {
            for (int k = 0; k < pairsOf(terms[t]); k++, p++) {
                String term = terms[t];
                if (strings.test(Buckets.hash(term, k - 1))) {
                    char first = k == 1 ? at(term, 1) : term.charAt(0);
                    char second = k == 0 ? at(term, 1) : k <= 2 ? at(term, 2) : term.charAt(1);
                    pairs[kept++] = ((long) first << 48 | (long) second << 32 | p) ^ Long.MIN_VALUE;
                }
            }
        }
        this.pairs = kept == pairs.length ? pairs : Arrays.copyOf(pairs, kept);
        Arrays.sort(this.pairs);
    }

    /**
     * The strings a term gives: itself when it is long enough to be looked up, and itself less each letter when long
     * enough to cut.
     */
    static List<String> strings(String term) {
        List<String> strings = new ArrayList<>(pairsOf(term));
        for (int k = 0; k < pairsOf(term); k++) {
            strings.add(string(term, k));
        }
        return strings;
    }

    /** The entries in key order, made afresh each time. */
    @Override
    public void forEach(BiConsumer<String, String> each) {
        List<Pair> run = new ArrayList<>();
        int i = 0;
        while (i < pairs.length) {
            long letters = pairs[i] >>> 32;
            for (; i < pairs.length && pairs[i] >>> 32 == letters; i++) {
                run.add(pair((int) pairs[i]));
            }
            run.sort((a, b) -> {
                int byString = a.string().compareTo(b.string());
                return byString != 0 ? byString : Integer.compare(a.term(), b.term());
            });
            emit(run, each);
            run.clear();
        }
    }

    /** One entry for each string of a run sorted by string and term, its terms once each. */
    private void emit(List<Pair> run, BiConsumer<String, String> each) {
        int i = 0;
        while (i < run.size()) {
            String string = run.get(i).string();
            Json json = new Json().raw("[");
            int previous = -1;
            for (; i < run.size() && run.get(i).string().equals(string); i++) {
                int term = run.get(i).term();
                if (term != previous) {
                    json.raw(json.length() > 1 ? ",[" : "[").string(terms[term]).raw(",").number(articles[term]).raw("]");
                    previous = term;
                }
            }
            each.accept(string, json.raw("]").toString());
        }
    }

    private Pair pair(int p) {
        int found = Arrays.binarySearch(firstPair, p);
        int t = found >= 0 ? found : -found - 2;
        return new Pair(string(terms[t], p - firstPair[t]), t);
    }

    /** The term's {@code k}th string: the term itself, then the term less its first, second, … letter. */
    private static String string(String term, int k) {
        return k == 0 ? term : term.substring(0, k - 1) + term.substring(k);
    }

    /** The term itself when it is long enough to be looked up, and the term less each letter when long enough to cut. */
    static int pairsOf(String term) {
        return (term.length() >= IndexExporter.MIN_TYPO - 1 ? 1 : 0) + (term.length() >= IndexExporter.MIN_TYPO ? term.length() : 0);
    }

    private static char at(String s, int i) {
        return i < s.length() ? s.charAt(i) : 0;
    }

    /**
     * The exact terms that give strings (so each has a first pair of its own), in order, with their numbers of articles.
     */
    record Vocabulary(String[] terms, int[] articles) {

        static Vocabulary of(Map<String, Integer> frequency) {
            String[] terms = frequency.keySet().stream().filter(term -> pairsOf(term) > 0).sorted().toArray(String[]::new);
            int[] articles = new int[terms.length];
            for (int t = 0; t < terms.length; t++) {
                articles[t] = frequency.get(terms[t]);
            }
            return new Vocabulary(terms, articles);
        }
    }

    /** A string and the term it comes from (the term itself, or the term less one letter). */
    private record Pair(String string, int term) {
    }
}
