package org.warraq.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;
import org.junit.jupiter.api.Test;

class OutputFileTest {

    /** A path-ordered list that counts how many of its files are looked at. */
    private static final class Counted extends AbstractList<OutputFile> implements RandomAccess {
        final int size;
        int reads;

        Counted(int size) {
            this.size = size;
        }

        @Override
        public OutputFile get(int index) {
            reads++;
            return OutputFile.of("search/e/%07d.js".formatted(index), new byte[0]);
        }

        @Override
        public int size() {
            return size;
        }
    }

    @Test
    void findsAPathOrWhereItWouldGo() {
        List<OutputFile> files = List.of(OutputFile.of("a.html", new byte[0]), OutputFile.of("b/index.html", new byte[0]),
                OutputFile.of("search/manifest.js", new byte[0]));
        assertEquals(1, OutputFile.indexIn(files, "b/index.html"));
        assertEquals(-1, OutputFile.indexIn(files, "0.html"));
        assertEquals(-3, OutputFile.indexIn(files, "index.html"));
        assertEquals(-4, OutputFile.indexIn(files, "tag/x/index.html"));
    }

    @Test
    void looksAtAboutLogNFilesOfALargeSite() {
        Counted files = new Counted(200_000);
        assertEquals(123_456, OutputFile.indexIn(files, "search/e/0123456.js"));
        assertTrue(files.reads <= 20, files.reads + " files looked at to find one of 200,000");
    }

    /** A file is taken from a path-ordered list only when its bytes digest as asked: found, other bytes, absent, no digest. */
    @Test
    void aFileWithADigestIsFoundOnlyWithThoseBytes() {
        byte[] text = "نص".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        OutputFile e = OutputFile.of("search/e/1-0.js", text);
        List<OutputFile> files = List.of(OutputFile.of("a.html", new byte[0]), e, OutputFile.copy("z.png", java.nio.file.Path.of("z.png")));
        assertSame(e, OutputFile.withDigest(files, "search/e/1-0.js", Digest.sha256(text)));
        assertNull(OutputFile.withDigest(files, "search/e/1-0.js", Digest.sha256(new byte[1])), "other bytes");
        assertNull(OutputFile.withDigest(files, "search/e/2-0.js", Digest.sha256(text)), "absent");
        assertNull(OutputFile.withDigest(files, "search/e/1-0.js", null), "no digest");
        assertNull(OutputFile.withDigest(files, "z.png", Digest.sha256(text)), "a copy has no bytes");
    }
}
