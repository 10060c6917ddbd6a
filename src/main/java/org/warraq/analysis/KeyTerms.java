package org.warraq.analysis;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.warraq.arabic.ArabicLetters;
import org.warraq.search.SearchFields;
import org.warraq.search.SearchIndex;
import org.warraq.search.analysis.AnalyzedToken;
import org.warraq.search.analysis.WarraqAnalyzer;

/**
 * The words that set an article apart, by tf-idf: how often the article uses a stem (a headline use counts
 * twice) against how many articles of the index use it. Stop words never reach here (the analysis drops
 * them, and a stem that is itself a stop word, «بين» of «بينها», is dropped too); numbers and stems of fewer
 * than three letters are left out, and a word must be used twice (or be in the headline). Each term is shown
 * as the article spells it most often, not as its stem.
 */
final class KeyTerms {

    static final int LIMIT = 8;
    static final int TITLE_WEIGHT = 2;
    static final int MIN_WEIGHT = 2;
    private static final int MIN_LETTERS = 3;
    private static final List<String> DEFINITE_PREFIXES = List.of("وبال", "فبال", "وكال", "فكال", "ولل", "فلل", "وال", "فال",
            "بال", "كال", "لل");

    private final DocFreqs docFreqs;
    private final int documents;
    private final List<String> stemFields = new ArrayList<>();
    private final Map<String, Boolean> vanishing = new ConcurrentHashMap<>();
    private final Map<String, Integer> frequencies = new ConcurrentHashMap<>();

    KeyTerms(SearchIndex index, DocFreqs docFreqs) {
        this.docFreqs = docFreqs;
        this.documents = index.size();
        for (int field = 0; field < SearchFields.FIELDS.size(); field++) {
            stemFields.add(ArticleText.stemField(field));
        }
    }

    List<KeyTerm> of(ArticleText text) {
        Map<String, Integer> weights = new HashMap<>();
        for (ArticleText.Segment segment : text.segments()) {
            for (AnalyzedToken token : segment.tokens()) {
                weights.merge(token.stem(), segment.title() ? TITLE_WEIGHT : 1, Integer::sum);
            }
        }
        List<Scored> scored = new ArrayList<>();
        for (var entry : weights.entrySet()) {
            if (entry.getValue() < MIN_WEIGHT || !candidate(entry.getKey())) {
                continue;
            }
            int df = documentFrequency(entry.getKey());
            if (df == 0) {
                continue;
            }
            scored.add(new Scored(entry.getKey(), score(entry.getValue(), df)));
        }
        scored.sort(Comparator.comparingDouble(Scored::score).reversed().thenComparing(Scored::stem));
        List<Scored> top = scored.subList(0, Math.min(LIMIT, scored.size()));
        Map<String, Map<String, Integer>> spellings = new HashMap<>();
        top.forEach(t -> spellings.put(t.stem(), new LinkedHashMap<>()));
        for (ArticleText.Segment segment : text.segments()) {
            for (AnalyzedToken token : segment.tokens()) {
                Map<String, Integer> forms = spellings.get(token.stem());
                if (forms != null) {
                    forms.merge(shown(segment.text().substring(token.start(), token.end())), 1, Integer::sum);
                }
            }
        }
        return top.stream().map(t -> new KeyTerm(t.stem(), mostFrequent(spellings.get(t.stem())), t.score())).toList();
    }

    /** The weight of a stem used {@code weight} times (a headline use counting twice) by an article, used by {@code df} articles. */
    double score(int weight, int df) {
        double idf = Math.log(1 + (documents - df + 0.5) / (df + 0.5));
        return (1 + Math.log(weight)) * idf;
    }

    /** Whether the stem can be a key term of an article that uses it often enough: neither short, a number nor a stop word. */
    boolean candidate(String stem) {
        return eligible(stem) && !vanishes(stem);
    }

    /** Numbers and stems of fewer than three letters are never key terms. */
    private static boolean eligible(String stem) {
        return stem.codePointCount(0, stem.length()) >= MIN_LETTERS && stem.codePoints().allMatch(Character::isLetter);
    }

    private record Scored(String stem, double score) {
    }

    /** Whether the analysis drops the stem itself (a stop word), asked once per stem per build. */
    private boolean vanishes(String stem) {
        return vanishing.computeIfAbsent(stem, s -> WarraqAnalyzer.tokens(s).isEmpty());
    }

    /**
     * Articles that use the stem anywhere, as near as the term dictionaries tell without reading postings;
     * looked up once per stem per build.
     */
    int documentFrequency(String stem) {
        return frequencies.computeIfAbsent(stem, s -> {
            int df = 0;
            for (String field : stemFields) {
                df = Math.max(df, docFreqs.docFreq(field, s));
            }
            return df;
        });
    }

    private static String mostFrequent(Map<String, Integer> counts) {
        String best = null;
        for (var e : counts.entrySet()) {
            if (best == null || e.getValue() > counts.get(best)) {
                best = e.getKey();
            }
        }
        return best;
    }

    /**
     * The word as written, without diacritics and tatweel, composed, and without a conjunction or preposition
     * before its article: «والأرياف» and «بالأرياف» are shown «الأرياف», «للأسر» «الأسر» (when three letters or more
     * follow the article, so «والد» and «بالغ» stay whole).
     */
    static String shown(String word) {
        StringBuilder out = new StringBuilder(word.length());
        Normalizer.normalize(word, Normalizer.Form.NFC).codePoints()
                .filter(cp -> !ArabicLetters.isDiacritic(cp) && !ArabicLetters.isTatweel(cp))
                .forEach(out::appendCodePoint);
        String plain = out.toString();
        for (String prefix : DEFINITE_PREFIXES) {
            String rest = plain.startsWith(prefix) ? plain.substring(prefix.length()) : null;
            if (rest != null && rest.codePointCount(0, rest.length()) >= MIN_LETTERS) {
                return "ال" + rest;
            }
        }
        return plain;
    }
}
