package org.warraq.build;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.warraq.markdown.BodyLinks;
import org.warraq.output.TextCodec;

/** The links and images of a body, for the site checks, as the bytes the build cache keeps ({@link BuildCache}) and back. */
final class LinksCodec {

    private LinksCodec() {
    }

    static byte[] encode(List<BodyLinks.Target> links) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 + 64 * links.size());
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeUTF("links");
            out.writeInt(links.size());
            for (BodyLinks.Target link : links) {
                out.writeBoolean(link.image());
                TextCodec.write(out, link.url());
                out.writeInt(link.line());
                out.writeInt(link.column());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The links, or null when the bytes are not links. */
    static List<BodyLinks.Target> decode(byte[] bytes, int length) {
        try (DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(bytes, 0, length))) {
            if (!in.readUTF().equals("links")) {
                return null;
            }
            int count = in.readInt();
            List<BodyLinks.Target> links = new ArrayList<>(Math.min(count, 1024));
            for (int i = 0; i < count; i++) {
                links.add(new BodyLinks.Target(in.readBoolean(), TextCodec.read(in), in.readInt(), in.readInt()));
            }
            return in.read() == -1 ? List.copyOf(links) : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
