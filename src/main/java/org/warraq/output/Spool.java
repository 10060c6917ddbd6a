package org.warraq.output;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Files a stage makes long before the build may write them, kept on disk instead of in the heap until then:
 * the search index is exported before the pages are planned and checked, and holding its files (about 30 KB an
 * article) would cost more memory than any other stage. They are appended to one file, which is fast, and
 * written out on every core when the build writes the rest, in path order, as if they had been held.
 * (Writing them to the site as they were made was tried: file creations spread over the export cost twice the
 * system time of the same creations made together.) {@link #inMemory()} holds them instead, for builds that
 * never touch the disk.
 */
public final class Spool implements AutoCloseable {

    private record Entry(String path, long offset, int length, OutputFile held) {
    }

    private final Path file;
    private final FileChannel channel;
    private final List<Entry> entries = new ArrayList<>();
    private long end;

    private Spool(Path file, FileChannel channel) {
        this.file = file;
        this.channel = channel;
    }

    /** A spool in {@code file}, which must not exist and is deleted on {@link #close()}. */
    public static Spool onDisk(Path file) throws IOException {
        return new Spool(file, FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.READ, StandardOpenOption.WRITE));
    }

    public static Spool inMemory() {
        return new Spool(null, null);
    }

    public synchronized void add(OutputFile out) throws IOException {
        if (channel == null || out.bytes() == null) {
            entries.add(new Entry(out.path(), 0, 0, out));
            return;
        }
        ByteBuffer bytes = ByteBuffer.wrap(out.bytes());
        while (bytes.hasRemaining()) {
            channel.write(bytes, end + bytes.position());
        }
        entries.add(new Entry(out.path(), end, out.bytes().length, null));
        end += out.bytes().length;
    }

    public synchronized List<String> paths() {
        return entries.stream().map(Entry::path).toList();
    }

    /** Hands every file to {@code target}, in path order, on every core. */
    public void writeTo(Parallel.IoConsumer<OutputFile> target) throws IOException {
        List<Entry> sorted;
        synchronized (this) {
            sorted = new ArrayList<>(entries);
        }
        sorted.sort(Comparator.comparing(Entry::path));
        Parallel.forEach(sorted, e -> target.accept(e.held() != null ? e.held() : OutputFile.of(e.path(), read(e))));
    }

    private byte[] read(Entry e) throws IOException {
        ByteBuffer bytes = ByteBuffer.allocate(e.length());
        while (bytes.hasRemaining()) {
            if (channel.read(bytes, e.offset() + bytes.position()) < 0) {
                throw new IOException(file + " ended before " + e.path() + " was read back");
            }
        }
        return bytes.array();
    }

    @Override
    public void close() throws IOException {
        if (channel != null) {
            channel.close();
            Files.deleteIfExists(file);
        }
    }
}
