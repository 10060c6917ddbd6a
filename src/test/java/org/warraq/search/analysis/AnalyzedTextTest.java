package org.warraq.search.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

/**
 * One analysis replayed per sub-field gives, token for token and at the end, what each sub-field's own
 * analyzer gives: terms, position increments (stop-word gaps and the other kinds' positions included),
 * offsets, final offset and final increment, on every text of the sample site and on edge cases.
 */
class AnalyzedTextTest {

    static final List<String> EDGES = List.of("", " ", "في", "في من على", "المدارس في الأرياف", "بمدارسهم في",
            "في بمدارسهم", "ﻻ ﺍﻟﻤﺪﺭﺳﺔ", "S-400 و +3.5% في 2025–2026", "وَالمَدْرَسَةُ ـــ بالمدرسة!", "a b c", "١٢٣ ٤٥٦ في",
            "مدرستها ومدارسهن وبالمدرسة", "https://example.org/مقال في");

    @Test
    void theReplayOfEachKindIsThatKindsAnalyzer() throws IOException {
        List<String> texts = new ArrayList<>(EDGES);
        try (Stream<Path> files = Files.walk(Path.of("content"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".md") || p.toString().endsWith(".txt")).sorted().toList()) {
                texts.add(Files.readString(f, StandardCharsets.UTF_8));
            }
        }
        int compared = 0;
        for (String text : texts) {
            AnalyzedText once = AnalyzedText.of(text);
            for (TermKind kind : TermKind.values()) {
                List<String> expected = dump(WarraqAnalyzer.forKind(kind).tokenStream("f", text));
                assertEquals(expected, dump(once.stream(kind)), kind + " of «" + text.substring(0, Math.min(40, text.length())) + "»");
                compared += expected.size();
            }
        }
        assertTrue(compared > 15_000, compared + " tokens compared");
    }

    private static List<String> dump(TokenStream stream) throws IOException {
        List<String> out = new ArrayList<>();
        try (stream) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                out.add(term + " +" + increment.getPositionIncrement() + " " + offset.startOffset() + "-" + offset.endOffset());
            }
            stream.end();
            out.add("end +" + increment.getPositionIncrement() + " " + offset.endOffset());
        }
        return out;
    }
}
