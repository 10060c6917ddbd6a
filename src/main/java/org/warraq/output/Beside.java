package org.warraq.output;

import java.io.IOException;
import java.util.concurrent.Callable;

/**
 * Work run on a thread of its own while the caller goes on: for a stage whose parts run one after another on one
 * core although some need nothing of the others (the search export's articles' files and prefix completions need only
 * the index, while the caller reads back its kept entries). {@link #join} waits for the work and rethrows its failure as
 * it was; {@link #close} waits without rethrowing, so a caller that fails first never cleans up under a running task.
 * The same work can be left for {@link #later}: done on the caller's thread when it is joined, where holding its
 * results beside the caller's would cost more memory than the spare core is worth.
 */
public final class Beside<T> implements AutoCloseable {

    private final String name;
    private final Callable<T> work;
    private final Thread thread;
    private volatile boolean done;
    private volatile T value;
    private volatile Throwable failure;

    private Beside(String name, Callable<T> work, boolean own) {
        this.name = name;
        this.work = work;
        this.thread = own ? new Thread(this::run, name) : null;
        if (own) {
            thread.setDaemon(true);
        }
    }

    private void run() {
        try {
            value = work.call();
        } catch (Throwable t) {
            failure = t;
        }
        done = true;
    }

    /** Starts {@code work} on a new thread named {@code name}. */
    public static <T> Beside<T> start(String name, Callable<T> work) {
        Beside<T> beside = new Beside<>(name, work, true);
        beside.thread.start();
        return beside;
    }

    /** {@code work} done on the caller's thread when it is first joined; never, when it is closed first. */
    public static <T> Beside<T> later(Callable<T> work) {
        return new Beside<>("work left for later", work, false);
    }

    /** The work's value, once it has ended; its failure rethrown as it was (a checked one other than I/O wrapped). */
    public T join() throws IOException {
        if (thread == null && !done) {
            run();
        }
        waitForEnd();
        Throwable t = failure;
        if (t == null) {
            return value;
        }
        Parallel.rethrow(t);
        throw new IllegalStateException(name + " failed", t);
    }

    /** Waits for the work to end, whatever it gave. */
    @Override
    public void close() {
        waitForEnd();
    }

    private void waitForEnd() {
        if (thread == null) {
            return;
        }
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
