package org.warraq.search.analysis;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A number for each surface form met, with its stem and alternatives, so that analysed words can be kept as
 * numbers and read back as the very same tokens. A surface form's stem and alternatives depend on it alone (the
 * morphology step sees nothing else), so one entry serves every occurrence. Numbers are given on any thread; a
 * collection's vocabulary grows much slower than its words, so the lexicon stays small beside what it numbers.
 */
public final class Lexicon {

    private final Map<String, Integer> numbers = new ConcurrentHashMap<>();
    /** Written under this object's lock, then published by writing the field again. */
    private volatile AnalyzedToken[] words = new AnalyzedToken[1024];
    private int size;

    /** The number of {@code word}'s surface form, given now if it has none. */
    public int number(AnalyzedToken word) {
        Integer known = numbers.get(word.surface());
        return known != null ? known : add(word);
    }

    private synchronized int add(AnalyzedToken word) {
        Integer known = numbers.get(word.surface());
        if (known != null) {
            return known;
        }
        AnalyzedToken[] all = words;
        if (size == all.length) {
            all = Arrays.copyOf(all, 2 * size);
        }
        all[size] = new AnalyzedToken(0, word.surface(), word.stem(), word.alternatives(), 0, 0);
        words = all;
        numbers.put(word.surface(), size);
        return size++;
    }

    /** The word numbered {@code number}, at a position and offsets of its own. */
    public AnalyzedToken word(int number, int position, int start, int end) {
        AnalyzedToken w = words[number];
        return new AnalyzedToken(position, w.surface(), w.stem(), w.alternatives(), start, end);
    }
}
