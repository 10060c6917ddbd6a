package org.warraq.output;

/**
 * What each file of the last build was made from and what its bytes digested to, and what this build's are: lets a
 * stage hand the publisher a {@link RecordedFile} in place of a file whose inputs did not change, so the previous
 * site's file is taken back rather than made again.
 */
public interface FileRecords {

    /** The SHA-256 of the bytes the last build made at {@code path} from {@code inputs}; null when it made none from them. */
    byte[] made(String path, byte[] inputs);

    /** Records that this build's file at {@code path} is made from {@code inputs} into bytes digesting to {@code output}. */
    void record(String path, byte[] inputs, byte[] output);
}
