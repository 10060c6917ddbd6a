package org.warraq.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

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
        List<Pair> pairs = new ArrayList<>();
        for (String term : frequency.keySet()) {
            if (term.length() >= IndexExporter.MIN_TYPO - 1) {
                pairs.add(new Pair(term, term));
            }
            if (term.length() >= IndexExporter.MIN_TYPO) {
                for (int i = 0; i < term.length(); i++) {
                    pairs.add(new Pair(term.substring(0, i) + term.substring(i + 1), term));
                }
            }
        }
        pairs.sort((a, b) -> {
            int byString = a.string().compareTo(b.string());
            return byString != 0 ? byString : a.term().compareTo(b.term());
        });
        TreeMap<String, String> entries = new TreeMap<>();
        int i = 0;
        while (i < pairs.size()) {
            String string = pairs.get(i).string();
            Json json = new Json().raw("[");
            String previous = null;
            for (; i < pairs.size() && pairs.get(i).string().equals(string); i++) {
                String term = pairs.get(i).term();
                if (!term.equals(previous)) {
                    json.raw(json.length() > 1 ? ",[" : "[").string(term).raw(",").number(frequency.get(term)).raw("]");
                    previous = term;
                }
            }
            entries.put(string, json.raw("]").toString());
        }
        return entries;
    }

    /** A string and a term it comes from (the term itself, or the term less one letter); sorted, they group by string. */
    private record Pair(String string, String term) {
    }
}
