package org.warraq.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceTextTest {

    private static final Path SHOWN = Path.of("content/2024/بيان.md");

    @TempDir
    Path dir;

    private static byte[] bytes(Object... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Object part : parts) {
            byte[] b = part instanceof String s ? s.getBytes(StandardCharsets.UTF_8) : (byte[]) part;
            out.writeBytes(b);
        }
        return out.toByteArray();
    }

    private static Diagnostic failure(byte[] bytes) {
        BuildFailedException e = assertThrows(BuildFailedException.class, () -> SourceText.decode(bytes, SHOWN));
        assertEquals(1, e.diagnostics().size());
        Diagnostic d = e.diagnostics().get(0);
        assertTrue(d.isError());
        assertEquals(SHOWN, d.file());
        return d;
    }

    @Test
    void readsArabicAsItIs() throws IOException {
        Path file = dir.resolve("a.md");
        Files.writeString(file, "صدر البيان الختامي للقمة.\n");
        assertEquals("صدر البيان الختامي للقمة.\n", SourceText.read(file, SHOWN));
    }

    @Test
    void stripsTheByteOrderMark() {
        String text = SourceText.decode(bytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "---\ntitle: بيان\n---\n"), SHOWN);
        assertEquals("---\ntitle: بيان\n---\n", text);
        assertEquals("بيان", FrontMatter.split(text, SHOWN).fields().get("title").text());
    }

    @Test
    void turnsWindowsAndOldMacLineEndsIntoNewlines() {
        assertEquals("سطر أول\nسطر ثان\n\nسطر رابع\n", SourceText.decode(bytes("سطر أول\r\nسطر ثان\r\n\r\nسطر رابع\r\n"), SHOWN));
        assertEquals("سطر أول\nسطر ثان\n\nسطر رابع", SourceText.decode(bytes("سطر أول\rسطر ثان\r\rسطر رابع"), SHOWN));
        assertEquals("أ\nب\nج\n", SourceText.decode(bytes("أ\r\nب\rج\n"), SHOWN));
    }

    @Test
    void aFileSavedAsWindows1256IsRefusedWithItsLine() {
        byte[] legacy = "مصر".getBytes(Charset.forName("windows-1256"));
        Diagnostic d = failure(bytes("---\ntitle: خبر\n", legacy, "\n---\n"));
        assertEquals(3, d.line());
        assertTrue(d.message().contains("not valid UTF-8"), d.message());
        assertTrue(d.message().contains(String.format("0x%02X", legacy[0] & 0xff)), d.message());
        assertTrue(d.message().contains("save the file as UTF-8"), d.message());
    }

    @Test
    void invalidBytesAreLocatedInCrlfFiles() {
        assertEquals(2, failure(bytes("أول\r\n", new byte[] {(byte) 0xFF}, "\r\n")).line());
    }

    @Test
    void invalidBytesAreLocatedInCarriageReturnFiles() {
        assertEquals(3, failure(bytes("أول\rثان\r", new byte[] {(byte) 0xC0, (byte) 0x80}, "\r")).line());
    }

    @Test
    void aReplacementCharacterWrittenInTheFileIsText() {
        assertEquals("نص \uFFFD منسوخ\n", SourceText.decode(bytes("نص \uFFFD منسوخ\n"), SHOWN));
    }

    /** Sequences the lenient decoder would replace with U+FFFD, in a text that has none: each must be refused. */
    @Test
    void anEncodedSurrogateOrAnOverlongFormIsInvalid() {
        assertEquals(2, failure(bytes("نص\n", new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, "\n")).line());
        assertEquals(1, failure(bytes("a", new byte[] {(byte) 0xC0, (byte) 0xAF})).line());
        assertEquals(1, failure(bytes("\uFFFD", new byte[] {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80})).line());
    }

    @Test
    void aTruncatedSequenceAtTheEndIsInvalid() {
        byte[] alef = "ا".getBytes(StandardCharsets.UTF_8);
        Diagnostic d = failure(bytes("نص\n", new byte[] {alef[0]}));
        assertEquals(2, d.line());
        assertTrue(d.message().contains("offset " + "نص\n".getBytes(StandardCharsets.UTF_8).length), d.message());
    }

    @Test
    void aNulByteIsRefusedWithItsLine() {
        Diagnostic d = failure(bytes("أ\nب\nج", new byte[] {0}, "د\n"));
        assertEquals(3, d.line());
        assertTrue(d.message().contains("NUL"), d.message());
    }

    @Test
    void aNulByteIsLocatedInCarriageReturnFiles() {
        assertEquals(2, failure(bytes("أ\rب", new byte[] {0})).line());
    }

    @Test
    void filesOverTheLimitAreRefusedBeforeReading() throws IOException {
        Path big = dir.resolve("big.md");
        try (RandomAccessFile raf = new RandomAccessFile(big.toFile(), "rw")) {
            raf.setLength(SourceText.MAX_BYTES + 1);
        }
        BuildFailedException e = assertThrows(BuildFailedException.class, () -> SourceText.read(big, SHOWN));
        String message = e.diagnostics().get(0).message();
        assertTrue(message.contains("limited to 8 MB"), message);
        assertFalse(message.contains("NUL"), message);
    }

    @Test
    void aFileExactlyAtTheLimitIsRead() throws IOException {
        Path file = dir.resolve("edge.md");
        byte[] content = new byte[(int) SourceText.MAX_BYTES];
        java.util.Arrays.fill(content, (byte) 'a');
        Files.write(file, content);
        assertEquals(SourceText.MAX_BYTES, SourceText.read(file, SHOWN).length());
    }

    @Test
    void aMissingFileIsAnError() {
        BuildFailedException e = assertThrows(BuildFailedException.class, () -> SourceText.read(dir.resolve("missing.md"), SHOWN));
        assertTrue(e.diagnostics().get(0).message().startsWith("cannot read file"), e.getMessage());
        assertEquals(SHOWN, e.diagnostics().get(0).file());
    }
}
