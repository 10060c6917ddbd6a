package org.warraq.search;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import org.warraq.output.StreamedStoreFile;

/**
 * What the last export made each article's excerpt files from, and a SHA-256 of each file's bytes, by document number:
 * kept in the build cache beside the entry store, so that the next export can hand an unchanged article's files to the
 * publisher to take back from the previous site ({@link ExcerptParts.Recording}) instead of reading its body to make
 * them again. A record holds only what a file was made from and into, never whether it was published: the publisher
 * checks the previous site's bytes against it. Read only when the file's CRC-32C checks out and the same code made it.
 */
final class ExcerptStore {

    private static final String MAGIC = "warraq-search-excerpts";
    private static final int FORMAT = 1;
    private static final int SHA = 32;

    /** Each article's inputs and its files' digests, by document number; an article with no record has null for both. */
    record Records(byte[][] inputs, byte[][][] files) {

        static Records none() {
            return new Records(new byte[0][], new byte[0][][]);
        }

        static Records of(int articles) {
            return new Records(new byte[articles][], new byte[articles][][]);
        }

        /** The digests of article {@code doc}'s files when they were made from {@code inputs}, else null. */
        byte[][] made(int doc, byte[] inputs) {
            return doc < inputs().length && Arrays.equals(inputs()[doc], inputs) ? files()[doc] : null;
        }

        void put(int doc, byte[] inputs, byte[][] files) {
            inputs()[doc] = inputs;
            files()[doc] = files;
        }
    }

    private final Path file;
    private final StreamedStoreFile.Header header;

    ExcerptStore(Path file, String code) {
        this.file = file;
        this.header = new StreamedStoreFile.Header(MAGIC, FORMAT, code);
    }

    void deleteOnExit() {
        StreamedStoreFile.deleteOnExit(file);
    }

    /** The last export's records; none when there is no file, a damaged one or one of other code. */
    Records read() {
        try (DataInputStream in = StreamedStoreFile.open(file, header)) {
            if (in == null) {
                return Records.none();
            }
            Records records = Records.of(in.readInt());
            for (int doc = 0; doc < records.inputs().length; doc++) {
                byte[] inputs = new byte[SHA];
                in.readFully(inputs);
                byte[][] files = new byte[in.readUnsignedByte()][SHA];
                for (byte[] sha : files) {
                    in.readFully(sha);
                }
                records.put(doc, inputs, files);
            }
            return records;
        } catch (IOException | RuntimeException e) {
            return Records.none();
        }
    }

    /** Replaces the kept records with {@code records}, every article's filled in. */
    void write(Records records) throws IOException {
        try (StreamedStoreFile.Writer writer = StreamedStoreFile.write(file, header)) {
            DataOutputStream out = writer.out();
            out.writeInt(records.inputs().length);
            for (int doc = 0; doc < records.inputs().length; doc++) {
                out.write(records.inputs()[doc]);
                out.writeByte(records.files()[doc].length);
                for (byte[] sha : records.files()[doc]) {
                    out.write(sha);
                }
            }
            writer.commit();
        }
    }
}
