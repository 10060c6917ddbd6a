package org.warraq.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.warraq.search.analysis.AnalyzedToken;
import org.warraq.search.analysis.WarraqAnalyzer;

/**
 * The query language of docs/search.md §4, written to match {@code parse()} in engine.js step for step:
 * whitespace separates, a quote character opens a phrase that runs to the next quote (or the end), a leading
 * minus excludes, and the last word is taken as a prefix when the query ends inside it.
 */
public final class QueryParser {

    /** Limits that keep the Lucene query under its 1024-clause ceiling; the engine applies the same. */
    public static final int MAX_WORDS = 10;
    public static final int MAX_EXCLUDED = 5;
    public static final int MAX_PHRASES = 3;
    public static final int MAX_PHRASE_WORDS = 8;
    /** Expansions need this many letters once a leading article or conjunction is removed. */
    public static final int MIN_PREFIX = 3;

    static final String QUOTES = "\"«»“”„";
    private static final List<String> CLITICS = List.of("ال", "وال", "بال", "كال", "فال", "لل", "و");

    private QueryParser() {
    }

    public static ParsedQuery parse(String query) {
        return parse(query, true);
    }

    /** @param typing whether the last word may be unfinished (prefix expansion) */
    public static ParsedQuery parse(String query, boolean typing) {
        Map<String, ParsedQuery.Word> words = new LinkedHashMap<>();
        Set<ParsedQuery.Phrase> phrases = new LinkedHashSet<>();
        Map<String, ParsedQuery.Word> excluded = new LinkedHashMap<>();
        String lastWord = null;
        int n = query.length();
        int i = 0;
        while (i < n) {
            char c = query.charAt(i);
            if (space(c)) {
                i++;
                continue;
            }
            if (QUOTES.indexOf(c) >= 0) {
                int j = i + 1;
                while (j < n && QUOTES.indexOf(query.charAt(j)) < 0) {
                    j++;
                }
                phrase(query.substring(i + 1, j), phrases);
                lastWord = null;
                i = j + 1;
                continue;
            }
            int j = i;
            while (j < n && !space(query.charAt(j)) && QUOTES.indexOf(query.charAt(j)) < 0) {
                j++;
            }
            boolean minus = c == '-';
            lastWord = null;
            for (AnalyzedToken t : WarraqAnalyzer.tokens(query.substring(minus ? i + 1 : i, j))) {
                int offset = minus ? i + 1 : i;
                ParsedQuery.Word w = new ParsedQuery.Word(t.surface(), t.stem(), t.alternatives(), offset + t.start(), offset + t.end());
                Map<String, ParsedQuery.Word> into = minus ? excluded : words;
                if (into.size() < (minus ? MAX_EXCLUDED : MAX_WORDS)) {
                    into.putIfAbsent(w.surface(), w);
                }
                lastWord = !minus && w.end() == n && into.containsKey(w.surface()) ? w.surface() : null;
            }
            i = j;
        }
        List<ParsedQuery.Word> list = new ArrayList<>(words.values());
        int prefix = -1;
        if (typing && lastWord != null && prefixOf(lastWord) != null) {
            for (int k = 0; k < list.size(); k++) {
                if (list.get(k).surface().equals(lastWord)) {
                    prefix = k;
                }
            }
        }
        return new ParsedQuery(list, new ArrayList<>(phrases), new ArrayList<>(excluded.values()), prefix);
    }

    /** The surface without one leading article or conjunction (Lucene's stemmer prefixes), if 3+ letters remain. */
    static String prefixOf(String surface) {
        String rest = surface;
        for (String clitic : CLITICS) {
            if (surface.length() >= (clitic.length() == 1 ? 4 : clitic.length() + 2) && surface.startsWith(clitic)) {
                rest = surface.substring(clitic.length());
                break;
            }
        }
        return rest.length() >= MIN_PREFIX ? rest : null;
    }

    private static void phrase(String text, Set<ParsedQuery.Phrase> phrases) {
        List<AnalyzedToken> tokens = WarraqAnalyzer.tokens(text);
        if (tokens.isEmpty() || phrases.size() >= MAX_PHRASES) {
            return;
        }
        List<String> stems = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        for (AnalyzedToken t : tokens.subList(0, Math.min(tokens.size(), MAX_PHRASE_WORDS))) {
            stems.add(t.stem());
            positions.add(t.position() - tokens.get(0).position());
        }
        phrases.add(new ParsedQuery.Phrase(stems, positions));
    }

    /** Whitespace as both sides define it (not the runtime's Unicode tables). */
    static boolean space(char c) {
        return c <= ' ' || c == '\u00a0' || (c >= '\u2000' && c <= '\u200a') || c == '\u2028' || c == '\u2029'
                || c == '\u202f' || c == '\u205f' || c == '\u3000';
    }
}
