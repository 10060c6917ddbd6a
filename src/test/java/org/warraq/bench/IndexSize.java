package org.warraq.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Files, raw bytes and gzipped bytes (each file on its own, level 6, as a host serves it) of a folder, by sub-folder. */
final class IndexSize {

    record Size(long files, long raw, long gzipped) {

        Size plus(Size o) {
            return new Size(files + o.files, raw + o.raw, gzipped + o.gzipped);
        }
    }

    private IndexSize() {
    }

    /** Totals by first path element under {@code dir} ({@code t}, {@code e}, or a file name at the top). */
    static Map<String, Size> of(Path dir) {
        Map<String, Size> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                byte[] bytes = Files.readAllBytes(f);
                boolean gzipped = bytes.length > 2 && (bytes[0] & 0xff) == 0x1f && (bytes[1] & 0xff) == 0x8b;
                Size size = new Size(1, bytes.length, gzipped ? bytes.length : BenchServer.gzip(bytes).length);
                out.merge(dir.relativize(f).getName(0).toString(), size, Size::plus);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    static Size total(Map<String, Size> sizes) {
        return sizes.values().stream().reduce(new Size(0, 0, 0), Size::plus);
    }

    static Size files(Path dir, List<String> names) {
        Size out = new Size(0, 0, 0);
        for (String name : names) {
            try {
                byte[] bytes = Files.readAllBytes(dir.resolve(name));
                out = out.plus(new Size(1, bytes.length, BenchServer.gzip(bytes).length));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }
}
