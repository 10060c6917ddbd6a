package org.warraq.output;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Lets one build at a time publish to an output folder. Two builds staging beside the same output would delete each
 * other's staging folder and both fail; the second now stops at once and names the first's process. The lock is the
 * operating system's lock on a file beside the output ({@code .out.lock}), so a killed build's lock goes with its
 * process. The holder writes its process id into the file and deletes the file when done, still holding its lock; a
 * build that locked a file another had just deleted finds another file, or none, at the path and tries again.
 */
final class OutputLock implements AutoCloseable {

    private static final int ATTEMPTS = 100;
    private static final Object MISSING = new Object();

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;
    /** Whether the file is deleted when the lock is let go: only where files have identities to tell a new one by. */
    private final boolean delete;

    private OutputLock(Path file, FileChannel channel, FileLock lock, boolean delete) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
        this.delete = delete;
    }

    /** The lock of {@code out}, or an {@link OutputBusyException} naming it when another build holds it. */
    static OutputLock take(Path out) throws IOException {
        Path file = out.resolveSibling("." + out.getFileName() + ".lock");
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Object before = key(file);
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = null;
            try {
                try {
                    lock = channel.tryLock();
                } catch (OverlappingFileLockException e) {
                    // This process holds it; the file is not read, as closing any channel to it would drop the lock.
                    throw new OutputBusyException(out, Long.toString(ProcessHandle.current().pid()));
                }
                if (lock == null) {
                    throw new OutputBusyException(out, holder(file));
                }
                // The file locked must still be the one at the path (not one another build deleted meanwhile): known by
                // its identity, looked up without opening it, as closing any other channel to it would drop the lock.
                Object after = key(file);
                if (after != MISSING && (after == null || after.equals(before))) {
                    channel.truncate(0);
                    channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)), 0);
                    return new OutputLock(file, channel, lock, after != null);
                }
            } catch (IOException | RuntimeException e) {
                release(lock, channel);
                throw e;
            }
            release(lock, channel);
        }
        throw new IOException("could not lock " + file + ": it was deleted and made again " + ATTEMPTS + " times");
    }

    /**
     * The identity of the file at {@code path}; {@link #MISSING} when there is none (a lock taken on a file deleted
     * meanwhile is no lock), null when the file system gives files no identity.
     */
    private static Object key(Path path) {
        try {
            return Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).fileKey();
        } catch (IOException e) {
            return MISSING;
        }
    }

    /** The process id the holder wrote into the lock file, or an empty string when it cannot be read. */
    private static String holder(Path file) {
        try {
            String pid = Files.readString(file, StandardCharsets.US_ASCII).strip();
            return pid.matches("\\d{1,19}") ? pid : "";
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    private static void release(FileLock lock, FileChannel channel) throws IOException {
        try {
            if (lock != null) {
                lock.release();
            }
        } finally {
            channel.close();
        }
    }

    /** Deletes the file while still holding its lock, then lets it go. */
    @Override
    public void close() throws IOException {
        try {
            if (delete) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            // A file system that cannot delete an open file keeps it; the next build locks it as it is.
        } finally {
            release(lock, channel);
        }
    }

    /** Another build is publishing to the same output folder. */
    public static final class OutputBusyException extends IOException {
        OutputBusyException(Path out, String pid) {
            super("another build is publishing to " + out + (pid.isEmpty() ? "" : " (process " + pid + ")")
                    + "; wait for it to finish, or choose another --out folder");
        }
    }
}
