package org.warraq.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.warraq.build.BuildObserver;

/**
 * Progress of the long stages of a build, on standard error: on a terminal a bar redrawn in place with
 * counts and the time left; elsewhere (CI logs, pipes) a plain line every few seconds. A stage that ends
 * within its first second shows nothing, so small sites build quietly.
 */
final class ProgressDisplay implements BuildObserver {

    private static final int WIDTH = 24;

    private final PrintWriter err;
    private final boolean terminal;
    private final long quietMillis;
    private final long periodMillis;
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "warraq-progress");
        t.setDaemon(true);
        return t;
    });

    ProgressDisplay(PrintWriter err, boolean terminal) {
        this(err, terminal, 1000, terminal ? 200 : 5000);
    }

    /** @param quietMillis how long a stage runs before anything is shown; {@code periodMillis} between redraws */
    ProgressDisplay(PrintWriter err, boolean terminal, long quietMillis, long periodMillis) {
        this.err = err;
        this.terminal = terminal;
        this.quietMillis = quietMillis;
        this.periodMillis = periodMillis;
    }

    @Override
    public Stage begin(String name, int items) {
        if (items <= 0) {
            return BuildObserver.NONE.begin(name, items);
        }
        long start = System.nanoTime();
        AtomicInteger done = new AtomicInteger();
        boolean[] drawn = {false};
        ScheduledFuture<?> task = ticker.scheduleAtFixedRate(() -> {
            synchronized (drawn) {
                drawn[0] = true;
                draw(name, done.get(), items, start, false);
            }
        }, quietMillis, periodMillis, TimeUnit.MILLISECONDS);
        return new Stage() {
            @Override
            public void advance() {
                done.incrementAndGet();
            }

            @Override
            public void close() {
                task.cancel(false);
                synchronized (drawn) {
                    if (drawn[0]) {
                        draw(name, done.get(), items, start, true);
                    }
                }
            }
        };
    }

    private void draw(String name, int done, int items, long start, boolean last) {
        double elapsed = (System.nanoTime() - start) / 1e9;
        String counts = String.format(Locale.ROOT, "%s %,d/%,d", name, done, items);
        String eta = last ? String.format(Locale.ROOT, "%.1f s", elapsed)
                : done == 0 ? "" : String.format(Locale.ROOT, "about %.0f s left", elapsed * (items - done) / done);
        if (terminal) {
            int filled = (int) ((long) WIDTH * Math.min(done, items) / items);
            err.print("\r[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + counts + "  " + eta + "\u001b[K" + (last ? "\n" : ""));
        } else {
            err.println("warraq: " + counts + (eta.isEmpty() ? "" : ", " + eta));
        }
        err.flush();
    }
}
