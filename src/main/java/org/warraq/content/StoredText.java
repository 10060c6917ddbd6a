package org.warraq.content;

import org.warraq.output.Digest;

/**
 * A long text a build carries from one stage to a later one: an article's source, its HTML, its plain text.
 * Held in the heap ({@link #of}), or kept in the build's spool on disk and read back when a stage asks for
 * it, so that a site's bodies are not all in memory at once (a large site's would fill gigabytes of it).
 */
public interface StoredText {

    String read();

    /**
     * A name the text is known by from one build to the next, null when it has none: two texts with the same name are
     * the same text. Lets a build tell that a text is unchanged without reading it back.
     */
    default String identity() {
        return null;
    }

    static StoredText of(String text) {
        return new Held(text);
    }

    /** A name for {@code text} that only an equal text has: the hex SHA-256 of its UTF-8 bytes. */
    static String nameOf(String text) {
        return java.util.HexFormat.of().formatHex(Digest.sha256(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    /** {@code text}, known by {@code identity} (which the caller made from the text, so that equal names mean equal texts). */
    static StoredText named(StoredText text, String identity) {
        return new Named(text, identity);
    }

    /** A text with the name it is known by from one build to the next. */
    record Named(StoredText text, String identity) implements StoredText {

        public Named {
            java.util.Objects.requireNonNull(text);
            java.util.Objects.requireNonNull(identity);
        }

        @Override
        public String read() {
            return text.read();
        }
    }

    /** A text in the heap; equal to another holding the same text. */
    record Held(String text) implements StoredText {

        public Held {
            java.util.Objects.requireNonNull(text);
        }

        @Override
        public String read() {
            return text;
        }
    }
}
