package org.warraq.output;

import java.io.IOException;
import java.util.concurrent.Callable;

/**
 * Work run on a thread of its own while the caller goes on: for a stage whose parts run one after another on one
 * core although some need nothing of the others (the search export's articles' files and prefix completions need only
 * the index, while the caller reads back its kept entries). {@link #join} waits for the work and rethrows its failure as
 * it was; {@link #close} waits without rethrowing, so a caller that fails first never cleans up under a running task.
 */
public final class Beside<T> implements AutoCloseable {

    private final Thread thread;
    private volatile T value;
    private volatile Throwable failure;

    private Beside(String name, Callable<T> work) {
        thread = new Thread(() -> {
            try {
                value = work.call();
            } catch (Throwable t) {
                failure = t;
            }
        }, name);
        thread.setDaemon(true);
    }

    /** Starts {@code work} on a new thread named {@code name}. */
    public static <T> Beside<T> start(String name, Callable<T> work) {
        Beside<T> beside = new Beside<>(name, work);
        beside.thread.start();
        return beside;
    }

    /** The work's value, once it has ended; its failure rethrown as it was (a checked one other than I/O wrapped). */
    public T join() throws IOException {
        waitForEnd();
        Throwable t = failure;
        if (t == null) {
            return value;
        }
        if (t instanceof IOException e) {
            throw e;
        } else if (t instanceof RuntimeException e) {
            throw e;
        } else if (t instanceof Error e) {
            throw e;
        }
        throw new IllegalStateException(thread.getName() + " failed", t);
    }

    /** Waits for the work to end, whatever it gave. */
    @Override
    public void close() {
        waitForEnd();
    }

    private void waitForEnd() {
        boolean interrupted = false;
        while (true) {
            try {
                thread.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
