package org.warraq.search;

import java.util.Arrays;
import org.warraq.site.JsonLd;

/**
 * A search file's bytes, encoded as UTF-8 as its parts are appended. Built in a {@code StringBuilder}, a family's file
 * was held as UTF-16 once an Arabic key went in, then copied into a string and encoded again: the words' files (34 MB at
 * 10,000 articles) were a tenth of what a rebuild allocated. Texts are encoded as {@link String#getBytes} encodes them
 * in UTF-8, a lone surrogate as {@code ?}.
 */
final class Utf8Buffer {

    private byte[] bytes;
    private int length;

    /** @param capacity the bytes expected; more are taken as needed */
    Utf8Buffer(long capacity) {
        bytes = new byte[(int) Math.max(16, Math.min(Integer.MAX_VALUE - 16, capacity))];
    }

    int length() {
        return length;
    }

    /** A character below U+0080. */
    Utf8Buffer ascii(char c) {
        room(1);
        bytes[length++] = (byte) c;
        return this;
    }

    /** Room is made for a byte a character, and for four more and the rest at each character beyond ASCII. */
    Utf8Buffer append(String text) {
        room(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes[length++] = (byte) c;
            } else {
                room(4 + text.length() - i);
                if (c < 0x800) {
                    bytes[length++] = (byte) (0xc0 | c >> 6);
                    bytes[length++] = (byte) (0x80 | c & 0x3f);
                } else if (!Character.isSurrogate(c)) {
                    bytes[length++] = (byte) (0xe0 | c >> 12);
                    bytes[length++] = (byte) (0x80 | c >> 6 & 0x3f);
                    bytes[length++] = (byte) (0x80 | c & 0x3f);
                } else if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    int cp = Character.toCodePoint(c, text.charAt(++i));
                    bytes[length++] = (byte) (0xf0 | cp >> 18);
                    bytes[length++] = (byte) (0x80 | cp >> 12 & 0x3f);
                    bytes[length++] = (byte) (0x80 | cp >> 6 & 0x3f);
                    bytes[length++] = (byte) (0x80 | cp & 0x3f);
                } else {
                    bytes[length++] = '?';
                }
            }
        }
        return this;
    }

    /** {@code text} as a JSON string, escaped as {@link Json#string} escapes it. */
    Utf8Buffer string(String text) {
        if (JsonLd.plain(text)) {
            return ascii('"').append(text).ascii('"');
        }
        return append(new Json().string(text).toString());
    }

    /** The bytes appended: the buffer's own array when it is full, else a copy of the part used. */
    byte[] toByteArray() {
        return length == bytes.length ? bytes : Arrays.copyOf(bytes, length);
    }

    private void room(int more) {
        if (bytes.length - length < more) {
            bytes = Arrays.copyOf(bytes, (int) Math.min(Integer.MAX_VALUE - 16, Math.max((long) length + more, 2L * bytes.length)));
        }
    }
}
