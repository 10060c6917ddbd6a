package org.warraq.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Work beside the caller gives its value or its own failure, and has always ended when the caller goes on. */
class BesideTest {

    @Test
    void theWorkRunsOnAThreadOfItsOwnAndGivesItsValue() throws IOException {
        AtomicReference<Thread> ran = new AtomicReference<>();
        try (Beside<String> beside = Beside.start("warraq-test-value", () -> {
            ran.set(Thread.currentThread());
            return "تم";
        })) {
            assertEquals("تم", beside.join());
            assertEquals("تم", beside.join(), "asked again, the same value");
        }
        assertEquals("warraq-test-value", ran.get().getName());
        assertTrue(ran.get() != Thread.currentThread());
    }

    @Test
    void itsFailureIsRethrownAsItWas() {
        IOException io = new IOException("disk full");
        IllegalStateException state = new IllegalStateException("bad");
        StackOverflowError error = new StackOverflowError();
        try (Beside<Object> a = Beside.start("warraq-test-io", () -> { throw io; });
             Beside<Object> b = Beside.start("warraq-test-state", () -> { throw state; });
             Beside<Object> c = Beside.start("warraq-test-error", () -> { throw error; });
             Beside<Object> d = Beside.start("warraq-test-checked", () -> { throw new Exception("checked"); })) {
            assertSame(io, assertThrows(IOException.class, a::join));
            assertSame(state, assertThrows(IllegalStateException.class, b::join));
            assertSame(error, assertThrows(StackOverflowError.class, c::join));
            assertEquals("checked", assertThrows(IllegalStateException.class, d::join).getCause().getMessage());
        }
    }

    /** The caller fails while the work is still running: leaving the block waits for the work, whose failure is not thrown. */
    @Test
    void closingWaitsForTheWorkWithoutRethrowing() throws InterruptedException {
        Thread caller = Thread.currentThread();
        CountDownLatch callerFailed = new CountDownLatch(1);
        AtomicBoolean ended = new AtomicBoolean();
        AtomicReference<Thread> worker = new AtomicReference<>();
        IllegalStateException callers = new IllegalStateException("the caller's");
        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> {
            try (Beside<Object> beside = Beside.start("warraq-test-slow", () -> {
                worker.set(Thread.currentThread());
                callerFailed.await();
                // Ends only once the caller is blocked waiting for it: a close that did not wait never lets it end. The
                // bound only keeps a broken close from leaving this thread spinning.
                long giveUp = System.nanoTime() + 10_000_000_000L;
                while (caller.getState() != Thread.State.WAITING && System.nanoTime() < giveUp) {
                    Thread.onSpinWait();
                }
                ended.set(caller.getState() == Thread.State.WAITING);
                throw new IOException("the work's, after the caller's");
            })) {
                callerFailed.countDown();
                throw callers;
            }
        });
        assertSame(callers, thrown);
        assertTrue(ended.get(), "the work had ended when the block was left");
        assertFalse(worker.get().isAlive());
    }

    @Test
    void workLeftForLaterRunsOnTheCallersThreadOnceWhenJoinedAndNeverWhenNot() throws IOException {
        AtomicInteger runs = new AtomicInteger();
        AtomicReference<Thread> ran = new AtomicReference<>();
        try (Beside<Integer> later = Beside.later(() -> {
            ran.set(Thread.currentThread());
            return runs.incrementAndGet();
        })) {
            assertEquals(0, runs.get(), "not before it is joined");
            assertEquals(1, later.join());
            assertEquals(1, later.join(), "once");
        }
        assertSame(Thread.currentThread(), ran.get());
        try (Beside<Integer> never = Beside.later(runs::incrementAndGet)) {
            assertEquals(1, runs.get());
        }
        assertEquals(1, runs.get(), "closed without a join: never done");
        IOException io = new IOException("disk full");
        try (Beside<Object> failing = Beside.later(() -> { throw io; })) {
            assertSame(io, assertThrows(IOException.class, failing::join));
        }
    }
}
