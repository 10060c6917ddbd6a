package org.warraq.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Texts come out as {@link String#getBytes} encodes them in UTF-8, and keys as {@link Json#string} writes them. */
class Utf8BufferTest {

    private static final String[] PIECES = {"a", "[1,2]", "سوق", "é", "😀", "\ud83d", "\udc00", "\u2028", "\u0007", "\"", "\\", "<",
            "ـ", "\u200f", "\uffff", "\u07ff", "\u0800"};

    private static String text(Random random) {
        StringBuilder text = new StringBuilder();
        for (int i = 0, n = random.nextInt(12); i < n; i++) {
            text.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return text.toString();
    }

    @Test
    void textsAreTheirUtf8AndKeysTheirJsonWhateverTheyHold() {
        Random random = new Random(5);
        for (int round = 0; round < 500; round++) {
            Utf8Buffer buffer = new Utf8Buffer(random.nextInt(3) == 0 ? 0 : random.nextInt(200));
            // Each part is encoded on its own, as the buffer encodes it: a surrogate pair split between two parts is two lone ones.
            ByteArrayOutputStream expected = new ByteArrayOutputStream();
            for (int i = 0, n = random.nextInt(20); i < n; i++) {
                String text = text(random);
                switch (random.nextInt(3)) {
                    case 0 -> {
                        buffer.append(text);
                        expected.writeBytes(text.getBytes(StandardCharsets.UTF_8));
                    }
                    case 1 -> {
                        buffer.string(text);
                        expected.writeBytes(new Json().string(text).toString().getBytes(StandardCharsets.UTF_8));
                    }
                    default -> {
                        buffer.ascii(',');
                        expected.write(',');
                    }
                }
            }
            byte[] bytes = buffer.toByteArray();
            assertArrayEquals(expected.toByteArray(), bytes);
            assertEquals(bytes.length, buffer.length());
        }
    }

    @Test
    void aBufferFilledToItsCapacityIsHandedOnWithoutACopy() {
        Utf8Buffer buffer = new Utf8Buffer(16).append("0123456789abcdef");
        assertSame(buffer.toByteArray(), buffer.toByteArray());
        Utf8Buffer part = new Utf8Buffer(16).append("0123456789");
        assertNotSame(part.toByteArray(), part.toByteArray());
        assertEquals("0123456789", new String(part.toByteArray(), StandardCharsets.US_ASCII));
        Utf8Buffer grown = new Utf8Buffer(16).append("سوق".repeat(40));
        assertEquals("سوق".repeat(40), new String(grown.toByteArray(), StandardCharsets.UTF_8));
    }
}
