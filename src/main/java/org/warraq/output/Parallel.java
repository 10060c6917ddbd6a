package org.warraq.output;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * File work on every core. A parallel stream's tasks cannot throw {@link IOException}, and when one throws
 * anything the others may still be running as the stream returns; here every task has ended before the
 * first failure is rethrown as it was, so a caller that cleans up after it (the publisher dropping its
 * staging folder) never races a late writer.
 */
public final class Parallel {

    /** Work on one item that may fail on the file system. */
    @FunctionalInterface
    public interface IoConsumer<T> {
        void accept(T item) throws IOException;
    }

    private Parallel() {
    }

    public static <T> void forEach(List<T> items, IoConsumer<? super T> action) throws IOException {
        AtomicReference<Throwable> first = new AtomicReference<>();
        items.parallelStream().forEach(item -> {
            if (first.get() != null) {
                return;
            }
            try {
                action.accept(item);
            } catch (IOException | RuntimeException | Error e) {
                first.compareAndSet(null, e);
            }
        });
        rethrow(first.get());
    }

    /** Throws {@code failure} as it was when it is an I/O, runtime or error; returns otherwise (none, or another checked one). */
    static void rethrow(Throwable failure) throws IOException {
        if (failure instanceof IOException e) {
            throw e;
        } else if (failure instanceof RuntimeException e) {
            throw e;
        } else if (failure instanceof Error e) {
            throw e;
        }
    }
}
