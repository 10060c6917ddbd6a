package org.warraq.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.warraq.output.OutputFile;

/**
 * One generated site held in memory, as the preview serves it: rendered pages as bytes, copied
 * files (images, stylesheets) read from their source when asked, so nothing is written to disk. The
 * files are kept as the build hands them over, in path order, and found by binary search: a save on a
 * large site then replaces the site without hashing a hundred thousand paths again.
 *
 * @param files      every file of the site, in path order
 * @param sources    the files copied into the site as they are, absolute and normalised
 * @param generation counts the good builds of this preview session; tabs reload when it changes
 */
record MemorySite(List<OutputFile> files, Set<Path> sources, long generation) {

    /**
     * @param files  in path order, as {@link org.warraq.build.SiteBuild.Generated} has them
     * @param copies the files among them copied as they are (the build knows them without going over every file)
     */
    static MemorySite of(List<OutputFile> files, List<OutputFile> copies, long generation) {
        Set<Path> sources = new HashSet<>();
        for (OutputFile f : copies) {
            sources.add(f.copyOf().toAbsolutePath().normalize());
        }
        return new MemorySite(files, Set.copyOf(sources), generation);
    }

    Optional<OutputFile> find(String path) {
        int at = OutputFile.indexIn(files, path);
        return at < 0 ? Optional.empty() : Optional.of(files.get(at));
    }

    /** Whether {@code file} is the source of a file copied into the site as it is. */
    boolean copies(Path file) {
        return sources.contains(file.toAbsolutePath().normalize());
    }

    /** How many files differ between this site and {@code other}, added and removed ones included. */
    int differences(MemorySite other) {
        List<OutputFile> mine = files;
        List<OutputFile> theirs = other.files;
        int count = 0;
        int i = 0;
        int j = 0;
        while (i < mine.size() || j < theirs.size()) {
            int c = i == mine.size() ? 1 : j == theirs.size() ? -1 : mine.get(i).path().compareTo(theirs.get(j).path());
            if (c != 0) {
                count++;
                if (c < 0) {
                    i++;
                } else {
                    j++;
                }
            } else {
                if (!same(mine.get(i++), theirs.get(j++))) {
                    count++;
                }
            }
        }
        return count;
    }

    private static boolean same(OutputFile a, OutputFile b) {
        return a == b || (a.bytes() != null ? Arrays.equals(a.bytes(), b.bytes()) : Objects.equals(a.copyOf(), b.copyOf()));
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
