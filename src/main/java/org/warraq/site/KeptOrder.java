package org.warraq.site;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * The order of a sequence (the indices that sort it), kept while the sequence's keys stay the same index by index:
 * a save that moves nothing is not sorted again, and its order comes back as the very same array, so that whatever
 * depends only on the keys (the pages' paths, the articles' dates and addresses) can tell by identity that they did
 * not change. Callers never change the array.
 */
public final class KeptOrder<K> {

    private record Sorted(Object[] keys, int[] order) {
    }

    private final Comparator<? super K> comparator;
    private volatile Sorted last;

    public KeptOrder(Comparator<? super K> comparator) {
        this.comparator = comparator;
    }

    /** The indices of {@code keys} in sorted order (equal keys keep their order): the last call's array when its keys are equal. */
    @SuppressWarnings("unchecked")
    public int[] of(List<? extends K> keys) {
        Sorted known = last;
        if (known != null && same(known.keys(), keys)) {
            return known.order();
        }
        Object[] now = keys.toArray();
        int[] order = IntStream.range(0, now.length).boxed()
                .sorted((a, b) -> comparator.compare((K) now[a], (K) now[b]))
                .mapToInt(Integer::intValue).toArray();
        last = new Sorted(now, order);
        return order;
    }

    /** Forgets the last order. */
    public void clear() {
        last = null;
    }

    private static boolean same(Object[] known, List<?> keys) {
        if (known.length != keys.size()) {
            return false;
        }
        for (int i = 0; i < known.length; i++) {
            if (!Objects.equals(known[i], keys.get(i))) {
                return false;
            }
        }
        return true;
    }
}
