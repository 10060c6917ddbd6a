package org.warraq.content;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads an input file as strict UTF-8: a byte that is not UTF-8 is an error naming its line,
 * never a silent replacement character. Strips a BOM and turns CRLF/CR into LF. Control characters
 * that would make a feed invalid XML are refused with their line and column.
 */
public final class SourceText {

    /** Larger files are refused rather than risking a hang or running out of memory. */
    public static final long MAX_BYTES = 8L * 1024 * 1024;

    private SourceText() {
    }

    public static String read(Path file, Path shownAs) {
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw BuildFailedException.of(Diagnostic.error(shownAs, 0, "file is " + size / (1024 * 1024)
                        + " MB; articles are limited to " + MAX_BYTES / (1024 * 1024) + " MB: split it, or move data out of the text"));
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw BuildFailedException.of(Diagnostic.error(shownAs, 0, "cannot read file: " + e.getMessage()));
        }
        return decode(bytes, shownAs);
    }

    public static String decode(byte[] bytes, Path shownAs) {
        // The lenient decoder is the fast one; it marks each malformed sequence with U+FFFD, so a text without that
        // character was valid, and one with it is decoded again by the strict decoder, which tells.
        String text = new String(bytes, StandardCharsets.UTF_8);
        try {
            if (text.indexOf('\uFFFD') >= 0) {
                text = StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes)).toString();
            }
        } catch (CharacterCodingException e) {
            int bad = firstInvalidByte(bytes);
            String before = new String(bytes, 0, bad, StandardCharsets.UTF_8);
            int line = lineAt(before, before.length());
            throw BuildFailedException.of(Diagnostic.error(shownAs, line, String.format(Locale.ROOT,
                    "not valid UTF-8 (byte 0x%02X at offset %d); save the file as UTF-8", bytes[bad] & 0xff, bad)));
        }
        if (text.indexOf('\0') >= 0) {
            int line = lineAt(text, text.indexOf('\0'));
            throw BuildFailedException.of(Diagnostic.error(shownAs, line, "contains a NUL byte; this looks like a binary file"));
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        text = text.replace("\r\n", "\n").replace('\r', '\n');
        int control = firstControl(text);
        if (control >= 0) {
            int lineStart = text.lastIndexOf('\n', control) + 1;
            int line = (int) text.substring(0, control).chars().filter(c -> c == '\n').count() + 1;
            int column = text.codePointCount(lineStart, control) + 1;
            throw BuildFailedException.of(new Diagnostic(shownAs, line, column, Diagnostic.Severity.ERROR, String.format(
                    "contains the invisible control character U+%04X, which pages and feeds cannot carry; delete it",
                    (int) text.charAt(control))));
        }
        return text;
    }

    /** The first character XML 1.0 forbids (C0 controls other than tab and line feed, U+FFFE, U+FFFF), or -1. */
    static int firstControl(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n') || c == '\uFFFE' || c == '\uFFFF') {
                return i;
            }
        }
        return -1;
    }

    /** The 1-based line of {@code end} in {@code text}, counting LF, CRLF and a lone CR as one line break each. */
    private static int lineAt(String text, int end) {
        int line = 1;
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                line++;
            }
        }
        return line;
    }

    private static int firstInvalidByte(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        decoder.decode(in, out, true);
        return Math.min(in.position(), bytes.length - 1);
    }
}
