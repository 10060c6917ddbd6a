package org.warraq.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LogDocMergePolicy;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/** An index's segments read as one give what the same index merged into one segment gives, for all the index has. */
class CompositeLeafTest {

    private static final String[] WORDS = {"سوق", "نفط", "مصرف", "سعر", "دولار", "ميناء", "قمح", "ذهب", "عملة", "تضخم", "ديون", "سند"};
    private static final List<String> FIELDS = List.of("body", "title", "tag");

    @Test
    void segmentsReadAsOneGiveTheMergedIndex() throws IOException {
        try (Directory segmented = index(7, false); Directory merged = index(7, true);
             DirectoryReader many = DirectoryReader.open(segmented); DirectoryReader one = DirectoryReader.open(merged)) {
            assertEquals(7, many.leaves().size(), "one segment a batch");
            assertEquals(1, one.leaves().size());
            LeafReader composite = CompositeLeaf.of(many);
            LeafReader single = CompositeLeaf.of(one);
            assertSame(one.leaves().get(0).reader(), single, "a single segment is read as it is");
            assertEquals(single.maxDoc(), composite.maxDoc());
            assertEquals(single.numDocs(), composite.numDocs());
            assertNull(composite.getLiveDocs());
            for (String field : FIELDS) {
                assertSameTerms(single.terms(field), composite.terms(field), field);
                assertSameNorms(single.getNormValues(field), composite.getNormValues(field), field);
                assertEquals(single.getFieldInfos().fieldInfo(field).getIndexOptions(),
                        composite.getFieldInfos().fieldInfo(field).getIndexOptions(), field);
            }
            assertNull(composite.terms("absent"));
            composite.checkIntegrity();
        }
    }

    @Test
    void aCursorSoughtAgainAndAgainFindsWhatTheMergedIndexFinds() throws IOException {
        try (Directory segmented = index(5, false); Directory merged = index(5, true);
             DirectoryReader many = DirectoryReader.open(segmented); DirectoryReader one = DirectoryReader.open(merged)) {
            TermsEnum a = CompositeLeaf.of(one).terms("body").iterator();
            TermsEnum b = CompositeLeaf.of(many).terms("body").iterator();
            Random random = new Random(11);
            PostingsEnum pa = null;
            PostingsEnum pb = null;
            int found = 0;
            for (int i = 0; i < 400; i++) {
                // Words in any order, words no article has, and a step with next() between seeks, as the export's cursors go.
                String word = random.nextInt(4) == 0 ? "غائب" + random.nextInt(50) : WORDS[random.nextInt(WORDS.length)] + random.nextInt(3);
                BytesRef term = new BytesRef(word);
                boolean inA = a.seekExact(term);
                assertEquals(inA, b.seekExact(term), word);
                if (inA) {
                    found++;
                    assertEquals(a.docFreq(), b.docFreq(), word);
                    pa = a.postings(pa, PostingsEnum.POSITIONS);
                    pb = b.postings(pb, PostingsEnum.POSITIONS);
                    assertSamePostings(pa, pb, word);
                    if (random.nextBoolean()) {
                        assertEquals(a.next(), b.next(), "after " + word);
                    }
                }
            }
            assertTrue(found > 100, "most sought words are there: " + found);
        }
    }

    @Test
    void anIndexWithoutDocumentsIsReadAsAnEmptyLeaf() throws IOException {
        try (Directory empty = new ByteBuffersDirectory()) {
            new IndexWriter(empty, new IndexWriterConfig(new WhitespaceAnalyzer())).close();
            try (DirectoryReader reader = DirectoryReader.open(empty)) {
                LeafReader leaf = CompositeLeaf.of(reader);
                assertEquals(0, leaf.maxDoc());
                assertNull(leaf.terms("body"));
                assertNull(leaf.getNormValues("body"));
            }
        }
    }

    /** 240 documents in {@code batches} segments, or merged into one; the same documents, in the same order, either way. */
    private static Directory index(int batches, boolean merge) throws IOException {
        Directory dir = new ByteBuffersDirectory();
        Random random = new Random(7);
        // A log policy merges only neighbouring segments, so the merged index keeps the documents' order.
        IndexWriterConfig config = new IndexWriterConfig(new WhitespaceAnalyzer())
                .setMergePolicy(merge ? new LogDocMergePolicy() : NoMergePolicy.INSTANCE);
        try (IndexWriter writer = new IndexWriter(dir, config)) {
            int docs = 240;
            for (int batch = 0; batch < batches; batch++) {
                for (int d = docs * batch / batches; d < docs * (batch + 1) / batches; d++) {
                    Document doc = new Document();
                    doc.add(new TextField("body", words(random, 5 + random.nextInt(60)), Field.Store.NO));
                    if (d % 3 != 0) {
                        doc.add(new TextField("title", words(random, 1 + random.nextInt(6)), Field.Store.NO));
                    }
                    doc.add(new StringField("tag", "وسم" + random.nextInt(9), Field.Store.NO));
                    writer.addDocument(doc);
                }
                writer.commit();
            }
            if (merge) {
                writer.forceMerge(1);
            }
        }
        return dir;
    }

    private static String words(Random random, int n) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(WORDS[random.nextInt(WORDS.length)] + random.nextInt(3));
        }
        return String.join(" ", out);
    }

    private static void assertSameTerms(Terms expected, Terms actual, String field) throws IOException {
        assertEquals(expected.getDocCount(), actual.getDocCount(), field);
        assertEquals(expected.getSumDocFreq(), actual.getSumDocFreq(), field);
        assertEquals(expected.getSumTotalTermFreq(), actual.getSumTotalTermFreq(), field);
        assertEquals(expected.hasPositions(), actual.hasPositions(), field);
        TermsEnum a = expected.iterator();
        TermsEnum b = actual.iterator();
        PostingsEnum pa = null;
        PostingsEnum pb = null;
        int terms = 0;
        for (BytesRef term = a.next(); term != null; term = a.next()) {
            assertEquals(term, b.next(), field);
            assertEquals(a.docFreq(), b.docFreq(), field + " " + term.utf8ToString());
            assertEquals(a.totalTermFreq(), b.totalTermFreq(), field + " " + term.utf8ToString());
            int flags = expected.hasPositions() ? PostingsEnum.POSITIONS : PostingsEnum.FREQS;
            pa = a.postings(pa, flags);
            pb = b.postings(pb, flags);
            assertSamePostings(pa, pb, field + " " + term.utf8ToString());
            terms++;
        }
        assertNull(b.next(), field);
        assertTrue(terms > 5, field + " has terms");
    }

    private static void assertSamePostings(PostingsEnum a, PostingsEnum b, String what) throws IOException {
        for (int doc = a.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = a.nextDoc()) {
            assertEquals(doc, b.nextDoc(), what);
            assertEquals(a.freq(), b.freq(), what + " in " + doc);
            for (int p = 0; p < a.freq(); p++) {
                assertEquals(a.nextPosition(), b.nextPosition(), what + " in " + doc);
            }
        }
        assertEquals(DocIdSetIterator.NO_MORE_DOCS, b.nextDoc(), what);
    }

    private static void assertSameNorms(NumericDocValues a, NumericDocValues b, String field) throws IOException {
        if (a == null) {
            assertNull(b, field + " has no norms");
            return;
        }
        int docs = 0;
        for (int doc = a.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = a.nextDoc()) {
            assertEquals(doc, b.nextDoc(), field);
            assertEquals(a.longValue(), b.longValue(), field + " norm of " + doc);
            docs++;
        }
        assertEquals(DocIdSetIterator.NO_MORE_DOCS, b.nextDoc(), field);
        assertTrue(docs > 0, field + " has norms");
    }
}
