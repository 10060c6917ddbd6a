package org.warraq.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeptOrderTest {

    final KeptOrder<String> order = new KeptOrder<>(Comparator.naturalOrder());

    @Test
    void sortsIndicesKeepingEqualKeysInTheirOrder() {
        assertArrayEquals(new int[] {1, 3, 0, 2}, order.of(List.of("ب", "أ", "ج", "أ")));
    }

    @Test
    void givesTheSameArrayBackWhileTheKeysAreEqualIndexByIndex() {
        List<String> keys = new ArrayList<>(List.of("c/index.html", "a/index.html", "b/index.html"));
        int[] first = order.of(keys);
        assertSame(first, order.of(List.of(new String("c/index.html"), new String("a/index.html"), new String("b/index.html"))));

        keys.set(1, "d/index.html");
        int[] moved = order.of(keys);
        assertNotSame(first, moved);
        assertArrayEquals(new int[] {2, 0, 1}, moved);

        keys.add("e/index.html");
        assertArrayEquals(new int[] {2, 0, 1, 3}, order.of(keys));

        int[] last = order.of(keys);
        order.clear();
        int[] again = order.of(keys);
        assertNotSame(last, again);
        assertArrayEquals(last, again);
    }
}
