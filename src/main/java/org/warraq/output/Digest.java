package org.warraq.output;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A SHA-256 of texts and numbers, each text after its length, so that moving text from one part to the next makes
 * another digest: what the build cache names what it keeps by, the inputs it was made from.
 */
public final class Digest {

    private final MessageDigest sha;
    private final ByteBuffer number = ByteBuffer.allocate(Integer.BYTES);

    public Digest() {
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A text and its length in UTF-8; null is a length of -1 and no text. */
    public Digest text(String text) {
        if (text == null) {
            return number(-1);
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        number(bytes.length);
        sha.update(bytes);
        return this;
    }

    public Digest number(int n) {
        sha.update(number.putInt(0, n).array());
        return this;
    }

    /** Bytes as they are, for what is read in pieces (a file). */
    public Digest bytes(byte[] bytes, int from, int length) {
        sha.update(bytes, from, length);
        return this;
    }

    /** The SHA-256 of {@code bytes}: what a kept page's file is checked against. */
    public static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The digest; the object is spent. */
    public byte[] digest() {
        return sha.digest();
    }

    /** The digest in hexadecimal; the object is spent. */
    public String hex() {
        return HexFormat.of().formatHex(digest());
    }
}
