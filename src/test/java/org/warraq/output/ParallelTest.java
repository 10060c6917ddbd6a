package org.warraq.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ParallelTest {

    @Test
    void everyItemIsDone() throws IOException {
        AtomicInteger sum = new AtomicInteger();
        Parallel.forEach(IntStream.range(0, 1000).boxed().toList(), sum::addAndGet);
        assertEquals(499_500, sum.get());
    }

    @Test
    void theFirstFailureComesOutAsItWasOnceNoTaskIsRunning() {
        AtomicInteger running = new AtomicInteger();
        IOException boom = new IOException("disk full");
        List<Integer> items = IntStream.range(0, 2000).boxed().toList();
        IOException thrown = assertThrows(IOException.class, () -> Parallel.forEach(items, i -> {
            running.incrementAndGet();
            try {
                if (i == 700) {
                    throw boom;
                }
                for (int k = 0; k < 2000; k++) {
                    Integer.toString(k * i).hashCode();
                }
            } finally {
                running.decrementAndGet();
            }
        }));
        assertSame(boom, thrown);
        assertEquals(0, running.get(), "no task still running when the failure is rethrown");
        IllegalArgumentException unchecked = new IllegalArgumentException("bad path");
        assertSame(unchecked, assertThrows(IllegalArgumentException.class, () -> Parallel.forEach(items, i -> {
            if (i == 3) {
                throw unchecked;
            }
        })));
    }
}
