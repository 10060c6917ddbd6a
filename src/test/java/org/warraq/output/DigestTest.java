package org.warraq.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class DigestTest {

    @Test
    void theSamePartsGiveTheSameDigestAndEveryBoundaryCounts() {
        assertEquals(new Digest().text("مقال").number(3).hex(), new Digest().text("مقال").number(3).hex());
        assertEquals(64, new Digest().hex().length());
        List<String> digests = List.of(
                new Digest().text("ab").text("c").hex(),
                new Digest().text("a").text("bc").hex(),
                new Digest().text("abc").hex(),
                new Digest().text(null).hex(),
                new Digest().text("").hex(),
                new Digest().number(-1).text("").hex());
        assertEquals(digests.size(), new HashSet<>(digests).size(), digests.toString());
        byte[] bytes = {1, 2, 3};
        assertNotEquals(new Digest().bytes(bytes, 0, 3).hex(), new Digest().bytes(bytes, 0, 2).hex());
    }
}
