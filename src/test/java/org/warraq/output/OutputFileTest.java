package org.warraq.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
}
