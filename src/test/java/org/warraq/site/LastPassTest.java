package org.warraq.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class LastPassTest {

    final LastPass<String, String> last = new LastPass<>();
    final AtomicInteger made = new AtomicInteger();
    final Function<String, String> upper = s -> {
        made.incrementAndGet();
        return s.toUpperCase(java.util.Locale.ROOT) + "!";
    };

    static List<String> fresh(int n) {
        return IntStream.range(0, n).mapToObj(i -> new String("item" + i)).toList();
    }

    @Test
    void takesBackTheResultOfTheVerySameElementAtTheSameIndex() {
        List<String> items = fresh(1000);
        List<String> first = last.map(items, upper);
        assertEquals(1000, made.get());
        assertEquals("ITEM7!", first.get(7));

        List<String> second = last.map(items, upper);
        assertEquals(1000, made.get(), "nothing made again");
        for (int i = 0; i < items.size(); i++) {
            assertSame(first.get(i), second.get(i));
        }
    }

    @Test
    void makesAgainWhatChangedMovedOrIsOnlyEqual() {
        List<String> items = new ArrayList<>(fresh(10));
        List<String> first = last.map(items, upper);
        made.set(0);

        items.set(3, "changed");
        items.set(5, new String(items.get(5)));
        List<String> second = last.map(items, upper);
        assertEquals(2, made.get(), "the changed element and the equal but new one");
        assertEquals("CHANGED!", second.get(3));
        assertNotSame(first.get(5), second.get(5));
        assertSame(first.get(4), second.get(4));

        made.set(0);
        List<String> shifted = new ArrayList<>(items);
        shifted.add(0, "new");
        List<String> third = last.map(shifted, upper);
        assertEquals(11, made.get(), "every element moved, so every one is made");
        assertEquals(List.of("NEW!", "ITEM0!", "ITEM1!"), third.subList(0, 3));
    }

    @Test
    void aPassLeftUnfinishedOrClearedIsNotUsed() {
        List<String> items = fresh(5);
        last.map(items, upper);
        made.set(0);

        LastPass.Pass<String, String> unfinished = last.begin(5);
        unfinished.at(0, "other", upper);
        last.map(items, upper);
        assertEquals(1, made.get(), "the unfinished pass did not replace the last one");

        last.clear();
        last.map(items, upper);
        assertEquals(6, made.get());
    }
}
