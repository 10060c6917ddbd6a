package org.warraq.search.analysis;

import java.util.Set;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;

/**
 * Lucene's Arabic stop list passed through the same character steps as the tokens (docs/search.md §1,
 * step 8). Lucene matches its list before normalising, so «فى» slips through while «في» does not; here
 * every spelling that normalises to a listed word is a stop word, except where the normalised form is also
 * a common content word: «على» becomes «علي», the name Ali, which must stay searchable.
 */
final class StopWords {

    private static final Set<String> CONTENT_WORDS = Set.of("علي");

    static final CharArraySet SET = build();

    private StopWords() {
    }

    private static CharArraySet build() {
        CharArraySet set = new CharArraySet(128, false);
        try (WarraqAnalyzer analyzer = new WarraqAnalyzer()) {
            for (Object word : ArabicAnalyzer.getDefaultStopSet()) {
                String normalised = analyzer.normalize("", new String((char[]) word)).utf8ToString();
                if (!CONTENT_WORDS.contains(normalised)) {
                    set.add(normalised);
                }
            }
        }
        return CharArraySet.unmodifiableSet(set);
    }
}
