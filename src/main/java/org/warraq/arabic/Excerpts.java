package org.warraq.arabic;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

/**
 * Short excerpts of article text for cards and descriptions, cut on a word boundary found by ICU's
 * word break iterator, so a cut never separates a letter from its diacritics (ICU keeps combining
 * marks with their base) nor splits a word; trailing punctuation is dropped and «…» added.
 */
public final class Excerpts {

    private static final String TRAILING = " ،,؛;:—–-(«\"'“";

    private Excerpts() {
    }

    /**
     * Characters of a text that {@link #opening} keeps: twice the longest excerpt cut from it (the cards' 160), and
     * no more, as every article's opening is held from its Markdown stage to its last page.
     */
    public static final int OPENING = 320;

    /**
     * The text's first {@link #OPENING} characters or so, whitespace collapsed, ending at a space: all an excerpt
     * of up to {@code OPENING} characters is cut from ({@code cut(opening(t), n)} is {@code cut(t, n)}), kept in place
     * of the whole text.
     */
    public static String opening(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && Character.isWhitespace(text.codePointAt(start))) {
            start += Character.charCount(text.codePointAt(start));
        }
        while (end > start && Character.isWhitespace(text.codePointBefore(end))) {
            end -= Character.charCount(text.codePointBefore(end));
        }
        StringBuilder out = new StringBuilder(Math.min(end - start, OPENING + 64));
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (!collapsible(c)) {
                out.append(c);
                continue;
            }
            if (out.length() >= OPENING) {
                return out.toString();
            }
            out.append(' ');
            while (collapsible(text.charAt(i + 1))) {
                i++;
            }
        }
        return out.toString();
    }

    /** What the regular expression {@code \s} matches, as {@link #collapsed} collapses it. */
    private static boolean collapsible(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** The text with its whitespace collapsed, cut to at most {@code maxChars} characters plus «…». */
    public static String cut(String text, int maxChars) {
        String t = collapsed(text);
        if (t.length() <= maxChars) {
            return t;
        }
        BreakIterator words = BreakIterator.getWordInstance(ULocale.forLanguageTag("ar"));
        words.setText(t);
        int cut = words.preceding(maxChars + 1);
        if (cut <= 0) {
            BreakIterator characters = BreakIterator.getCharacterInstance(ULocale.forLanguageTag("ar"));
            characters.setText(t);
            cut = Math.max(0, characters.preceding(maxChars + 1));
        }
        String head = t.substring(0, cut);
        int end = head.length();
        while (end > 0 && TRAILING.indexOf(head.charAt(end - 1)) >= 0) {
            end--;
        }
        return head.substring(0, end) + "…";
    }

    private static String collapsed(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }
}
