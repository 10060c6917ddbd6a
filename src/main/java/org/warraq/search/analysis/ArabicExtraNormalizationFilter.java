package org.warraq.search.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Step 3 of docs/search.md §1: deletes the Quranic and other marks and the joiners that Lucene's
 * {@code ArabicNormalizer} keeps (§1.3), and writes alef wasla {@code ٱ} as a plain alef, so that
 * vocalised and Quranic spellings meet the plain ones.
 */
public final class ArabicExtraNormalizationFilter extends TokenFilter {

    private static final char ALEF_WASLA = '\u0671';
    private static final char ALEF = '\u0627';

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    public ArabicExtraNormalizationFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        char[] buffer = term.buffer();
        int length = term.length();
        int kept = 0;
        for (int i = 0; i < length; i++) {
            char c = buffer[i];
            if (!isDeleted(c)) {
                buffer[kept++] = c == ALEF_WASLA ? ALEF : c;
            }
        }
        term.setLength(kept);
        return true;
    }

    static boolean isDeleted(char c) {
        return c >= '\u0610' && c <= '\u061A'
                || c >= '\u0653' && c <= '\u065F'
                || c == '\u0670'
                || c >= '\u06D6' && c <= '\u06DC'
                || c >= '\u06DF' && c <= '\u06E8'
                || c >= '\u06EA' && c <= '\u06ED'
                || c == '\u200C' || c == '\u200D';
    }
}
