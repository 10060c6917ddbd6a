package org.warraq.analysis;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.similarities.ClassicSimilarity;
import org.warraq.search.SearchIndex;
import org.warraq.search.analysis.AnalyzedToken;

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
    /** A term used by fewer articles than this says nothing of what else is related. */
    static final int MIN_DOC_FREQ = 2;
    private static final int MIN_DOC_FREQ_CAP = 10;
    private static final float[] FIELD_BOOSTS = {3.0f, 2.0f, 1.5f, 1.0f};
    private static final int[] MAX_QUERY_TERMS = {10, 10, 15, 25};
    /** MoreLikeThis's own similarity, for its scores of terms. */
    private static final ClassicSimilarity IDF = new ClassicSimilarity();
    private static final int BODY = ArticleText.BODY;

    /**
     * At most this many terms' states are kept: a rebuild's queries share most of their terms, and the index read where
     * its runs are costs a seek in each of them for every term of every query.
     */
    private static final int STATES_KEPT = 20_000;

    private final SearchIndex index;
    private final DocFreqs docFreqs;
    /** Each term's state in every segment, found once for all the queries that use it; only when there are several. */
    private final Map<Term, TermStates> states = new ConcurrentHashMap<>();
    private final boolean keepStates;

    RelatedArticles(SearchIndex index, DocFreqs docFreqs) {
        this.index = index;
        this.docFreqs = docFreqs;
        this.keepStates = index.reader().leaves().size() > 1;
    }

    /** The cap on a query term's document frequency for an archive of {@code documents} articles. */
    static int maxDocFreq(int documents) {
        return Math.min(MAX_DOC_FREQ, Math.max(MIN_DOC_FREQ_CAP, documents / 5));
    }

    /**
     * The articles most like one, as document ids, best first (ties: newer, then by path), with what a later build needs
     * to tell whether a change can alter them ({@link Reach}): the query that found them, the lowest MoreLikeThis score
     * among each field's chosen terms (NaN for a field with none), how many articles the search found (at most
     * {@value #LIMIT} + 1) and the last of them.
     */
    record Found(List<Integer> docs, List<QueryTerm> query, List<Float> lowest, int hits, int lastDoc, float lastScore) {

        Found {
            docs = List.copyOf(docs);
            query = List.copyOf(query);
            lowest = List.copyOf(lowest);
        }
    }

    /**
     * A term of a related-articles query: a stem in the stem sub-field of {@code field} ({@link ArticleText#TITLE} …), with
     * the boost MoreLikeThis gave it.
     */
    record QueryTerm(int field, String stem, float boost) {
    }

    /** The articles most like document {@code doc}, from its text already analysed. */
    Found of(int doc, ArticleText text) {
        try {
            List<QueryTerm> terms = new ArrayList<>();
            List<Float> lowest = new ArrayList<>();
            for (int field = 0; field < FIELD_BOOSTS.length; field++) {
                lowest.add(terms(text, field, terms));
            }
            ScoreDoc[] found = index.searcher().search(query(terms), LIMIT + 1).scoreDocs;
            List<ScoreDoc> hits = new ArrayList<>();
            for (ScoreDoc hit : found) {
                if (hit.doc != doc) {
                    hits.add(hit);
                }
            }
            hits.sort(Comparator.comparingDouble((ScoreDoc h) -> -h.score).thenComparingInt(h -> h.doc));
            ScoreDoc last = found.length == 0 ? null : found[found.length - 1];
            return new Found(hits.stream().limit(LIMIT).map(h -> h.doc).toList(), terms, lowest, found.length,
                    last == null ? -1 : last.doc, last == null ? Float.NaN : last.score);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Adds to {@code terms} the terms MoreLikeThis chooses from one field of the text, and returns the lowest score among
     * them (NaN for none), as it scores: the term's frequency in the field's first {@link MoreLikeThis#DEFAULT_MAX_NUM_TOKENS_PARSED}
     * words of each segment times its idf. Its boosts are each term's score over that lowest.
     */
    private float terms(ArticleText text, int field, List<QueryTerm> terms) throws IOException {
        List<ArticleText.Segment> segments = text.of(field);
        if (segments.isEmpty()) {
            return Float.NaN;
        }
        MoreLikeThis mlt = new MoreLikeThis(docFreqs);
        mlt.setAnalyzer(STEMS);
        mlt.setMinTermFreq(minTermFreq(field));
        mlt.setMinDocFreq(MIN_DOC_FREQ);
        mlt.setMaxDocFreq(maxDocFreq(index.size()));
        mlt.setMaxQueryTerms(MAX_QUERY_TERMS[field]);
        mlt.setBoost(true);
        String name = ArticleText.stemField(field);
        Reader[] readers = segments.stream().map(Stems::new).toArray(Reader[]::new);
        List<BooleanClause> clauses = ((BooleanQuery) mlt.like(name, readers)).clauses();
        for (BooleanClause clause : clauses) {
            BoostQuery boosted = (BoostQuery) clause.getQuery();
            terms.add(new QueryTerm(field, ((TermQuery) boosted.getQuery()).getTerm().text(), boosted.getBoost()));
        }
        if (clauses.isEmpty()) {
            return Float.NaN;
        }
        // MoreLikeThis lists its terms lowest score first.
        String first = terms.get(terms.size() - clauses.size()).stem();
        int frequency = 0;
        for (ArticleText.Segment segment : segments) {
            List<AnalyzedToken> tokens = segment.tokens();
            for (int i = 0; i < Math.min(tokens.size(), mlt.getMaxNumTokensParsed()); i++) {
                if (tokens.get(i).stem().equals(first)) {
                    frequency++;
                }
            }
        }
        return moreLikeThisScore(frequency, docFreqs.docFreq(name, first), field);
    }

    /** The score MoreLikeThis gives a term used {@code frequency} times in a field of the article, by {@code df} articles. */
    float moreLikeThisScore(int frequency, int df, int field) throws IOException {
        return frequency * IDF.idf(df, docFreqs.getDocCount(ArticleText.stemField(field)));
    }

    /** Below this frequency in the article, a term of the field is not asked about. */
    static int minTermFreq(int field) {
        return field == BODY ? 2 : 1;
    }

    static int maxQueryTerms(int field) {
        return MAX_QUERY_TERMS[field];
    }

    /** The query of the terms, each weighed by its field and MoreLikeThis's boost, matching at least {@value #MIN_SHARED_TERMS}. */
    private Query query(List<QueryTerm> terms) throws IOException {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (QueryTerm t : terms) {
            Query term = new BoostQuery(termQuery(new Term(ArticleText.stemField(t.field()), t.stem())), t.boost());
            all.add(new BoostQuery(term, FIELD_BOOSTS[t.field()]), BooleanClause.Occur.SHOULD);
        }
        return all.setMinimumNumberShouldMatch(MIN_SHARED_TERMS).build();
    }

    /**
     * A query of the term that scores as {@code new TermQuery(term)} does. Over several segments, it carries the term's
     * state in each, found once and kept for the other queries; every segment's is found before it is shared, so the
     * queries only read it.
     */
    private TermQuery termQuery(Term term) throws IOException {
        if (!keepStates) {
            return new TermQuery(term);
        }
        TermStates known = states.get(term);
        if (known == null) {
            IndexSearcher searcher = index.searcher();
            known = TermStates.build(searcher, term, true);
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                known.get(leaf);
            }
            if (states.size() < STATES_KEPT) {
                TermStates raced = states.putIfAbsent(term, known);
                known = raced != null ? raced : known;
            }
        }
        return new TermQuery(term, known);
    }

    /** The score of document {@code doc} for the query of {@code terms}, as the search scores it; NaN when it does not match. */
    float score(List<QueryTerm> terms, int doc) throws IOException {
        IndexSearcher searcher = index.searcher();
        Weight weight = searcher.createWeight(searcher.rewrite(query(terms)), ScoreMode.COMPLETE, 1f);
        List<LeafReaderContext> leaves = index.reader().leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        Scorer scorer = weight.scorer(leaf);
        int at = doc - leaf.docBase;
        return scorer != null && scorer.iterator().advance(at) == at ? scorer.score() : Float.NaN;
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
