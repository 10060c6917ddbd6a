package org.warraq.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

/**
 * Waits for the file system's clock, for tests of files taken at their stamps: a file changed within the same tick of
 * that clock as a build began is, rightly, read again by the next build, and a file rewritten within the tick it was
 * last changed in keeps its change time, so a fast test would see counts that depend on its speed.
 */
public final class FileClock {

    private FileClock() {
    }

    /** Returns once a file made now in {@code scratch} is stamped later than {@code file} last changed. */
    public static void afterTheClockMoves(Path scratch, Path file) throws IOException, InterruptedException {
        FileTime changed = (FileTime) Files.getAttribute(file, "unix:ctime");
        Path probe = scratch.resolve("clock-probe");
        try {
            for (int i = 0; i < 1000; i++) {
                Files.deleteIfExists(probe);
                Files.createFile(probe);
                if (((FileTime) Files.getAttribute(probe, "unix:ctime")).compareTo(changed) > 0) {
                    return;
                }
                Thread.sleep(2);
            }
            throw new AssertionError("the file system's clock did not move");
        } finally {
            Files.deleteIfExists(probe);
        }
    }
}
