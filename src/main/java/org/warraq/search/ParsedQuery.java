package org.warraq.search;

import java.util.List;

/**
 * What a reader's query asks for (docs/search.md §4), analysed but not yet tied to an index: the words that
 * must (or, in the fallback, may) match, quoted phrases, excluded words, and which word is still being typed.
 *
 * @param words    distinct query words in query order, at most {@link QueryParser#MAX_WORDS}
 * @param phrases  quoted phrases of one or more words, distinct
 * @param excluded words after a minus sign
 * @param prefix   the index in {@code words} of the word being typed (it gets prefix expansions), or -1
 */
public record ParsedQuery(List<Word> words, List<Phrase> phrases, List<Word> excluded, int prefix) {

    public ParsedQuery {
        words = List.copyOf(words);
        phrases = List.copyOf(phrases);
        excluded = List.copyOf(excluded);
    }

    /** One analysed query word, with its UTF-16 span in the query (for the «did you mean» rewrite). */
    public record Word(String surface, String stem, List<String> alternatives, int start, int end) {

        public Word {
            alternatives = List.copyOf(alternatives);
        }
    }

    /** A quoted phrase: stems at positions relative to its first word, gaps left by stop words included. */
    public record Phrase(List<String> stems, List<Integer> positions) {

        public Phrase {
            stems = List.copyOf(stems);
            positions = List.copyOf(positions);
        }
    }

    public boolean positive() {
        return !words.isEmpty() || !phrases.isEmpty();
    }

    /** The stripped form of the word being typed that expansions start with, or null when there is none. */
    public String prefixStem() {
        return prefix < 0 ? null : QueryParser.prefixOf(words.get(prefix).surface());
    }
}
