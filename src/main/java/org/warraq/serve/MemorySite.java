package org.warraq.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.warraq.output.OutputFile;

/**
 * One generated site held in memory, as the preview serves it: rendered pages as bytes, copied
 * files (images, stylesheets) read from their source when asked, so nothing is written to disk.
 *
 * @param sources    the files copied into the site as they are, absolute and normalised
 * @param generation counts the good builds of this preview session; tabs reload when it changes
 */
record MemorySite(Map<String, OutputFile> files, Set<Path> sources, long generation) {

    static MemorySite of(List<OutputFile> files, long generation) {
        Map<String, OutputFile> byPath = new HashMap<>();
        files.forEach(f -> byPath.put(f.path(), f));
        Set<Path> sources = files.stream().filter(f -> f.copyOf() != null)
                .map(f -> f.copyOf().toAbsolutePath().normalize()).collect(Collectors.toUnmodifiableSet());
        return new MemorySite(Collections.unmodifiableMap(byPath), sources, generation);
    }

    Optional<OutputFile> find(String path) {
        return Optional.ofNullable(files.get(path));
    }

    /** Whether {@code file} is the source of a file copied into the site as it is. */
    boolean copies(Path file) {
        return sources.contains(file.toAbsolutePath().normalize());
    }

    /** How many files differ between this site and {@code other}, added and removed ones included. */
    int differences(MemorySite other) {
        int count = 0;
        for (Map.Entry<String, OutputFile> e : files.entrySet()) {
            OutputFile theirs = other.files.get(e.getKey());
            if (theirs == null || !same(e.getValue(), theirs)) {
                count++;
            }
        }
        for (String path : other.files.keySet()) {
            if (!files.containsKey(path)) {
                count++;
            }
        }
        return count;
    }

    private static boolean same(OutputFile a, OutputFile b) {
        return a.bytes() != null ? Arrays.equals(a.bytes(), b.bytes()) : Objects.equals(a.copyOf(), b.copyOf());
    }

    MemorySite next(long nextGeneration) {
        return new MemorySite(files, sources, nextGeneration);
    }

    static byte[] bytes(OutputFile file) throws IOException {
        return file.bytes() != null ? file.bytes() : Files.readAllBytes(file.copyOf());
    }

    static long size(OutputFile file) throws IOException {
        return file.bytes() != null ? file.bytes().length : Files.size(file.copyOf());
    }
}
