package org.warraq.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** A text kept as a string and one kept as its UTF-8 bytes are the same on disk, and each reads back as the other. */
class TextCodecTest {

    private static final String[] TEXTS = {"{\"الأسواق\":[0,5,1,7,2]}", "", "[3,1,12]", "علامة 😀 \"\\", null};

    @Test
    void aTextAndItsBytesAreWrittenAlikeAndReadBackEitherWay() throws IOException {
        ByteArrayOutputStream asText = new ByteArrayOutputStream();
        ByteArrayOutputStream asBytes = new ByteArrayOutputStream();
        DataOutputStream text = new DataOutputStream(asText);
        DataOutputStream bytes = new DataOutputStream(asBytes);
        for (String t : TEXTS) {
            TextCodec.write(text, t);
            TextCodec.writeUtf8(bytes, t == null ? null : t.getBytes(StandardCharsets.UTF_8));
        }
        assertArrayEquals(asText.toByteArray(), asBytes.toByteArray());

        DataInputStream in = new DataInputStream(new ByteArrayInputStream(asText.toByteArray()));
        for (int i = 0; i < TEXTS.length; i++) {
            if (i % 2 == 0) {
                assertEquals(TEXTS[i], TextCodec.read(in));
            } else {
                byte[] read = TextCodec.readUtf8(in);
                assertArrayEquals(TEXTS[i] == null ? null : TEXTS[i].getBytes(StandardCharsets.UTF_8), read);
            }
        }
        assertEquals(-1, in.read(), "everything written was read");
    }

    @Test
    void aTextCutShortIsAnError() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TextCodec.write(new DataOutputStream(out), "الأسواق");
        byte[] cut = Arrays.copyOf(out.toByteArray(), out.size() - 1);
        assertThrows(IOException.class, () -> TextCodec.readUtf8(new DataInputStream(new ByteArrayInputStream(cut))));
        assertNull(TextCodec.readUtf8(new DataInputStream(new ByteArrayInputStream(new byte[] {-1, -1, -1, -1}))));
    }

    /** Texts read from a buffer over the bytes are those written, a missing one null, the buffer left after each. */
    @Test
    void textsComeBackFromABufferAsWritten() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(7);
            TextCodec.write(out, "النفط 😀");
            TextCodec.write(out, null);
            TextCodec.write(out, "");
            out.writeInt(42);
        }
        java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(bytes.toByteArray());
        assertEquals(7, in.get());
        assertEquals("النفط 😀", TextCodec.read(in));
        assertNull(TextCodec.read(in));
        assertEquals("", TextCodec.read(in));
        assertEquals(42, in.getInt());
    }
}
