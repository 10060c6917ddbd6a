package org.warraq.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/** A posting's score worked out again is, bit for bit, what Lucene's BM25 scorer gives. */
class PostingScoresTest {

    @Test
    void everyNormAndFrequencyScoresAsLuceneDoesInEverySubField() throws Exception {
        Corpus corpus = new Corpus();
        Random random = new Random(7);
        String[] words = {"الطاقة", "المياه", "القاهرة", "الاستثمار", "الموانئ", "التضخم", "الانتخابات", "المناخ"};
        for (int i = 0; i < 60; i++) {
            StringBuilder body = new StringBuilder();
            for (int w = 0; w < 20 + random.nextInt(400); w++) {
                body.append(words[random.nextInt(words.length)]).append(' ');
            }
            corpus.add(i, words[i % words.length] + " " + words[(i + 3) % words.length], body.toString());
        }
        BM25Similarity bm25 = new StableBM25();
        int compared = 0;
        try (SearchIndex index = SearchIndex.build(corpus.articles(), 0)) {
            PostingScores scores = new PostingScores();
            for (int id = 0; id < SearchFields.COUNT; id++) {
                String name = SearchFields.name(id);
                CollectionStatistics stats = index.searcher().collectionStatistics(name);
                Terms terms = index.leaf().terms(name);
                if (stats == null || terms == null) {
                    continue;
                }
                scores.field(id, stats);
                TermsEnum te = terms.iterator();
                for (BytesRef bytes = te.next(); bytes != null; bytes = te.next()) {
                    TermStatistics termStats = new TermStatistics(bytes, te.docFreq(), te.totalTermFreq());
                    Similarity.SimScorer lucene = bm25.scorer(SearchFields.boost(id), stats, termStats);
                    float idf = bm25.idfExplain(stats, termStats).getValue().floatValue();
                    for (int norm = 0; norm < 256; norm++) {
                        for (int freq = 1; freq <= 64; freq += 1 + freq / 8) {
                            assertEquals(Float.floatToIntBits(lucene.score(freq, norm)),
                                    Float.floatToIntBits(scores.score(id, idf, freq, norm)),
                                    name + " «" + bytes.utf8ToString() + "» freq " + freq + " norm " + norm);
                            compared++;
                        }
                    }
                }
            }
        }
        assertTrue(compared > 100_000, "compared " + compared);
    }
}
