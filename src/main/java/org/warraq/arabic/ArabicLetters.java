package org.warraq.arabic;

import java.text.Normalizer;

/**
 * Folding of Arabic spelling variants that readers treat as the same word: diacritics (harakat,
 * Quranic marks, superscript alef) and tatweel removed, hamza-carrying alefs and alef wasla unified
 * to bare alef, presentation forms folded to base letters (NFKC).
 */
public final class ArabicLetters {

    private ArabicLetters() {
    }

    public static boolean isDiacritic(int cp) {
        return (cp >= 0x064B && cp <= 0x065F) || cp == 0x0670 || (cp >= 0x0610 && cp <= 0x061A)
                || (cp >= 0x06D6 && cp <= 0x06DC) || (cp >= 0x06DF && cp <= 0x06E4) || cp == 0x06E7 || cp == 0x06E8
                || (cp >= 0x06EA && cp <= 0x06ED);
    }

    public static boolean isTatweel(int cp) {
        return cp == 0x0640;
    }

    /** Presentation forms, the ligature and contextual shapes of old encodings (U+FB50–U+FDFF, U+FE70–U+FEFF). */
    public static boolean isPresentationForm(int cp) {
        return (cp >= 0xFB50 && cp <= 0xFDFF) || (cp >= 0xFE70 && cp <= 0xFEFF);
    }

    /**
     * Presentation forms replaced by their base letters ({@code ﻻ} → {@code لا}), all else untouched:
     * for search terms and comparisons, never for what readers see.
     */
    public static String foldPresentationForms(String text) {
        if (text.codePoints().noneMatch(ArabicLetters::isPresentationForm)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (isPresentationForm(cp)) {
                out.append(Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKC));
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }

    /** Article text in composed form (NFC): alef + combining hamza becomes أ; what readers see is unchanged. */
    public static String nfc(String text) {
        return text == null ? null : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /** The spelling used for slugs and ids: NFKC, no diacritics or tatweel, alef forms unified. */
    public static String fold(String text) {
        String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(nfkc.length());
        nfkc.codePoints().forEach(cp -> {
            if (isDiacritic(cp) || isTatweel(cp)) {
                return;
            }
            switch (cp) {
                case 0x0622, 0x0623, 0x0625, 0x0671, 0x0672, 0x0673 -> out.append('\u0627');
                default -> out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }
}
