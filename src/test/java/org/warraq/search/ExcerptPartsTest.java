package org.warraq.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.junit.jupiter.api.Test;
import org.warraq.search.analysis.AnalyzedText;
import org.warraq.search.analysis.TermKind;

/** Excerpt parts are chosen from a body's tokens as it is indexed, with the positions the index gives them. */
class ExcerptPartsTest {

    private static final String[] WORDS = {"الحكومة", "أعلنت", "في", "القاهرة", "عن", "خطة", "جديدة", "للطاقة",
        "والمياه", "من", "2025", "إلى", "المدن", "التي", "تعاني", "نقصا", "Reuters", "و", "الاستثمار", "بنسبة"};

    private static String body(int words, long seed) {
        Random random = new Random(seed);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < words; i++) {
            out.append(i == 0 ? "" : i % 17 == 0 ? ".\n" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return out.toString();
    }

    private static List<int[]> stemTokens(String text) {
        List<int[]> tokens = new ArrayList<>();
        AnalyzedText.of(text).forEach(TermKind.STEM, (position, start, end) -> tokens.add(new int[] {position, start, end}));
        return tokens;
    }

    @Test
    void thePositionsOfAnalysisAreThePositionsTheIndexKeeps() throws Exception {
        Corpus corpus = new Corpus();
        for (int i = 0; i < 6; i++) {
            corpus.add(i, "عنوان " + i, body(200 + 150 * i, i));
        }
        try (SearchIndex index = SearchIndex.build(corpus.articles(), 0)) {
            List<TreeSet<Integer>> indexed = new ArrayList<>();
            index.articles().forEach(a -> indexed.add(new TreeSet<>()));
            Terms terms = index.leaf().terms(SearchFields.name(SearchFields.BODY_STEM));
            TermsEnum te = terms.iterator();
            PostingsEnum postings = null;
            while (te.next() != null) {
                postings = te.postings(postings, PostingsEnum.POSITIONS);
                for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                    for (int p = 0; p < postings.freq(); p++) {
                        indexed.get(doc).add(postings.nextPosition());
                    }
                }
            }
            for (int doc = 0; doc < index.size(); doc++) {
                TreeSet<Integer> analysed = new TreeSet<>();
                stemTokens(index.articles().get(doc).body().text()).forEach(t -> analysed.add(t[0]));
                assertEquals(indexed.get(doc), analysed, "document " + doc);
            }
        }
    }

    @Test
    void aShortBodyIsOnePartAndALongerOneIsCutEveryPartTokensAtAWordStart() {
        String shortBody = body(100, 1);
        assertEquals(0, ExcerptParts.of(AnalyzedText.of(shortBody)).positions().length);

        String text = body(700, 2);
        ExcerptParts.Cuts cuts = ExcerptParts.of(AnalyzedText.of(text));
        List<int[]> tokens = stemTokens(text);
        assertTrue(cuts.positions().length >= 3, "700 words make several parts");
        int previous = 0;
        for (int i = 0; i < cuts.positions().length; i++) {
            int position = cuts.positions()[i];
            assertTrue(position - previous >= ExcerptParts.PART_TOKENS, "part " + i + " has " + (position - previous) + " positions");
            int[] token = tokens.stream().filter(t -> t[0] == position).findFirst().orElseThrow();
            assertEquals(token[1], cuts.offsets()[i], "a part starts where its first token does");
            assertTrue(Character.isWhitespace(text.charAt(cuts.offsets()[i] - 1)) || text.charAt(cuts.offsets()[i] - 1) == '.',
                    "a part starts at a word, not inside one");
            previous = position;
        }
    }

    @Test
    void aVeryLongBodyHasAtMostMaxPartsOfEqualLength() {
        String text = body(6_000, 3);
        ExcerptParts.Cuts cuts = ExcerptParts.of(AnalyzedText.of(text));
        assertEquals(ExcerptParts.MAX_PARTS - 1, cuts.positions().length);
        List<int[]> tokens = stemTokens(text);
        int length = tokens.get(tokens.size() - 1)[0] + 1;
        int size = (length + ExcerptParts.MAX_PARTS - 1) / ExcerptParts.MAX_PARTS;
        assertTrue(cuts.positions()[0] >= size && cuts.positions()[0] < size + 8, "first cut near " + size + ": " + cuts.positions()[0]);
    }

    @Test
    void aTermsPositionsSayWhichPartsItIsIn() {
        String text = body(700, 4);
        ExcerptParts.Cuts cuts = ExcerptParts.of(AnalyzedText.of(text));
        ExcerptParts parts = new ExcerptParts(new ExcerptParts.Cuts[] {cuts});
        int[] at = cuts.positions();
        assertEquals(1, parts.mask(0, new int[] {0, at[0] - 1}));
        assertEquals(0b10, parts.mask(0, new int[] {at[0]}));
        assertEquals(0b101, parts.mask(0, new int[] {3, at[1] + 1}));
        assertEquals(1 << at.length, parts.mask(0, new int[] {at[at.length - 1] + 2}));
        assertArrayEquals(new int[0], ExcerptParts.Cuts.NONE.positions());
    }
}
