package org.warraq.arabic;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UScript;
import java.util.BitSet;
import org.warraq.content.SiteConfig.QuoteStyle;

/**
 * The site's optional typographic rewrites of Arabic text, each character for one character so
 * that positions found before still hold: straight double quotes paired into «…» (or “…”), and a
 * Latin comma, semicolon or question mark right after an Arabic word made Arabic (، ؛ ؟). Characters
 * the caller marks as kept (code, URLs, Latin runs) are never touched, and an escaped quote
 * ({@code \"}) stays straight.
 */
public record Typography(QuoteStyle quotes, boolean arabicPunctuation) {

    public static final Typography NONE = new Typography(QuoteStyle.STRAIGHT, false);

    private static final String CLOSING_MARKS = "»)]\"”’'";

    public boolean changesNothing() {
        return quotes == QuoteStyle.STRAIGHT && !arabicPunctuation;
    }

    /** The text rewritten; same length as {@code text}. */
    public String apply(String text, BitSet kept) {
        if (changesNothing()) {
            return text;
        }
        char[] out = text.toCharArray();
        if (quotes != QuoteStyle.STRAIGHT) {
            pairQuotes(text, kept, out);
        }
        if (arabicPunctuation) {
            for (int i = 0; i < out.length; i++) {
                char c = text.charAt(i);
                if ((c == ',' || c == ';' || c == '?') && !kept.get(i) && afterArabicWord(text, i)
                        && !(c != '?' && i + 1 < text.length() && Character.isDigit(text.charAt(i + 1)))) {
                    out[i] = c == ',' ? '،' : c == ';' ? '؛' : '؟';
                }
            }
        }
        return new String(out);
    }

    private void pairQuotes(String text, BitSet kept, char[] out) {
        char open = quotes == QuoteStyle.GUILLEMETS ? '«' : '“';
        char close = quotes == QuoteStyle.GUILLEMETS ? '»' : '”';
        int n = text.length();
        int pending = -1;
        for (int i = 0; i < n; i++) {
            if (text.charAt(i) != '"' || kept.get(i) || (i > 0 && text.charAt(i - 1) == '\\')) {
                continue;
            }
            boolean spaceBefore = i == 0 || Character.isWhitespace(text.charAt(i - 1));
            boolean spaceAfter = i + 1 >= n || Character.isWhitespace(text.charAt(i + 1));
            if (pending >= 0 && !spaceBefore) {
                out[pending] = open;
                out[i] = close;
                pending = -1;
            } else if (!spaceAfter) {
                pending = i;
            }
        }
    }

    private static boolean afterArabicWord(String text, int i) {
        int j = i;
        while (j > 0 && CLOSING_MARKS.indexOf(text.charAt(j - 1)) >= 0) {
            j--;
        }
        if (j == 0) {
            return false;
        }
        int cp = text.codePointBefore(j);
        return ArabicLetters.isDiacritic(cp) || (UScript.getScript(cp) == UScript.ARABIC && UCharacter.isLetter(cp));
    }
}
