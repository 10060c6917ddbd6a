package org.warraq.output;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Lets one build at a time publish to an output folder. Two builds staging beside the same output would delete each
 * other's staging folder and both fail; the second now stops at once and names the first's process. The lock is the operating system's
 * lock on a file beside the output ({@code .out.lock}), so a killed build's lock goes with its process; the file itself
 * stays, as deleting it could let a third build lock a file the second still holds open.
 */
final class OutputLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private OutputLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** The lock of {@code out}, or an {@link OutputBusyException} naming it when another build holds it. */
    static OutputLock take(Path out) throws IOException {
        Path file = out.resolveSibling("." + out.getFileName() + ".lock");
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
        if (lock == null) {
            channel.close();
            throw new OutputBusyException(out, holder(file));
        }
        try {
            channel.truncate(0);
            channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)));
        } catch (IOException e) {
            lock.release();
            channel.close();
            throw e;
        }
        return new OutputLock(channel, lock);
    }

    /** The process id the holder wrote into the lock file, or an empty string when it cannot be read. */
    private static String holder(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.US_ASCII).strip();
            return text.matches("\\d{1,19}") ? text : "";
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
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
