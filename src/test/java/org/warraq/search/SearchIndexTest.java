package org.warraq.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/**
 * The index keeps positions exactly where they are read, and frequencies everywhere; an article's texts analysed again
 * give the terms the index has of it.
 */
class SearchIndexTest {

    @Test
    void anArticleAnalysedAgainGivesEveryTermTheIndexHasOfIt() throws Exception {
        Corpus corpus = new Corpus();
        corpus.add(0, "قمة الطاقة في القاهرة", "خطة للطاقة المتجددة", "اتفق الوزراء على خطة للطاقة المتجددة في المدارس والمستشفيات",
                "news", List.of("الطاقة المتجددة", "مصر"), "writer");
        corpus.add(1, "Apple تطلق iPhone 16 في دبي", "", "أعلنت الشركة (Apple) عن هاتفها الجديد بسعر ٣٩٩٩ درهماً في 2024، وقال مديرها: «إنه الأفضل».",
                "tech", List.of(), "writer");
        corpus.add(2, "بلا نص", "", "", "news", List.of("وسم"), "writer");
        try (SearchIndex index = SearchIndex.build(corpus.articles(), 0)) {
            for (int doc = 0; doc < index.size(); doc++) {
                List<Set<String>> analysed = index.terms(doc);
                for (int id = 0; id < SearchFields.COUNT; id++) {
                    Set<String> indexed = new TreeSet<>();
                    Terms terms = index.leaf().terms(SearchFields.name(id));
                    if (terms != null) {
                        TermsEnum te = terms.iterator();
                        for (BytesRef term = te.next(); term != null; term = te.next()) {
                            PostingsEnum postings = te.postings(null, PostingsEnum.NONE);
                            if (postings.advance(doc) == doc) {
                                indexed.add(term.utf8ToString());
                            }
                        }
                    }
                    assertEquals(indexed, new TreeSet<>(analysed.get(id)), "article " + doc + ", " + SearchFields.name(id));
                }
            }
            assertTrue(index.terms(0).get(SearchFields.BODY_STEM).size() > 5, "the body has stems");
            assertTrue(index.terms(1).get(SearchFields.BODY_STEM - 1).contains("apple"), index.terms(1).get(SearchFields.BODY_STEM - 1).toString());
        }
    }

    @Test
    void positionsAreKeptInTheStemSubFieldsAndBodyAltOnly() throws Exception {
        Corpus corpus = new Corpus();
        corpus.add(0, "قمة الطاقة في القاهرة", "خطة للطاقة المتجددة", "اتفق الوزراء على خطة للطاقة المتجددة في المدارس والمستشفيات",
                "news", List.of("الطاقة المتجددة"), "writer");
        try (SearchIndex index = SearchIndex.build(corpus.articles(), 0)) {
            for (int id = 0; id < SearchFields.COUNT; id++) {
                FieldInfo info = index.leaf().getFieldInfos().fieldInfo(SearchFields.name(id));
                boolean read = SearchFields.kind(id) == org.warraq.search.analysis.TermKind.STEM || id == SearchFields.BODY_ALT;
                assertEquals(read ? IndexOptions.DOCS_AND_FREQS_AND_POSITIONS : IndexOptions.DOCS_AND_FREQS,
                        info.getIndexOptions(), SearchFields.name(id));
            }
        }
    }
}
