package org.warraq.site;

import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * What one pass over a sequence made from each of its elements, kept for the next pass over it. When the
 * element at an index is the very same value as last time, its result is taken back after one reference
 * comparison in an array read in order, instead of a lookup by key in a map of ten thousand entries: a save
 * on a large site leaves nearly every article, and every page, where it was. Elements that are new or moved
 * are made by the caller's function, usually a keyed memo. The function must give equal results for the same
 * element as long as the pass is not {@link #clear cleared} (the preview clears it with its memo when the
 * settings or templates change). A pass may run in parallel over distinct indices.
 */
public final class LastPass<I, O> {

    /** The inputs and results of one pass, index by index. */
    private record Made(Object[] inputs, Object[] outputs) {
    }

    private static final Made NOTHING = new Made(new Object[0], new Object[0]);

    private volatile Made last = NOTHING;

    /** Starts a pass over {@code size} elements; what it makes replaces what the last pass made when it {@link Pass#end ends}. */
    public Pass<I, O> begin(int size) {
        return new Pass<>(this, last, size);
    }

    /**
     * {@code make} applied to every item, on every core, in order; an item that is the very same value at the same
     * index as in the last pass gets the last pass's result.
     */
    public List<O> map(List<? extends I> items, Function<? super I, ? extends O> make) {
        Pass<I, O> pass = begin(items.size());
        List<O> made = IntStream.range(0, items.size()).parallel().mapToObj(i -> pass.at(i, items.get(i), make)).toList();
        pass.end();
        return made;
    }

    /** Forgets the last pass. */
    public void clear() {
        last = NOTHING;
    }

    /** One pass: its results by index, and the last pass's to compare with. */
    public static final class Pass<I, O> {
        private final LastPass<I, O> owner;
        private final Made last;
        private final Made made;

        private Pass(LastPass<I, O> owner, Made last, int size) {
            this.owner = owner;
            this.last = last;
            this.made = new Made(new Object[size], new Object[size]);
        }

        /** The result for {@code input} at {@code index}: the last pass's when it had this very input there, else {@code make}'s. */
        public O at(int index, I input, Function<? super I, ? extends O> make) {
            O result = previous(index, input);
            return put(index, input, result != null ? result : make.apply(input));
        }

        /** The last pass's result for this very input at {@code index}, or null. */
        @SuppressWarnings("unchecked")
        public O previous(int index, I input) {
            return index < last.inputs().length && last.inputs()[index] == input ? (O) last.outputs()[index] : null;
        }

        /** Records {@code result} as made from {@code input} at {@code index}, and returns it. */
        public O put(int index, I input, O result) {
            made.inputs()[index] = input;
            made.outputs()[index] = result;
            return result;
        }

        /** Ends the pass, every index visited: the next pass compares with this one. */
        public void end() {
            owner.last = made;
        }
    }
}
