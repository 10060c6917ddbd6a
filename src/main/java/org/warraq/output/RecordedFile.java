package org.warraq.output;

import java.util.function.Supplier;

/**
 * A file made only when the publisher needs its bytes: when the previous site has no file at {@code path} whose bytes
 * digest to {@code sha256} (null when no build made it from these inputs before), which it then takes back as it is. A
 * file deleted or edited by hand in the output is made again, never assumed. {@code make} may run on any thread, once,
 * or not at all.
 */
public record RecordedFile(String path, byte[] sha256, Supplier<byte[]> make) {

    /** The file made. */
    public OutputFile made() {
        return OutputFile.of(path, make.get());
    }
}
