package org.warraq.search.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.junit.jupiter.api.Test;

/** The token stream the index sees: kinds, position increments and offsets, in full and per sub-field. */
class ArabicMorphologyFilterTest {

    private static final String TEXT = "مدرستها في مدارس بمدارس";

    /** Each token as {@code type:term@position[start-end]}. */
    private static List<String> stream(Analyzer analyzer, String text) throws IOException {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("body", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            TypeAttribute type = stream.addAttribute(TypeAttribute.class);
            stream.reset();
            int position = -1;
            while (stream.incrementToken()) {
                position += increment.getPositionIncrement();
                tokens.add(type.type() + ":" + term + "@" + position + "[" + offset.startOffset() + "-" + offset.endOffset() + "]");
            }
            stream.end();
        }
        return tokens;
    }

    @Test
    void eachPositionCarriesItsSurfaceStemAndAlternatives() throws IOException {
        assertEquals(List.of(
                "exact:مدرستها@0[0-7]", "stem:مدرست@0[0-7]", "alt:مدرس@0[0-7]",
                "exact:مدارس@2[11-16]", "stem:مدارس@2[11-16]",
                "exact:بمدارس@3[17-23]", "stem:بمدارس@3[17-23]", "alt:مدارس@3[17-23]"),
                stream(new WarraqAnalyzer(), TEXT));
    }

    @Test
    void eachSubFieldAnalyzerKeepsOneKindAtTheFullChainsPositions() throws IOException {
        assertEquals(List.of("exact:مدرستها@0[0-7]", "exact:مدارس@2[11-16]", "exact:بمدارس@3[17-23]"),
                stream(WarraqAnalyzer.forKind("exact"), TEXT));
        assertEquals(List.of("stem:مدرست@0[0-7]", "stem:مدارس@2[11-16]", "stem:بمدارس@3[17-23]"),
                stream(WarraqAnalyzer.forKind(TermKind.STEM), TEXT), "a stem equal to its surface is still indexed");
        assertEquals(List.of("alt:مدرس@0[0-7]", "alt:مدارس@3[17-23]"), stream(WarraqAnalyzer.forKind("alt"), TEXT));
        assertEquals(List.of("alt:مدرست@1[4-12]", "alt:مدرس@1[4-12]", "alt:كتب@2[13-17]"),
                stream(WarraqAnalyzer.forKind("alt"), "بيت ومدرستهم لكتب"), "several alternatives share a position");
    }

    @Test
    void subFieldNamesAreExactStemAndAlt() {
        assertThrows(IllegalArgumentException.class, () -> WarraqAnalyzer.forKind("title"));
        assertEquals(List.of("exact", "stem", "alt"), List.of(TermKind.values()).stream().map(TermKind::type).toList());
    }

    @Test
    void queryTermNormalisationUsesTheCharacterSteps() {
        try (WarraqAnalyzer analyzer = new WarraqAnalyzer()) {
            assertEquals("الكتاب", analyzer.normalize("title", "ﺍلكِتَاب").utf8ToString());
            assertEquals("istanbul2024", analyzer.normalize("title", "İSTANBUL٢٠٢٤").utf8ToString());
        }
    }
}
