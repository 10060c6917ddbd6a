package org.warraq.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.warraq.search.SearchIndex;
import org.warraq.site.SiteArticle;

/**
 * Related articles over an index read where its runs are, several segments with each term's states kept for all the
 * searches, are those of the same articles merged into one segment: the same articles, queries and scores.
 */
class RelatedArticlesTest {

    @Test
    void theRunsReadWhereTheyAreFindWhatTheMergedIndexFinds() throws Exception {
        List<SiteArticle> articles = Corpora.random(new Random(9), 300, 1100, 4, 12, 60, List.of());
        SearchIndex.Runs runs = new SearchIndex.Runs();
        SearchIndex.build(articles, 0, runs).close();
        try (SearchIndex kept = SearchIndex.build(articles, 0, runs); SearchIndex merged = SearchIndex.build(articles, 0)) {
            assertTrue(kept.reader().leaves().size() > 1, "the runs taken back are read where they are");
            assertEquals(1, merged.reader().leaves().size());
            RelatedArticles inRuns = new RelatedArticles(kept, new DocFreqs(kept.leaf()));
            RelatedArticles inOne = new RelatedArticles(merged, new DocFreqs(merged.leaf()));
            int found = 0;
            // Twice over: the second pass finds every term's states kept by the first.
            for (int pass = 0; pass < 2; pass++) {
                for (int doc = 0; doc < articles.size(); doc += 7) {
                    RelatedArticles.Found expected = inOne.of(doc, ArticleText.of(merged.articles().get(doc), merged.words(doc)));
                    RelatedArticles.Found actual = inRuns.of(doc, ArticleText.of(kept.articles().get(doc), kept.words(doc)));
                    assertEquals(expected, actual, "article " + doc);
                    found += expected.docs().size();
                    for (int other : expected.docs()) {
                        assertEquals(inOne.score(expected.query(), other), inRuns.score(actual.query(), other), "article " + doc);
                    }
                }
            }
            assertTrue(found > 500, "most articles have related ones: " + found);
        }
    }
}
