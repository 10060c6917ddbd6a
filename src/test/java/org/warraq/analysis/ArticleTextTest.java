package org.warraq.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;
import org.warraq.search.analysis.AnalyzedToken;
import org.warraq.search.analysis.TermKind;
import org.warraq.search.analysis.WarraqAnalyzer;

/**
 * The stems of a text analysed once ({@link ArticleText}, what related articles hand to MoreLikeThis) are the
 * terms the index's stem sub-fields get from their own analyser, one for one, on the sample site's files and
 * on text made to trip the analysis up.
 */
class ArticleTextTest {

    static final List<String> EDGES = List.of(
            "",
            "في من إلى على عن",
            "ﺍﻟﺴﻼﻡ عليكم ﷲ",
            "اَلْعَرَبِيَّةُ الـــعربية والمعلمون بالمدارس",
            "سعر البرميل 85.5 دولار و٣٬٢ مليون في 2025-03-14",
            "OpenAI و GPT-4 وNASA والـ«يونسكو» e-mail@example.org https://example.org/path",
            "ا".repeat(300) + " كلمة",
            "لبنان لبن مصر المصريون المصريين القاهرة");

    static List<String> stemField(String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = WarraqAnalyzer.forKind(TermKind.STEM).tokenStream("body.stem", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    static List<String> stems(String text) {
        return WarraqAnalyzer.tokens(text).stream().map(AnalyzedToken::stem).toList();
    }

    @Test
    void stemsAreTheStemFieldsTerms() throws IOException {
        List<String> texts = new ArrayList<>(EDGES);
        try (Stream<Path> files = Files.walk(Path.of("content"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".md") || p.toString().endsWith(".txt")).toList()) {
                texts.add(Files.readString(f));
            }
        }
        int compared = 0;
        for (String text : texts) {
            List<String> expected = stemField(text);
            assertEquals(expected, stems(text), text.length() > 60 ? text.substring(0, 60) : text);
            compared += expected.size();
        }
        assertTrue(compared > 3000, "compared " + compared + " stems");
    }
}
