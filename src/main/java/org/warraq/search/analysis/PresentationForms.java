package org.warraq.search.analysis;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.lucene.analysis.CharFilter;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;

/**
 * The presentation-form folding table of docs/search.md §1.1, derived from the JDK's NFKC at class
 * initialisation so that no hand-kept table can drift from Unicode.
 */
final class PresentationForms {

    private static final int[][] BLOCKS = {{0xFB50, 0xFDFF}, {0xFE70, 0xFEFF}};
    private static final char FIRST = (char) BLOCKS[0][0];
    private static final char LAST = (char) BLOCKS[1][1];

    /** Code point to its NFKC form, for every code point of the blocks that NFKC changes. */
    static final SortedMap<Integer, String> TABLE = table();

    static final NormalizeCharMap MAP = charMap();

    private PresentationForms() {
    }

    /**
     * The text with its presentation forms folded: through Lucene's MappingCharFilter (which keeps the
     * offsets right) when it has any, as it is otherwise. Text without them, nearly all text, skips the
     * filter's per-character lookups, and is unchanged by it anyway. A reader {@link #fold(String)} made
     * is already folded and passes as it is.
     */
    static Reader fold(Reader reader) {
        if (reader instanceof Folded) {
            return reader;
        }
        String text;
        try {
            StringBuilder out = new StringBuilder();
            char[] buffer = new char[4096];
            for (int n = reader.read(buffer); n >= 0; n = reader.read(buffer)) {
                out.append(buffer, 0, n);
            }
            text = out.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return folded(text);
    }

    /** As {@link #fold(Reader)} for a text at hand, which then need not be read out of a reader and copied. */
    static Reader fold(String text) {
        return new Folded(folded(text));
    }

    private static Reader folded(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= FIRST && c <= LAST && (c <= BLOCKS[0][1] || c >= BLOCKS[1][0])) {
                return new MappingCharFilter(MAP, new StringReader(text));
            }
        }
        return new StringReader(text);
    }

    /** A reader whose text is folded already; the folding filter's offsets are corrected through it. */
    private static final class Folded extends CharFilter {
        Folded(Reader in) {
            super(in);
        }

        @Override
        protected int correct(int offset) {
            return offset;
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            return input.read(buffer, offset, length);
        }
    }

    private static SortedMap<Integer, String> table() {
        SortedMap<Integer, String> table = new TreeMap<>();
        for (int[] block : BLOCKS) {
            for (int c = block[0]; c <= block[1]; c++) {
                String s = String.valueOf((char) c);
                String folded = Normalizer.normalize(s, Normalizer.Form.NFKC);
                if (!folded.equals(s)) {
                    table.put(c, folded);
                }
            }
        }
        return Collections.unmodifiableSortedMap(table);
    }

    private static NormalizeCharMap charMap() {
        NormalizeCharMap.Builder builder = new NormalizeCharMap.Builder();
        TABLE.forEach((c, folded) -> builder.add(String.valueOf((char) c.intValue()), folded));
        return builder.build();
    }
}
