package org.warraq.search.analysis;

import java.util.List;

/**
 * One analysed word: its position (counting the gaps left by stop words and by tokens that normalised to
 * nothing), its normalised surface form, stem and alternatives, and its UTF-16 offsets in the original text.
 */
public record AnalyzedToken(int position, String surface, String stem, List<String> alternatives, int start, int end) {

    public AnalyzedToken {
        alternatives = List.copyOf(alternatives);
    }
}
