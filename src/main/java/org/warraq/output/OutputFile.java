package org.warraq.output;

import java.nio.file.Path;

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
}
