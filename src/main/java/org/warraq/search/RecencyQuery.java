package org.warraq.search;

import java.io.IOException;
import java.util.Objects;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.FilterScorer;
import org.apache.lucene.search.FilterWeight;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;

/**
 * Multiplies a query's score by the article's recency factor (docs/search.md §3): {@code (float) (score ×
 * factor)}, the factor the index worked out for the document ({@link SearchIndex#factor}). The factors stay out of the
 * Lucene index, so that a new newest article, which moves them all, leaves the kept runs of articles as they are.
 * Lucene's core has no function query, and this one line of arithmetic is what the browser engine repeats.
 */
final class RecencyQuery extends Query {

    private final Query in;
    private final double maxFactor;
    private final java.util.function.IntToDoubleFunction factors;

    /** @param factors each document's factor, by its number in the whole index */
    RecencyQuery(Query in, double maxFactor, java.util.function.IntToDoubleFunction factors) {
        this.in = in;
        this.maxFactor = maxFactor;
        this.factors = factors;
    }

    @Override
    public Query rewrite(IndexSearcher searcher) throws IOException {
        Query rewritten = in.rewrite(searcher);
        return rewritten == in ? this : new RecencyQuery(rewritten, maxFactor, factors);
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
        Weight weight = in.createWeight(searcher, scoreMode, boost);
        return new FilterWeight(this, weight) {
            @Override
            public Scorer scorer(LeafReaderContext context) throws IOException {
                Scorer scorer = in.scorer(context);
                if (scorer == null) {
                    return null;
                }
                int base = context.docBase;
                return new FilterScorer(scorer) {
                    @Override
                    public float score() throws IOException {
                        return (float) (in.score() * factors.applyAsDouble(base + docID()));
                    }

                    @Override
                    public float getMaxScore(int upTo) throws IOException {
                        return Math.nextUp((float) (in.getMaxScore(upTo) * maxFactor));
                    }
                };
            }

            @Override
            public Explanation explain(LeafReaderContext context, int doc) throws IOException {
                Explanation inner = in.explain(context, doc);
                if (!inner.isMatch()) {
                    return inner;
                }
                double f = factors.applyAsDouble(context.docBase + doc);
                return Explanation.match((float) (inner.getValue().floatValue() * f), "score × recency factor " + f, inner);
            }
        };
    }

    @Override
    public void visit(QueryVisitor visitor) {
        in.visit(visitor.getSubVisitor(BooleanClause.Occur.MUST, this));
    }

    @Override
    public String toString(String field) {
        return "recency(" + in.toString(field) + ")";
    }

    @Override
    public boolean equals(Object obj) {
        return sameClassAs(obj) && in.equals(((RecencyQuery) obj).in) && maxFactor == ((RecencyQuery) obj).maxFactor
                && factors == ((RecencyQuery) obj).factors;
    }

    @Override
    public int hashCode() {
        return Objects.hash(classHash(), in, maxFactor);
    }
}
