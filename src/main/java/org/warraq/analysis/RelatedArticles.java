package org.warraq.analysis;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.warraq.search.SearchFields;
import org.warraq.search.SearchIndex;
import org.warraq.search.analysis.AnalyzedToken;
import org.warraq.search.analysis.TermKind;

/**
 * Related coverage: for each article, the articles most like it, found by Lucene's {@link MoreLikeThis} in the
 * search index's stem sub-fields (the most distinctive terms of each field, weighted as search weighs the fields,
 * so the headline counts most). Terms used by more than a fifth of the archive (at most {@value #MAX_DOC_FREQ}
 * articles) are not asked about: they say little about a topic, and the cap keeps each query's cost flat as the
 * archive grows. One shared term is not enough: stems collide (لبنان and لبن are both لبن), so a related article
 * must match {@value #MIN_SHARED_TERMS} of the query's terms.
 */
final class RelatedArticles {

    static final int LIMIT = 5;
    static final int MAX_DOC_FREQ = 256;
    /** A related article shares at least this many of the query's terms (a word of the headline and the body counts twice). */
    static final int MIN_SHARED_TERMS = 2;
    private static final int MIN_DOC_FREQ_CAP = 10;
    private static final float[] FIELD_BOOSTS = {3.0f, 2.0f, 1.5f, 1.0f};
    private static final int[] MAX_QUERY_TERMS = {10, 10, 15, 25};
    private static final int BODY = ArticleText.BODY;

    private final SearchIndex index;
    private final DocFreqs docFreqs;

    RelatedArticles(SearchIndex index, DocFreqs docFreqs) {
        this.index = index;
        this.docFreqs = docFreqs;
    }

    /** The cap on a query term's document frequency for an archive of {@code documents} articles. */
    static int maxDocFreq(int documents) {
        return Math.min(MAX_DOC_FREQ, Math.max(MIN_DOC_FREQ_CAP, documents / 5));
    }

    /**
     * Document ids of the articles most like document {@code doc}, best first (ties: newer, then by path), from
     * its text already analysed.
     */
    List<Integer> of(int doc, ArticleText text) {
        try {
            Query query = query(text);
            List<ScoreDoc> hits = new ArrayList<>();
            for (ScoreDoc hit : index.searcher().search(query, LIMIT + 1).scoreDocs) {
                if (hit.doc != doc) {
                    hits.add(hit);
                }
            }
            hits.sort(Comparator.comparingDouble((ScoreDoc h) -> -h.score).thenComparingInt(h -> h.doc));
            return hits.stream().limit(LIMIT).map(h -> h.doc).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Query query(ArticleText text) throws IOException {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (int field = 0; field < FIELD_BOOSTS.length; field++) {
            List<ArticleText.Segment> segments = text.of(field);
            if (segments.isEmpty()) {
                continue;
            }
            MoreLikeThis mlt = new MoreLikeThis(docFreqs);
            mlt.setAnalyzer(STEMS);
            mlt.setMinTermFreq(field == BODY ? 2 : 1);
            mlt.setMinDocFreq(2);
            mlt.setMaxDocFreq(maxDocFreq(index.size()));
            mlt.setMaxQueryTerms(MAX_QUERY_TERMS[field]);
            mlt.setBoost(true);
            String name = SearchFields.name(SearchFields.id(field, TermKind.STEM));
            Reader[] readers = segments.stream().map(Stems::new).toArray(Reader[]::new);
            for (BooleanClause term : ((BooleanQuery) mlt.like(name, readers)).clauses()) {
                all.add(new BoostQuery(term.getQuery(), FIELD_BOOSTS[field]), BooleanClause.Occur.SHOULD);
            }
        }
        return all.setMinimumNumberShouldMatch(MIN_SHARED_TERMS).build();
    }

    /** A segment's stems, handed to MoreLikeThis in place of its text: the text was analysed once, in {@link ArticleText}. */
    private static final class Stems extends Reader {
        final List<String> stems;

        Stems(ArticleText.Segment segment) {
            this.stems = segment.tokens().stream().map(AnalyzedToken::stem).toList();
        }

        @Override
        public int read(char[] buffer, int offset, int length) {
            return -1;
        }

        @Override
        public void close() {
        }
    }

    /** What the stem sub-fields' analyser emits for a text, replayed from its {@link Stems} (ArticleTextTest compares the two). */
    private static final Analyzer STEMS = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            return new TokenStreamComponents(new Tokenizer() {
                private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
                private Iterator<String> next;

                @Override
                public void reset() throws IOException {
                    super.reset();
                    next = ((Stems) input).stems.iterator();
                }

                @Override
                public boolean incrementToken() {
                    clearAttributes();
                    if (!next.hasNext()) {
                        return false;
                    }
                    term.setEmpty().append(next.next());
                    return true;
                }
            });
        }
    };
}
