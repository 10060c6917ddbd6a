package org.warraq.output;

import java.nio.file.Path;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.RandomAccess;

/**
 * One file of the built site: its path inside the output folder and either its bytes or the
 * source file to copy (so large images are streamed, not held in memory).
 */
public record OutputFile(String path, byte[] bytes, Path copyOf) {

    public static OutputFile of(String path, byte[] bytes) {
        return new OutputFile(path, bytes, null);
    }

    public static OutputFile copy(String path, Path source) {
        return new OutputFile(path, null, source);
    }

    /**
     * Where {@code path} is in {@code byPath}, a list in path order, as {@link Collections#binarySearch} says it:
     * its index, or {@code -(insertion point) - 1}.
     */
    public static int indexIn(List<OutputFile> byPath, String path) {
        return Collections.binarySearch(new Paths(byPath), path);
    }

    /**
     * The file at {@code path} in {@code byPath}, a list in path order, when it holds bytes that digest to {@code sha256}
     * ({@link Digest#sha256}); null when there is none, its bytes differ, or {@code sha256} is null.
     */
    public static OutputFile withDigest(List<OutputFile> byPath, String path, byte[] sha256) {
        int at = sha256 == null ? -1 : indexIn(byPath, path);
        if (at < 0) {
            return null;
        }
        OutputFile file = byPath.get(at);
        return file.bytes() != null && Arrays.equals(Digest.sha256(file.bytes()), sha256) ? file : null;
    }

    /** The paths of a list of files; random access, or the JDK's binary search walks the list from its start. */
    private static final class Paths extends AbstractList<String> implements RandomAccess {
        private final List<OutputFile> files;

        Paths(List<OutputFile> files) {
            this.files = files;
        }

        @Override
        public String get(int index) {
            return files.get(index).path();
        }

        @Override
        public int size() {
            return files.size();
        }
    }
}
