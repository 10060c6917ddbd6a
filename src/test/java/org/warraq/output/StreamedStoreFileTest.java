package org.warraq.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.DataInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A store read whole is what reading it as a stream gives, and one that is missing, damaged or another's is none. */
class StreamedStoreFileTest {

    private static final StreamedStoreFile.Header HEADER = new StreamedStoreFile.Header("warraq-test-store", 3, "code-1");

    @TempDir
    Path dir;

    private Path written() throws IOException {
        Path file = dir.resolve("store");
        try (StreamedStoreFile.Writer writer = StreamedStoreFile.write(file, HEADER)) {
            writer.out().writeInt(2);
            TextCodec.write(writer.out(), "search/e/الهند/1.js");
            writer.out().writeLong(-7);
            TextCodec.write(writer.out(), null);
            writer.commit();
        }
        return file;
    }

    @Test
    void aStoreReadWholeHoldsWhatTheStreamReads() throws IOException {
        Path file = written();
        ByteBuffer whole = StreamedStoreFile.readWhole(file, HEADER);
        assertNotNull(whole);
        try (DataInputStream stream = StreamedStoreFile.open(file, HEADER)) {
            assertEquals(stream.readInt(), whole.getInt());
            assertEquals(TextCodec.read(stream), TextCodec.read(whole));
            assertEquals(stream.readLong(), whole.getLong());
            assertEquals(TextCodec.read(stream), TextCodec.read(whole));
        }
        assertFalse(whole.hasRemaining(), "nothing after the last field but the checksum, which is not in the buffer");
    }

    @Test
    void aMissingDamagedCutOrOtherStoreIsNone() throws IOException {
        assertNull(StreamedStoreFile.readWhole(dir.resolve("none"), HEADER));
        Path file = written();
        byte[] bytes = Files.readAllBytes(file);
        for (StreamedStoreFile.Header other : new StreamedStoreFile.Header[] {new StreamedStoreFile.Header("warraq-other-store", 3, "code-1"),
                new StreamedStoreFile.Header("warraq-test-store", 4, "code-1"), new StreamedStoreFile.Header("warraq-test-store", 3, "code-2")}) {
            assertNull(StreamedStoreFile.readWhole(file, other), other.toString());
        }
        for (int at = 0; at < bytes.length; at += 5) {
            byte[] damaged = bytes.clone();
            damaged[at] ^= 0x10;
            Files.write(file, damaged);
            assertNull(StreamedStoreFile.readWhole(file, HEADER), "a byte changed at " + at);
        }
        for (int length : new int[] {0, 3, bytes.length / 2, bytes.length - 1}) {
            Files.write(file, Arrays.copyOf(bytes, length));
            assertNull(StreamedStoreFile.readWhole(file, HEADER), "cut to " + length);
        }
    }
}
