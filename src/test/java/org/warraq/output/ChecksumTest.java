package org.warraq.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

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
}
