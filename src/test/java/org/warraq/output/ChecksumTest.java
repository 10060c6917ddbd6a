package org.warraq.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChecksumTest {

    @Test
    void aWholeRecordHoldsAndADamagedOrCutOneDoesNot() {
        byte[] payload = "سجل كامل".getBytes(StandardCharsets.UTF_8);
        byte[] framed = Checksum.appended(payload);
        assertEquals(payload.length + Integer.BYTES, framed.length);
        assertEquals(payload.length, Checksum.covered(framed));
        byte[] damaged = framed.clone();
        damaged[2] ^= 1;
        assertEquals(-1, Checksum.covered(damaged));
        assertEquals(-1, Checksum.covered(java.util.Arrays.copyOf(framed, framed.length - 1)), "cut short");
        assertEquals(-1, Checksum.covered(new byte[3]), "shorter than a checksum");
        assertEquals(0, Checksum.covered(Checksum.appended(new byte[0])), "an empty record is whole");
    }

    @Test
    void aFileReadInPiecesHoldsWhenWholeOnly(@TempDir Path tmp) throws IOException {
        byte[] payload = new byte[200_000];
        for (int i = 0; i < payload.length; i++) {
            payload[i] = (byte) (i * 31);
        }
        Path file = tmp.resolve("kept");
        byte[] framed = Checksum.appended(payload);
        Files.write(file, framed);
        assertTrue(Checksum.holds(file), "a file larger than one piece");
        byte[] damaged = framed.clone();
        damaged[150_000] ^= 1;
        Files.write(file, damaged);
        assertFalse(Checksum.holds(file), "damaged in a later piece");
        Files.write(file, Arrays.copyOf(framed, framed.length - 1));
        assertFalse(Checksum.holds(file), "cut short");
        Files.write(file, new byte[3]);
        assertFalse(Checksum.holds(file), "shorter than a checksum");
        assertFalse(Checksum.holds(tmp.resolve("missing")), "missing");
    }
}
