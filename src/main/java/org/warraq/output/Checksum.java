package org.warraq.output;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32C;

/**
 * A CRC32C written after the bytes it covers: how the files a build keeps for the next one (the build cache's pack and
 * index, the search index's kept runs) tell a whole record from a damaged or cut one.
 */
public final class Checksum {

    private Checksum() {
    }

    /** {@code payload} with its checksum after it. */
    public static byte[] appended(byte[] payload) {
        return ByteBuffer.allocate(payload.length + Integer.BYTES).put(payload).putInt(of(payload, payload.length)).array();
    }

    /** How many bytes the checksum at the end of {@code bytes} covers, or -1 when there is none or it does not hold. */
    public static int covered(byte[] bytes) {
        return covered(bytes, bytes.length);
    }

    /** As {@link #covered(byte[])}, for the first {@code length} bytes of {@code bytes}. */
    public static int covered(byte[] bytes, int length) {
        int payload = length - Integer.BYTES;
        return payload >= 0 && of(bytes, payload) == ByteBuffer.wrap(bytes, payload, Integer.BYTES).getInt() ? payload : -1;
    }

    /**
     * Whether the checksum at the end of {@code file} holds, read in pieces: for a kept file too large to read whole
     * (the search export's entries), written through a {@link java.util.zip.CheckedOutputStream} with its CRC32C after.
     */
    public static boolean holds(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            long left = Files.size(file) - Integer.BYTES;
            if (left < 0) {
                return false;
            }
            CRC32C crc = new CRC32C();
            byte[] buffer = new byte[1 << 16];
            while (left > 0) {
                int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
                if (n < 0) {
                    return false;
                }
                crc.update(buffer, 0, n);
                left -= n;
            }
            return new DataInputStream(in).readInt() == (int) crc.getValue();
        } catch (IOException e) {
            return false;
        }
    }

    private static int of(byte[] bytes, int length) {
        CRC32C crc = new CRC32C();
        crc.update(bytes, 0, length);
        return (int) crc.getValue();
    }
}
