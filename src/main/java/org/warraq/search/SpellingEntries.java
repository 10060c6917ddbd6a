package org.warraq.search;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The «did you mean» entries (SymSpell with one deletion), in their own files so that an ordinary lookup
 * never downloads them: under a string, every exact term that is that string, or becomes it when one
 * letter is deleted, with its number of articles. A typed word and its deletions then find every term one
 * edit away (insertion, deletion, substitution, adjacent transposition) without the vocabulary.
 */
final class SpellingEntries {

    private SpellingEntries() {
    }

    /**
     * @param frequency the exact terms with their numbers of articles
     * @return serialised entries by string, in key order
     */
    static TreeMap<String, String> of(Map<String, Integer> frequency) {
        TreeMap<String, Set<String>> terms = new TreeMap<>();
        for (String term : frequency.keySet()) {
            if (term.length() >= IndexExporter.MIN_TYPO - 1) {
                terms.computeIfAbsent(term, x -> new TreeSet<>()).add(term);
            }
            if (term.length() >= IndexExporter.MIN_TYPO) {
                for (int i = 0; i < term.length(); i++) {
                    terms.computeIfAbsent(term.substring(0, i) + term.substring(i + 1), x -> new TreeSet<>()).add(term);
                }
            }
        }
        TreeMap<String, String> entries = new TreeMap<>();
        terms.forEach((string, list) -> {
            Json json = new Json().raw("[");
            for (String term : list) {
                json.raw(json.length() > 1 ? ",[" : "[").string(term).raw(",").number(frequency.get(term)).raw("]");
            }
            entries.put(string, json.raw("]").toString());
        });
        return entries;
    }
}
