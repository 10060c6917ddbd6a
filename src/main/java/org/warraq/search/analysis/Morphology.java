package org.warraq.search.analysis;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.ar.ArabicStemmer;

/**
 * Stem and alternative analyses of a normalised word (docs/search.md §1.4). Lucene's light stemmer leaves
 * the proclitics {@code ب ل ك ف} and the pronoun suffixes alone; the alternatives strip them too, so that
 * «بمدارس» meets «المدارس» and «مدرستها» meets «المدرسة».
 */
final class Morphology {

    private static final int MAX_ALTERNATIVES = 8;
    private static final int MIN_BASE_LENGTH = 3;

    private static final List<String> PROCLITICS = List.of("", "و", "ف", "ب", "ك", "ل", "وب", "فب", "وك", "فك", "ول", "فل");
    private static final List<String> PRONOUNS = List.of("", "هما", "كما", "هم", "هن", "كم", "كن", "ها", "نا", "ه", "ك", "ي");
    private static final char TEH = 'ت';
    private static final char HEH = 'ه';

    private static final ArabicStemmer STEMMER = new ArabicStemmer();

    /**
     * Analyses of the words met so far: a word's analysis depends on the word alone, and news vocabulary is
     * Zipfian, so the first words seen are nearly all the words read. Bounded; past the bound, words are
     * analysed each time.
     */
    private static final int CACHED_WORDS = 100_000;
    private static final Map<String, WordAnalysis> CACHE = new ConcurrentHashMap<>();

    private Morphology() {
    }

    static WordAnalysis analyse(String word) {
        WordAnalysis known = CACHE.get(word);
        if (known != null) {
            return known;
        }
        String stem = stem(word);
        WordAnalysis analysis = new WordAnalysis(word, stem, alternatives(word, stem));
        if (CACHE.size() < CACHED_WORDS) {
            CACHE.putIfAbsent(word, analysis);
        }
        return analysis;
    }

    static String stem(String word) {
        char[] chars = word.toCharArray();
        return new String(chars, 0, STEMMER.stem(chars, chars.length));
    }

    private static List<String> alternatives(String word, String stem) {
        Set<String> seen = new HashSet<>(List.of(word, stem));
        List<String> alternatives = new ArrayList<>();
        for (String proclitic : PROCLITICS) {
            if (!word.startsWith(proclitic)) {
                continue;
            }
            for (String pronoun : PRONOUNS) {
                if (proclitic.isEmpty() && pronoun.isEmpty() || !word.endsWith(pronoun)) {
                    continue;
                }
                if (word.length() - proclitic.length() - pronoun.length() < MIN_BASE_LENGTH) {
                    continue;
                }
                String base = word.substring(proclitic.length(), word.length() - pronoun.length());
                add(stem(base), seen, alternatives);
                if (!pronoun.isEmpty() && base.charAt(base.length() - 1) == TEH) {
                    add(stem(base.substring(0, base.length() - 1) + HEH), seen, alternatives);
                }
                if (alternatives.size() == MAX_ALTERNATIVES) {
                    return alternatives;
                }
            }
        }
        return alternatives;
    }

    private static void add(String candidate, Set<String> seen, List<String> alternatives) {
        if (alternatives.size() < MAX_ALTERNATIVES && seen.add(candidate)) {
            alternatives.add(candidate);
        }
    }
}
