package org.warraq.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.warraq.content.StoredText;

/**
 * Files a stage makes long before the build may write them, kept on disk instead of in the heap until then:
 * the search index is exported before the pages are planned and checked, and holding its files (about 30 KB an
 * article) would cost more memory than any other stage. They are appended to one file, which is fast, and
 * written out on every core when the build writes the rest, in path order, as if they had been held.
 * (Writing them to the site as they were made was tried: file creations spread over the export cost twice the
 * system time of the same creations made together.) The bodies of the articles wait here too, between the stage
 * that makes them and the stages that read them ({@link #keep}). {@link #inMemory()} holds everything instead,
 * for builds that never touch the disk.
 */
public final class Spool implements AutoCloseable {

    /**
     * A file in the spool at {@code offset}, with the digest of its bytes when the spool digests them, or held in the heap,
     * or a recorded file the write stage makes or takes back.
     */
    private record Entry(String path, long offset, int length, OutputFile held, RecordedFile recorded, byte[] sha256) {
    }

    private final Path file;
    private final Path scratch;
    private final FileChannel channel;
    private final List<Entry> entries = new ArrayList<>();
    private final boolean digesting;
    private long end;

    private Spool(Path file, FileChannel channel, boolean digesting) {
        this.file = file;
        this.scratch = file == null ? null : scratch(file);
        this.channel = channel;
        this.digesting = digesting;
    }

    /** The folder beside a spool file where stages may keep larger data of their own (the search index). */
    static Path scratch(Path file) {
        return file.resolveSibling(file.getFileName() + ".scratch");
    }

    /**
     * A spool in {@code file}, which must not exist and is deleted on {@link #close()}, with its scratch folder
     * ({@link #scratch()}).
     */
    public static Spool onDisk(Path file) throws IOException {
        return onDisk(file, false);
    }

    /**
     * As {@link #onDisk(Path)}; when {@code digesting}, each file's bytes are digested as they come, and the file is handed
     * on as a {@link RecordedFile} with that digest, read back from the spool only if the previous site has not got it. For
     * a publisher that knows the digests of the previous site's files: on a rebuild most of them are those files, and
     * reading every one back was a fifth of what the write stage allocated.
     */
    public static Spool onDisk(Path file, boolean digesting) throws IOException {
        return new Spool(file, FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.READ, StandardOpenOption.WRITE),
                digesting);
    }

    public static Spool inMemory() {
        return new Spool(null, null, false);
    }

    public void add(OutputFile out) throws IOException {
        if (channel == null || out.bytes() == null) {
            synchronized (this) {
                entries.add(new Entry(out.path(), 0, 0, out, null, null));
            }
            return;
        }
        byte[] sha256 = digesting ? Digest.sha256(out.bytes()) : null;
        long at = append(ByteBuffer.wrap(out.bytes()));
        synchronized (this) {
            entries.add(new Entry(out.path(), at, out.bytes().length, null, null, sha256));
        }
    }

    /** Holds a file that is made, or taken back from the previous site, only when it is written: it costs the spool nothing. */
    public synchronized void add(RecordedFile out) {
        entries.add(new Entry(out.path(), 0, 0, null, out, null));
    }

    /**
     * Keeps {@code text} until a later stage reads it back: appended to the spool, in UTF-8. An in-memory spool,
     * and a text UTF-8 cannot carry exactly (a lone surrogate), keep it in the heap.
     *
     * @throws UncheckedIOException when the spool cannot be written (it is called from streams)
     */
    public StoredText keep(String text) {
        if (channel == null) {
            return StoredText.of(text);
        }
        ByteBuffer bytes;
        try {
            bytes = StandardCharsets.UTF_8.newEncoder().encode(CharBuffer.wrap(text));
        } catch (CharacterCodingException e) {
            return StoredText.of(text);
        }
        try {
            int length = bytes.remaining();
            return new Kept(this, append(bytes), length);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to " + file, e);
        }
    }

    /** A text in the spool, decoded again each time it is read. */
    private record Kept(Spool spool, long offset, int length) implements StoredText {
        @Override
        public String read() {
            try {
                return new String(spool.read(offset, length, "a body"), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read back from " + spool.file, e);
            }
        }
    }

    private synchronized long append(ByteBuffer bytes) throws IOException {
        long at = end;
        while (bytes.hasRemaining()) {
            channel.write(bytes, at + bytes.position());
        }
        end += bytes.position();
        return at;
    }

    /**
     * A folder, not yet made, where a stage may keep data it reads back before the build ends (the search index
     * while it is analysed and exported); deleted with the spool. Null for a spool in memory, whose stages keep
     * theirs in the heap too.
     */
    public Path scratch() {
        return scratch;
    }

    public synchronized List<String> paths() {
        return entries.stream().map(Entry::path).toList();
    }

    /** Hands every file to {@code target}, in path order, on every core, recorded files made. */
    public void writeTo(Parallel.IoConsumer<OutputFile> target) throws IOException {
        writeTo(target, r -> target.accept(r.made()));
    }

    /** Hands every file to {@code target}, and every recorded file to {@code recorded}, in path order, on every core. */
    public void writeTo(Parallel.IoConsumer<OutputFile> target, Parallel.IoConsumer<RecordedFile> recorded) throws IOException {
        writeTo(target, recorded, r -> target.accept(r.made()));
    }

    /**
     * As {@link #writeTo(Parallel.IoConsumer, Parallel.IoConsumer)}, a file the spool digested going to {@code digested}
     * as a recorded file whose bytes are read back from the spool when they are made.
     */
    public void writeTo(Parallel.IoConsumer<OutputFile> target, Parallel.IoConsumer<RecordedFile> recorded,
                        Parallel.IoConsumer<RecordedFile> digested) throws IOException {
        List<Entry> sorted;
        synchronized (this) {
            sorted = new ArrayList<>(entries);
        }
        sorted.sort(Comparator.comparing(Entry::path));
        Parallel.forEach(sorted, e -> {
            if (e.recorded() != null) {
                recorded.accept(e.recorded());
            } else if (e.sha256() != null) {
                digested.accept(new RecordedFile(e.path(), e.sha256(), () -> {
                    try {
                        return read(e.offset(), e.length(), e.path());
                    } catch (IOException x) {
                        throw new UncheckedIOException(x);
                    }
                }));
            } else {
                target.accept(e.held() != null ? e.held() : OutputFile.of(e.path(), read(e.offset(), e.length(), e.path())));
            }
        });
    }

    private byte[] read(long offset, int length, String what) throws IOException {
        ByteBuffer bytes = ByteBuffer.allocate(length);
        while (bytes.hasRemaining()) {
            if (channel.read(bytes, offset + bytes.position()) < 0) {
                throw new IOException(file + " ended before " + what + " was read back");
            }
        }
        return bytes.array();
    }

    @Override
    public void close() throws IOException {
        if (channel != null) {
            channel.close();
            Files.deleteIfExists(file);
            Publisher.deleteTree(scratch);
        }
    }
}
