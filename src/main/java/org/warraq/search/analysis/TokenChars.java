package org.warraq.search.analysis;

/**
 * The token characters of docs/search.md §1.2 as explicit code-point ranges, so that the JVM and every
 * browser split text the same way whatever Unicode version their runtime ships.
 */
final class TokenChars {

    /** Inclusive ranges, ascending. */
    private static final int[] RANGES = {
        '0', '9', 'A', 'Z', 'a', 'z',
        0x00C0, 0x00D6, 0x00D8, 0x00F6, 0x00F8, 0x017F,
        0x0610, 0x061A, 0x0620, 0x0669, 0x066E, 0x06D3, 0x06D5, 0x06DC, 0x06DF, 0x06E8, 0x06EA, 0x06FC,
        0x06FF, 0x06FF, 0x0750, 0x077F,
        0x200C, 0x200D,
    };

    private TokenChars() {
    }

    static boolean isTokenChar(int c) {
        for (int i = 0; i < RANGES.length && c >= RANGES[i]; i += 2) {
            if (c <= RANGES[i + 1]) {
                return true;
            }
        }
        return false;
    }
}
