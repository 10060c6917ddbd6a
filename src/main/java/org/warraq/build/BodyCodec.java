package org.warraq.build;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.warraq.content.StoredText;
import org.warraq.markdown.BodyHtml;
import org.warraq.markdown.RenderedBody;
import org.warraq.output.TextCodec;

/**
 * A rendered body as the bytes the build cache keeps ({@link BuildCache}) and back: every text it holds, and whether
 * the feed's HTML is the page's, so that a body read back is the one rendered, mark for mark.
 */
final class BodyCodec {

    private BodyCodec() {
    }

    static byte[] encode(RenderedBody body) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1024);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            BodyHtml markup = body.markup();
            TextCodec.write(out, markup.marked().read());
            out.writeByte(markup.feed() == null ? 0 : markup.feed() == markup.marked() ? 1 : 2);
            if (markup.feed() != null && markup.feed() != markup.marked()) {
                TextCodec.write(out, markup.feed().read());
            }
            TextCodec.write(out, markup.pageRoot());
            TextCodec.write(out, markup.index());
            TextCodec.write(out, markup.feedRoot());
            TextCodec.write(out, body.text());
            out.writeInt(body.toc().size());
            for (RenderedBody.TocEntry entry : body.toc()) {
                out.writeInt(entry.level());
                TextCodec.write(out, entry.id());
                TextCodec.write(out, entry.text());
            }
            TextCodec.write(out, body.lead());
            out.writeInt(body.words());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** Makes the stored text of the UTF-8 bytes at {@code from}, {@code length} long. */
    @FunctionalInterface
    interface Texts {
        StoredText text(byte[] bytes, int from, int length);
    }

    /** The body, its HTML and text in the heap. */
    static RenderedBody decode(byte[] bytes, int length) throws IOException {
        return decode(bytes, length, (b, from, n) -> StoredText.of(new String(b, from, n, StandardCharsets.UTF_8)));
    }

    /** The body, its HTML and text made by {@code texts}; the rest in the heap. */
    static RenderedBody decode(byte[] bytes, int length, Texts texts) throws IOException {
        java.io.ByteArrayInputStream stream = new java.io.ByteArrayInputStream(bytes, 0, length);
        try (DataInputStream in = new DataInputStream(stream)) {
            StoredText marked = longText(in, stream, bytes, length, texts);
            int feedKind = in.readByte();
            StoredText feed = switch (feedKind) {
                case 0 -> null;
                case 1 -> marked;
                case 2 -> longText(in, stream, bytes, length, texts);
                default -> throw new IOException("feed kind " + feedKind);
            };
            BodyHtml markup = new BodyHtml(marked, feed, TextCodec.read(in), TextCodec.read(in), TextCodec.read(in));
            StoredText text = longText(in, stream, bytes, length, texts);
            int tocSize = in.readInt();
            List<RenderedBody.TocEntry> toc = new ArrayList<>(Math.min(tocSize, 1024));
            for (int i = 0; i < tocSize; i++) {
                toc.add(new RenderedBody.TocEntry(in.readInt(), TextCodec.read(in), TextCodec.read(in)));
            }
            RenderedBody body = new RenderedBody(markup, text, toc, TextCodec.read(in), in.readInt());
            if (in.read() != -1) {
                throw new IOException("bytes after the body");
            }
            return body;
        }
    }

    /** A long text, skipped over and handed to {@code texts} as where it lies. */
    private static StoredText longText(DataInputStream in, java.io.ByteArrayInputStream stream, byte[] bytes, int length, Texts texts)
            throws IOException {
        int n = in.readInt();
        int from = length - stream.available();
        if (n < 0 || from + n > length || in.skipBytes(n) != n) {
            throw new IOException("a text cut short");
        }
        return texts.text(bytes, from, n);
    }
}
