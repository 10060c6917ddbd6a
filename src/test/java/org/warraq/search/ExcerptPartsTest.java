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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.io.TempDir;
import org.warraq.markdown.RenderedBody;
import org.warraq.output.Digest;
import org.warraq.output.OutputFile;
import org.warraq.output.RecordedFile;
import org.warraq.site.SiteArticle;
import org.warraq.site.Urls;
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

    private static int mask(int[] cuts, int... positions) {
        return ExcerptParts.mask(cuts, positions, 0, positions.length);
    }

    @Test
    void aTermsPositionsSayWhichPartsItIsIn() {
        String text = body(700, 4);
        ExcerptParts.Cuts cuts = ExcerptParts.of(AnalyzedText.of(text));
        int[] at = cuts.positions();
        assertEquals(1, mask(at, 0, at[0] - 1));
        assertEquals(0b10, mask(at, at[0]));
        assertEquals(0b101, mask(at, 3, at[1] + 1));
        assertEquals(1 << at.length, mask(at, at[at.length - 1] + 2));
        assertArrayEquals(new int[0], ExcerptParts.Cuts.NONE.positions());
    }

    @TempDir
    Path tmp;

    private record Exported(Map<String, OutputFile> made, Map<String, RecordedFile> recorded, int count) {
    }

    private static Exported export(SearchIndex index, EntryStore store) {
        Map<String, OutputFile> made = new ConcurrentHashMap<>();
        Map<String, RecordedFile> recorded = new ConcurrentHashMap<>();
        IndexExporter exporter = exporter(index);
        exporter.export(f -> made.put(f.path(), f), store, r -> recorded.put(r.path(), r));
        return new Exported(made, recorded, exporter.excerptFiles());
    }

    private static IndexExporter exporter(SearchIndex index) {
        return new IndexExporter(index, new Urls("https://example.org/", false), IndexExporter.DEFAULT_CAP);
    }

    private static Map<String, OutputFile> fresh(SearchIndex index) {
        Map<String, OutputFile> fresh = new HashMap<>();
        for (OutputFile f : exporter(index).export()) {
            fresh.put(f.path(), f);
        }
        return fresh;
    }

    /**
     * With a store, an article's excerpt files are handed on as recorded files when the last export made them from what
     * it is now, each with the digest of the bytes it was made as and making those bytes again; an edited article's are
     * made, as an export without a store makes them; every other file is made as without a store.
     */
    @Test
    void recordedExcerptFilesAreTheFilesTheyWereMadeAsAndAnEditedArticlesAreMade() throws Exception {
        Corpus corpus = new Corpus();
        for (int i = 0; i < 8; i++) {
            corpus.add(i, "عنوان " + i, body(150 + 100 * i, i));
        }
        List<SiteArticle> articles = corpus.articles();
        EntryStore store = new EntryStore(tmp.resolve("entries"), "code-1");
        try (SearchIndex index = SearchIndex.build(articles, 0)) {
            Map<String, OutputFile> fresh = fresh(index);
            Exported made = export(index, store);
            assertEquals(0, made.recorded().size(), "nothing recorded yet: every file is made");
            assertEquals(fresh.keySet(), made.made().keySet());
            long excerpts = fresh.keySet().stream().filter(p -> p.startsWith("search/e/")).count();
            assertTrue(excerpts > articles.size(), "longer articles have several parts: " + excerpts);
            assertEquals(excerpts, made.count());

            Exported again = export(index, store);
            assertEquals(excerpts, again.recorded().size(), "every excerpt file is handed on recorded");
            assertEquals(excerpts, again.count());
            for (RecordedFile r : again.recorded().values()) {
                byte[] bytes = fresh.get(r.path()).bytes();
                assertArrayEquals(Digest.sha256(bytes), r.sha256(), r.path());
                assertArrayEquals(bytes, r.make().get(), r.path());
            }
            for (OutputFile f : again.made().values()) {
                assertArrayEquals(fresh.get(f.path()).bytes(), f.bytes(), f.path());
            }
            assertEquals(fresh.size(), again.made().size() + again.recorded().size());
            assertEquals(excerpts, export(index, store).recorded().size(), "recorded again for the next export");
            export(index, null);
            assertEquals(excerpts, export(index, store).recorded().size(), "an export without the store leaves it");
            assertEquals(0, export(index, new EntryStore(tmp.resolve("entries"), "code-2")).recorded().size(), "other code's records");
            assertEquals(0, export(index, store).recorded().size(), "the other code's export replaced them");
            assertEquals(excerpts, export(index, store).recorded().size());
        }

        List<SiteArticle> edited = new ArrayList<>(articles);
        SiteArticle a = articles.get(3);
        String text = a.body().text() + " وأضاف الوزير جملة.";
        edited.set(3, a.withBody(new RenderedBody("<p>" + text + "</p>", "<p>" + text + "</p>", text, List.of(), text)));
        try (SearchIndex index = SearchIndex.build(edited, 0)) {
            int doc = index.articles().indexOf(edited.get(3));
            Map<String, OutputFile> expected = fresh(index);
            Exported after = export(index, store);
            List<String> madeExcerpts = after.made().keySet().stream().filter(p -> p.startsWith("search/e/")).sorted().toList();
            assertTrue(!madeExcerpts.isEmpty() && madeExcerpts.stream().allMatch(p -> p.startsWith("search/e/" + doc + "-")), madeExcerpts.toString());
            assertEquals(expected.keySet().stream().filter(p -> p.startsWith("search/e/" + doc + "-")).count(), madeExcerpts.size());
            for (OutputFile f : after.made().values()) {
                assertArrayEquals(expected.get(f.path()).bytes(), f.bytes(), f.path());
            }
            for (RecordedFile r : after.recorded().values()) {
                assertArrayEquals(expected.get(r.path()).bytes(), r.make().get(), r.path());
            }
        }
        byte[] kept = Files.readAllBytes(tmp.resolve("entries-excerpts"));
        kept[kept.length / 2] ^= 1;
        Files.write(tmp.resolve("entries-excerpts"), kept);
        try (SearchIndex index = SearchIndex.build(edited, 0)) {
            assertEquals(0, export(index, store).recorded().size(), "a damaged store is not read");
        }
    }
}
