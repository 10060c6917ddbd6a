package org.warraq.output;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
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
        if (text == null) {
            out.writeInt(-1);
            return;
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    public static String read(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0) {
            return null;
        }
        byte[] bytes = in.readNBytes(length);
        if (bytes.length != length) {
            throw new IOException("a text cut short");
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** Reads past a text without decoding it. */
    public static void skip(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length > 0) {
            in.skipNBytes(length);
        }
    }
}
