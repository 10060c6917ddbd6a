package org.warraq.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/** Document frequencies read through {@link DocFreqs} are the index's own, and nothing else can be read through it. */
class DocFreqsTest {

    @Test
    void answersAsTheIndexDoes() throws IOException {
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
            try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(new WhitespaceAnalyzer()))) {
                for (String text : List.of("نفط قمح نفط", "قمح ذهب", "نفط", "")) {
                    Document doc = new Document();
                    doc.add(new TextField("body", text, Field.Store.NO));
                    writer.addDocument(doc);
                }
                writer.forceMerge(1);
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                LeafReader leaf = reader.leaves().get(0).reader();
                DocFreqs docFreqs = new DocFreqs(leaf);
                for (String word : List.of("نفط", "قمح", "ذهب", "فضة")) {
                    assertEquals(leaf.docFreq(new Term("body", word)), docFreqs.docFreq(new Term("body", word)), word);
                }
                assertEquals(2, docFreqs.docFreq(new Term("body", "نفط")));
                assertEquals(0, docFreqs.docFreq(new Term("body", "فضة")));
                assertEquals(4, docFreqs.numDocs());
                assertNull(docFreqs.terms("title"));
                assertThrows(UnsupportedOperationException.class, () -> docFreqs.terms("body").iterator().next());
            }
        }
    }
}
