package org.warraq.arabic;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterDirection;
import com.ibm.icu.lang.UScript;
import java.util.Optional;

/**
 * The base direction of a block of text: that of its first strong character, as in Unicode's
 * paragraph rule (P2) and HTML's {@code dir=auto}, with one exception for Arabic journalism: a name
 * of at most {@value #NAME_WORDS} Latin words opening an Arabic sentence («ChatGPT بالعربية…»,
 * «S-400 منظومة…») does not make the block left-to-right when most of its words are Arabic. URLs
 * and e-mail addresses are skipped, as they are isolated on their own.
 */
public final class TextDirection {

    public static final int NAME_WORDS = 3;

    private TextDirection() {
    }

    /** The strong direction of one character, or empty for digits, punctuation and spaces. */
    public static Optional<Direction> strong(int codePoint) {
        return switch (UCharacter.getDirection(codePoint)) {
            case UCharacterDirection.LEFT_TO_RIGHT -> Optional.of(Direction.LTR);
            case UCharacterDirection.RIGHT_TO_LEFT, UCharacterDirection.RIGHT_TO_LEFT_ARABIC -> Optional.of(Direction.RTL);
            default -> Optional.empty();
        };
    }

    /** The block's direction, or empty when it has no strong character (digits, punctuation). */
    public static Optional<Direction> of(CharSequence text) {
        String t = withoutAddresses(text);
        int first = -1;
        Direction direction = null;
        for (int i = 0; i < t.length(); i += Character.charCount(t.codePointAt(i))) {
            Optional<Direction> d = strong(t.codePointAt(i));
            if (d.isPresent()) {
                first = i;
                direction = d.get();
                break;
            }
        }
        if (direction == null) {
            return Optional.empty();
        }
        if (direction == Direction.RTL) {
            return Optional.of(direction);
        }
        int words = 0;
        boolean inWord = false;
        boolean sentenceEnded = false;
        for (int i = first; i < t.length(); ) {
            int cp = t.codePointAt(i);
            i += Character.charCount(cp);
            Optional<Direction> d = strong(cp);
            if (d.isPresent() && d.get() == Direction.RTL) {
                boolean name = words <= NAME_WORDS && !sentenceEnded;
                return Optional.of(name && mostlyArabic(t) ? Direction.RTL : Direction.LTR);
            }
            if (Character.isWhitespace(cp)) {
                inWord = false;
            } else if (!inWord) {
                inWord = true;
                words++;
            }
            if (cp == '.' || cp == '!' || cp == '?') {
                sentenceEnded = true;
            } else if (d.isPresent()) {
                sentenceEnded = false;
            }
        }
        return Optional.of(Direction.LTR);
    }

    /** Whether more words start with a right-to-left letter than with a left-to-right one. */
    private static boolean mostlyArabic(String text) {
        int rtl = 0;
        int ltr = 0;
        for (String word : text.split("\\s+")) {
            for (int i = 0; i < word.length(); i += Character.charCount(word.codePointAt(i))) {
                Optional<Direction> d = strong(word.codePointAt(i));
                if (d.isPresent()) {
                    if (d.get() == Direction.RTL) {
                        rtl++;
                    } else {
                        ltr++;
                    }
                    break;
                }
            }
        }
        return rtl > ltr;
    }

    /** Whether the text has left-to-right letters and all of them are Latin (so {@code lang=en} fits it). */
    public static boolean latinOnly(CharSequence text) {
        boolean latin = false;
        for (int i = 0; i < text.length(); ) {
            int cp = Character.codePointAt(text, i);
            i += Character.charCount(cp);
            if (UCharacter.isLetter(cp) && strong(cp).orElse(null) == Direction.LTR) {
                if (UScript.getScript(cp) != UScript.LATIN) {
                    return false;
                }
                latin = true;
            }
        }
        return latin;
    }

    private static String withoutAddresses(CharSequence text) {
        StringBuilder out = new StringBuilder(text);
        for (WebAddresses.Span span : WebAddresses.find(text)) {
            for (int i = span.start(); i < span.end(); i++) {
                out.setCharAt(i, ' ');
            }
        }
        return out.toString();
    }
}
