package org.warraq.build;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.warraq.output.Checksum;

/**
 * A file the build cache keeps for the next build (the bodies' index, the pages' records): a header naming what it is,
 * its format and the code that wrote it, then its payload, then a checksum. Written beside and moved into place, so a
 * reader finds the old file or the new, never a part of one; one that is missing, cut, damaged or another code's reads
 * as nothing.
 */
final class KeptFile {

    /** Writes a payload after the header. */
    interface Payload {
        void write(DataOutputStream out) throws IOException;
    }

    private KeptFile() {
    }

    static void write(Path file, String magic, int format, String code, Payload payload) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeUTF(magic);
            out.writeInt(format);
            out.writeUTF(code);
            payload.write(out);
        }
        Path temp = file.resolveSibling(file.getFileName() + ".new");
        Files.write(temp, Checksum.appended(bytes.toByteArray()));
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** The payload of {@code file}, positioned after the header; null when the file is not this kind, format and code's. */
    static DataInputStream read(Path file, String magic, int format, String code) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            return null;
        }
        int payload = Checksum.covered(bytes);
        if (payload < 0) {
            return null;
        }
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes, 0, payload));
        try {
            return in.readUTF().equals(magic) && in.readInt() == format && in.readUTF().equals(code) ? in : null;
        } catch (IOException e) {
            return null;
        }
    }
}
