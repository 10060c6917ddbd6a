package org.warraq.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TopDocs;

/**
 * Search with Lucene's own {@link IndexSearcher}: the reference the browser engine must equal (same
 * query, similarity, boosts and tie-breaks: score, then document id, which is date then path). Also the
 * way other build-time features query the articles.
 */
public final class LuceneSearch {

    /** @param byDate newest first instead of by score; offset and limit page through the matches */
    public record Options(int limit, int offset, boolean byDate, SearchQuery.Filters filters, boolean typing) {

        public static final Options DEFAULT = new Options(10, 0, false, SearchQuery.Filters.NONE, true);
    }

    public record Hit(int doc, float score) {
    }

    /** @param fallback true when no article had all the words and any word was enough */
    public record Result(int total, List<Hit> hits, boolean fallback) {
    }

    private final SearchIndex index;
    private final StemVocabulary vocabulary;

    public LuceneSearch(SearchIndex index) {
        this.index = index;
        this.vocabulary = StemVocabulary.of(index);
    }

    public Result search(String text, Options options) {
        ParsedQuery q = QueryParser.parse(text, options.typing());
        if (!q.positive() || index.size() == 0) {
            return new Result(0, List.of(), false);
        }
        List<String> expansions = q.prefix() < 0 ? List.of() : vocabulary.expansions(q.prefixStem());
        try {
            IndexSearcher searcher = index.searcher();
            Query query = withRecency(SearchQuery.build(q, expansions, options.filters(), false));
            boolean fallback = false;
            int total = searcher.count(query);
            if (total == 0 && q.words().size() > 1) {
                query = withRecency(SearchQuery.build(q, expansions, options.filters(), true));
                total = searcher.count(query);
                fallback = total > 0;
            }
            int n = options.offset() + options.limit();
            if (total == 0 || n <= options.offset()) {
                return new Result(total, List.of(), fallback);
            }
            TopDocs top = options.byDate()
                    ? searcher.search(query, n, Sort.INDEXORDER, true)
                    : searcher.search(query, n);
            List<Hit> hits = new ArrayList<>();
            for (int i = options.offset(); i < top.scoreDocs.length; i++) {
                ScoreDoc d = top.scoreDocs[i];
                hits.add(new Hit(d.doc, d.score));
            }
            return new Result(total, hits, fallback);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public StemVocabulary vocabulary() {
        return vocabulary;
    }

    private Query withRecency(Query query) {
        return index.recency() == 0 ? query : new RecencyQuery(query, 1 + index.recency(), index::factor);
    }
}
