package org.warraq.search;

import java.io.IOException;
import java.util.Objects;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
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
 * factor)}, the factor read from the {@link SearchFields#RECENCY} doc value. Lucene's core has no function
 * query, and this one line of arithmetic is what the browser engine repeats.
 */
final class RecencyQuery extends Query {

    private final Query in;
    private final double maxFactor;

    RecencyQuery(Query in, double maxFactor) {
        this.in = in;
        this.maxFactor = maxFactor;
    }

    @Override
    public Query rewrite(IndexSearcher searcher) throws IOException {
        Query rewritten = in.rewrite(searcher);
        return rewritten == in ? this : new RecencyQuery(rewritten, maxFactor);
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
                NumericDocValues factors = DocValues.getNumeric(context.reader(), SearchFields.RECENCY);
                return new FilterScorer(scorer) {
                    @Override
                    public float score() throws IOException {
                        return (float) (in.score() * factor(factors, docID()));
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
                double f = factor(DocValues.getNumeric(context.reader(), SearchFields.RECENCY), doc);
                return Explanation.match((float) (inner.getValue().floatValue() * f), "score × recency factor " + f, inner);
            }
        };
    }

    private static double factor(NumericDocValues factors, int doc) throws IOException {
        return factors.advanceExact(doc) ? Double.longBitsToDouble(factors.longValue()) : 1;
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
        return sameClassAs(obj) && in.equals(((RecencyQuery) obj).in) && maxFactor == ((RecencyQuery) obj).maxFactor;
    }

    @Override
    public int hashCode() {
        return Objects.hash(classHash(), in, maxFactor);
    }
}
