package org.warraq.output;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.CRC32C;
import java.util.zip.CheckedOutputStream;

/**
 * A store the build keeps for the next one that is too large to hold whole (the search export's entries, the analysis's
 * results): read and written as streams, ending with a CRC-32C of the rest. The next version is written beside it and
 * moved over it on {@link Writer#commit}, so a reader finds the old file or the new, never a part of one; one that is
 * missing, cut or damaged is not opened.
 */
public final class StreamedStoreFile {

    private static final int BUFFER = 1 << 16;

    private StreamedStoreFile() {
    }

    /** Where the next version of {@code file} is written until it is committed. */
    public static Path fresh(Path file) {
        return file.resolveSibling(file.getFileName() + ".new");
    }

    /** Has the JVM delete the file, and the one being written, when it ends normally (the preview's stores). */
    public static void deleteOnExit(Path file) {
        file.toFile().deleteOnExit();
        fresh(file).toFile().deleteOnExit();
    }

    /** The file to read from its start, or null when it is missing or its checksum does not hold. */
    public static DataInputStream open(Path file) throws IOException {
        if (!Files.isRegularFile(file) || !Checksum.holds(file)) {
            return null;
        }
        return new DataInputStream(new BufferedInputStream(Files.newInputStream(file), BUFFER));
    }

    /** What a store's file starts with: which store it is, its format, and a digest of the code that wrote it. */
    public record Header(String magic, int format, String code) {

        private void write(DataOutputStream out) throws IOException {
            TextCodec.write(out, magic);
            out.writeInt(format);
            TextCodec.write(out, code);
        }

        private boolean readFrom(DataInputStream in) throws IOException {
            return magic.equals(TextCodec.read(in)) && in.readInt() == format && code.equals(TextCodec.read(in));
        }

        private boolean readFrom(ByteBuffer in) {
            return magic.equals(TextCodec.read(in)) && in.getInt() == format && code.equals(TextCodec.read(in));
        }
    }

    /**
     * The file to read after its header, or null when it is missing, its checksum does not hold, or another store, format
     * or code wrote it.
     */
    public static DataInputStream open(Path file, Header header) throws IOException {
        DataInputStream in = open(file);
        try {
            if (in != null && !header.readFrom(in)) {
                in.close();
                return null;
            }
        } catch (IOException | RuntimeException e) {
            closeQuietly(in);
            throw e;
        }
        return in;
    }

    /**
     * As {@link #open(Path, Header)}, for a store small enough to hold (the publisher's record of 136,000 paths is 14 MB
     * at 10,000 articles): the file read once, its checksum checked over the bytes held, and a buffer over what follows
     * the header, read where it lies instead of a field at a time through a stream. Null as {@code open} gives null.
     */
    public static ByteBuffer readWhole(Path file, Header header) throws IOException {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        byte[] bytes = Files.readAllBytes(file);
        int covered = Checksum.covered(bytes);
        if (covered < 0) {
            return null;
        }
        ByteBuffer in = ByteBuffer.wrap(bytes, 0, covered);
        try {
            return header.readFrom(in) ? in : null;
        } catch (java.nio.BufferUnderflowException | IndexOutOfBoundsException | IllegalArgumentException e) {
            return null;
        }
    }

    /** Starts the next version of {@code file}, beside it, with its header written. */
    public static Writer write(Path file, Header header) throws IOException {
        Writer writer = write(file);
        try {
            header.write(writer.out());
        } catch (IOException | RuntimeException e) {
            writer.close();
            throw e;
        }
        return writer;
    }

    /** Starts the next version of {@code file}, beside it. */
    public static Writer write(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Path fresh = fresh(file);
        CRC32C crc = new CRC32C();
        return new Writer(file, fresh, crc,
                new DataOutputStream(new BufferedOutputStream(new CheckedOutputStream(Files.newOutputStream(fresh), crc), BUFFER)));
    }

    /** The next version being written: moved over the kept one on {@link #commit}, deleted on {@link #close} without it. */
    public static final class Writer implements Closeable {

        private final Path file;
        private final Path fresh;
        private final CRC32C crc;
        private final DataOutputStream out;
        private boolean committed;

        private Writer(Path file, Path fresh, CRC32C crc, DataOutputStream out) {
            this.file = file;
            this.fresh = fresh;
            this.crc = crc;
            this.out = out;
        }

        public DataOutputStream out() {
            return out;
        }

        public void commit() throws IOException {
            out.flush();
            int sum = (int) crc.getValue();
            out.writeInt(sum);
            out.close();
            Files.move(fresh, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            committed = true;
        }

        @Override
        public void close() throws IOException {
            if (!committed) {
                closeQuietly(out);
                Files.deleteIfExists(fresh);
            }
        }
    }

    public static void closeQuietly(Closeable c) {
        if (c != null) {
            try {
                c.close();
            } catch (IOException e) {
                // Nothing is read from it or kept of it.
            }
        }
    }
}
