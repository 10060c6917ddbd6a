package org.warraq.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.warraq.build.BuildObserver;

class ProgressDisplayTest {

    private final StringWriter text = new StringWriter();
    private final PrintWriter err = new PrintWriter(text, true);

    @Test
    void aTerminalGetsABarRedrawnInPlaceWithCountsAndTimeLeft() throws Exception {
        ProgressDisplay display = new ProgressDisplay(err, true, 0, 5);
        try (BuildObserver.Stage stage = display.begin("render", 8)) {
            for (int i = 0; i < 4; i++) {
                stage.advance();
            }
            awaitOutput(() -> output().contains("render 4/8"));
            assertTrue(output().contains("\r[############            ] render 4/8  about"), output());
            for (int i = 0; i < 4; i++) {
                stage.advance();
            }
        }
        String last = output().substring(output().lastIndexOf('\r'));
        assertTrue(last.matches("\\r\\[#{24}\\] render 8/8  \\d+\\.\\d s\\u001b\\[K\\n"), last);
        assertFalse(output().substring(0, output().length() - 1).contains("\n"), "one line, redrawn: " + output());
    }

    @Test
    void elsewhereItLogsPlainLines() throws Exception {
        ProgressDisplay display = new ProgressDisplay(err, false, 0, 5);
        try (BuildObserver.Stage stage = display.begin("markdown", 1000)) {
            stage.advance();
            awaitOutput(() -> output().contains("warraq: markdown 1/1,000"));
        }
        assertFalse(output().contains("\r"), output());
        assertFalse(output().contains("\u001b"), output());
        assertTrue(output().lines().allMatch(l -> l.startsWith("warraq: markdown ")), output());
    }

    @Test
    void aStageThatEndsWithinTheQuietPeriodShowsNothing() {
        ProgressDisplay display = new ProgressDisplay(err, true, TimeUnit.HOURS.toMillis(1), 5);
        try (BuildObserver.Stage stage = display.begin("render", 3)) {
            stage.advance();
        }
        try (BuildObserver.Stage stage = display.begin("load", 0)) {
            stage.advance();
        }
        assertEquals("", output());
    }

    private String output() {
        synchronized (text) {
            return text.toString();
        }
    }

    /** Waits for the ticker thread to have drawn (a condition, not a duration: the assertion is on the text). */
    private void awaitOutput(BooleanSupplier drawn) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!drawn.getAsBoolean() && System.nanoTime() < until) {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(1));
        }
        assertTrue(drawn.getAsBoolean(), "nothing drawn: " + output());
    }
}
