package org.warraq.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexOptions;
import org.junit.jupiter.api.Test;

/** The index keeps positions exactly where they are read, and frequencies everywhere. */
class SearchIndexTest {

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
