package org.warraq.arabic;

import com.ibm.icu.text.Transliterator;
import java.util.Locale;
import org.warraq.content.SiteConfig.SlugStyle;

/**
 * URL slugs that keep Arabic letters: {@code مِصـر والأزمة} and {@code مصر والازمة} give the same
 * {@code مصر-والازمة}. Digits become ASCII, Latin is lower-cased, anything else separates words.
 * With {@link SlugStyle#LATIN} the folded text is transliterated by ICU to plain ASCII
 * ({@code msr-walazmt}), so spelling variants still agree.
 */
public final class Slugs {

    public static final int MAX_LENGTH = 80;

    /** ICU transliterators are not safe to share between threads; each thread builds its own. */
    private static final ThreadLocal<Transliterator> TO_ASCII =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Any-Latin; Latin-ASCII; Lower"));

    private Slugs() {
    }

    public static String slugify(String text, SlugStyle style) {
        if (style == SlugStyle.ARABIC) {
            return slugify(text);
        }
        String ascii = TO_ASCII.get().transliterate(ArabicLetters.fold(text));
        StringBuilder kept = new StringBuilder(ascii.length());
        for (int i = 0; i < ascii.length(); i++) {
            char c = ascii.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                kept.append(c);
            } else if (Character.isWhitespace(c) || (c < 0x80 && c != '\'' && c != '`')) {
                kept.append(' ');
            }
        }
        return slugify(kept.toString());
    }

    public static String slugify(String text) {
        String folded = ArabicLetters.fold(text);
        StringBuilder out = new StringBuilder();
        boolean pendingHyphen = false;
        for (int i = 0; i < folded.length(); ) {
            int cp = folded.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetter(cp) || Character.isDigit(cp)) {
                if (pendingHyphen && out.length() > 0) {
                    out.append('-');
                }
                pendingHyphen = false;
                if (Character.isDigit(cp)) {
                    out.append((char) ('0' + Character.digit(cp, 10)));
                } else {
                    out.append(new String(Character.toChars(cp)).toLowerCase(Locale.ROOT));
                }
            } else if (Character.getType(cp) == Character.NON_SPACING_MARK) {
                continue;
            } else {
                pendingHyphen = true;
            }
        }
        return truncate(out.toString());
    }

    /** Cuts at the last hyphen that keeps the slug within {@link #MAX_LENGTH} characters. */
    static String truncate(String slug) {
        if (slug.codePointCount(0, slug.length()) <= MAX_LENGTH) {
            return slug;
        }
        String cut = slug.substring(0, slug.offsetByCodePoints(0, MAX_LENGTH));
        if (slug.charAt(cut.length()) == '-') {
            return cut;
        }
        int hyphen = cut.lastIndexOf('-');
        return hyphen > MAX_LENGTH / 2 ? cut.substring(0, hyphen) : cut;
    }
}
