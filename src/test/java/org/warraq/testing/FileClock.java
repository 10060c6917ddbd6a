package org.warraq.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;

/**
 * Waits for the file system's clock, for tests of files taken at their stamps: a file changed within the same tick of
 * that clock as a build began is, rightly, read again by the next build, and a file rewritten within the tick it was
 * last changed in keeps its change time, so a fast test would see counts that depend on its speed.
 */
public final class FileClock {

    private FileClock() {
    }

    /** Returns once a file made now in {@code scratch} is stamped later than {@code file} last changed. */
    public static void afterTheClockMoves(Path scratch, Path file) throws IOException {
        FileTime changed = changeTime(file);
        Path probe = scratch.resolve("clock-probe");
        try {
            boolean moved = Poll.until(Duration.ofSeconds(10), () -> {
                try {
                    Files.deleteIfExists(probe);
                    Files.createFile(probe);
                    return changeTime(probe).compareTo(changed) > 0;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            if (!moved) {
                throw new AssertionError("the file system's clock did not move");
            }
        } finally {
            Files.deleteIfExists(probe);
        }
    }

    private static FileTime changeTime(Path file) throws IOException {
        return (FileTime) Files.getAttribute(file, "unix:ctime");
    }
}
