package org.warraq.output;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * What the last build published at each path: the file's identity on its file system (device and inode), size and
 * modification time when it was staged, and a SHA-256 of its bytes. A rebuild compares each file it makes with the
 * current site's; reading the current site's file to do so was a third of a rebuild's write stage at 10,000 articles
 * (a gigabyte of files read back). A file that is still the very file recorded (same identity, size and modification
 * time) has the recorded digest without being read; any other is read, so a file edited, replaced or restored by hand
 * in the output is made again.
 * <p>
 * As git does with its index, a file whose modification time is not before the record's own is not taken at its
 * stamp: a change in the same tick of the clock as the record was written would not show in its time. A change made
 * within the same tick as the build staged the file, to the same size, would not show either; nothing else writes in
 * the output folder while a build stages it. Where the file system gives no identity, nothing is taken at its stamp.
 */
final class PublishedStamps {

    private static final String MAGIC = "warraq-published-stamps";
    private static final int FORMAT = 1;
    private static final int SHA = 32;

    private record Stamp(long device, long inode, long size, long modified, byte[] sha256) {
    }

    private final Map<String, Stamp> stamps;
    /** Files modified at or after this time (the record's own, in nanoseconds) are read whatever their stamps. */
    private final long recorded;

    private PublishedStamps(Map<String, Stamp> stamps, long recorded) {
        this.stamps = stamps;
        this.recorded = recorded;
    }

    /** A record to fill as a build stages its files, from any thread. */
    static PublishedStamps empty() {
        return empty(0);
    }

    /**
     * As {@link #empty()}, for about {@code expected} files (the last record's number): grown from empty, the map's
     * resizing under the threads that fill it was a tenth of a rebuild's write stage.
     */
    static PublishedStamps empty(int expected) {
        return new PublishedStamps(new ConcurrentHashMap<>(expected + expected / 3 + 16), Long.MIN_VALUE);
    }

    /** The record in {@code file}; empty when there is none or it is damaged. */
    static PublishedStamps read(Path file) {
        try {
            ByteBuffer in = StreamedStoreFile.readWhole(file, new StreamedStoreFile.Header(MAGIC, FORMAT, ""));
            if (in == null) {
                return empty();
            }
            long recorded = Files.getLastModifiedTime(file).to(TimeUnit.NANOSECONDS);
            int count = in.getInt();
            Map<String, Stamp> stamps = new HashMap<>(count * 4 / 3 + 1);
            for (int i = 0; i < count; i++) {
                String path = TextCodec.read(in);
                long device = in.getLong();
                long inode = in.getLong();
                long size = in.getLong();
                long modified = in.getLong();
                byte[] sha256 = new byte[SHA];
                in.get(sha256);
                stamps.put(path, new Stamp(device, inode, size, modified, sha256));
            }
            return new PublishedStamps(stamps, recorded);
        } catch (IOException | RuntimeException e) {
            return empty();
        }
    }

    /**
     * The SHA-256 recorded for {@code path} when the file there, whose attributes are {@code now}, is the very file
     * recorded, unchanged since; else null, and the file must be read.
     */
    byte[] digest(String path, BasicFileAttributes now) {
        Stamp stamp = stamps.get(path);
        if (stamp == null) {
            return null;
        }
        long[] key = key(now);
        long modified = now.lastModifiedTime().to(TimeUnit.NANOSECONDS);
        boolean same = key != null && key[0] == stamp.device() && key[1] == stamp.inode() && now.size() == stamp.size()
                && modified == stamp.modified() && modified < recorded;
        return same ? stamp.sha256() : null;
    }

    /** Records that {@code path} is the file whose attributes are {@code attributes}, with bytes digesting to {@code sha256}. */
    void put(String path, BasicFileAttributes attributes, byte[] sha256) {
        long[] key = attributes == null ? null : key(attributes);
        if (key != null && sha256 != null) {
            stamps.put(path, new Stamp(key[0], key[1], attributes.size(), attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS), sha256));
        }
    }

    int size() {
        return stamps.size();
    }

    /** Writes the record to {@code file}, replacing what was there only once it is whole. */
    void write(Path file) throws IOException {
        try (StreamedStoreFile.Writer writer = StreamedStoreFile.write(file, new StreamedStoreFile.Header(MAGIC, FORMAT, ""))) {
            DataOutputStream out = writer.out();
            out.writeInt(stamps.size());
            for (Map.Entry<String, Stamp> e : stamps.entrySet()) {
                Stamp s = e.getValue();
                TextCodec.write(out, e.getKey());
                out.writeLong(s.device());
                out.writeLong(s.inode());
                out.writeLong(s.size());
                out.writeLong(s.modified());
                out.write(s.sha256());
            }
            writer.commit();
        }
    }

    /**
     * The device and inode of a file, from its file key as the JDK prints it on Unix ({@code (dev=fe00,ino=2146357)}); null
     * where the file system gives no key or another form of it.
     */
    static long[] key(BasicFileAttributes attributes) {
        Object key = attributes.fileKey();
        if (key == null) {
            return null;
        }
        String text = key.toString();
        int ino = text.indexOf(",ino=");
        if (!text.startsWith("(dev=") || ino < 0 || !text.endsWith(")")) {
            return null;
        }
        try {
            return new long[] {Long.parseUnsignedLong(text, 5, ino, 16), Long.parseUnsignedLong(text, ino + 5, text.length() - 1, 10)};
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
