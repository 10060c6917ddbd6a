package org.warraq.arabic;

import org.warraq.content.Numerals;

/**
 * Writes generated numbers in the site's digit system, so a page never mixes ٣ and 3 in the text
 * the generator writes. Digits an author typed are never passed through here.
 */
public final class Digits {

    private Digits() {
    }

    public static String localize(String ascii, Numerals numerals) {
        if (numerals == Numerals.LATN) {
            return ascii;
        }
        StringBuilder out = new StringBuilder(ascii.length());
        for (int i = 0; i < ascii.length(); i++) {
            char c = ascii.charAt(i);
            out.append(c >= '0' && c <= '9' ? (char) ('\u0660' + (c - '0')) : c);
        }
        return out.toString();
    }

    public static String format(long number, Numerals numerals) {
        return localize(Long.toString(number), numerals);
    }
}
