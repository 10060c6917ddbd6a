package org.warraq.output;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Texts in the files a build keeps for the next one (the build cache's bodies, links and loaded sources, the search
 * export's entries): their length in UTF-8, -1 for none, then the bytes. Unlike {@link DataOutputStream#writeUTF}, any
 * length.
 */
public final class TextCodec {

    private TextCodec() {
    }

    public static void write(DataOutputStream out, String text) throws IOException {
        writeUtf8(out, text == null ? null : text.getBytes(StandardCharsets.UTF_8));
    }

    /** A text held as its UTF-8 bytes, written as {@link #write} writes it, so that it is never decoded on its way through. */
    public static void writeUtf8(DataOutputStream out, byte[] utf8) throws IOException {
        if (utf8 == null) {
            out.writeInt(-1);
            return;
        }
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    public static String read(DataInputStream in) throws IOException {
        byte[] bytes = readUtf8(in);
        return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
    }

    /** A text as {@link #write} wrote it, from a buffer over the bytes, decoded where it lies; null for none. */
    public static String read(ByteBuffer in) {
        int length = in.getInt();
        if (length < 0) {
            return null;
        }
        String text = new String(in.array(), in.arrayOffset() + in.position(), length, StandardCharsets.UTF_8);
        in.position(in.position() + length);
        return text;
    }

    /** A text's UTF-8 bytes, as {@link #write} or {@link #writeUtf8} wrote them; null for none. */
    public static byte[] readUtf8(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0) {
            return null;
        }
        byte[] bytes = in.readNBytes(length);
        if (bytes.length != length) {
            throw new IOException("a text cut short");
        }
        return bytes;
    }

    /** Reads past a text without decoding it. */
    public static void skip(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length > 0) {
            in.skipNBytes(length);
        }
    }
}
