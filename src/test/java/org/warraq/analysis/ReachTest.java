package org.warraq.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.similarities.ClassicSimilarity;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.warraq.search.SearchIndex;
import org.warraq.site.SiteArticle;

/**
 * Each of the rules by which a change reaches an article's kept analysis, on its own: an article that only that rule
 * reaches is reached, and one that no rule reaches is not. ({@link AnalysisStoreTest} checks that what is not reached
 * is what a fresh analysis gives.)
 */
class ReachTest {

    private static final int BODY = ArticleText.BODY;
    private static final int TITLE = ArticleText.TITLE;
    private static final int X = 3;
    private static final int CHANGED = 5;
    private static final float NONE = Float.NaN;

    private static List<String> words;
    private static SearchIndex index;
    private static RelatedArticles related;
    private static KeyTerms keyTerms;
    /** In article {@link #X}'s body twice and title once, and in no other article. */
    private static String own;
    /** In twelve of the twenty articles' bodies, twice in article {@link #X}'s: more than related articles ask about. */
    private static String frequent;

    @BeforeAll
    static void index() {
        words = Corpora.words(new Random(3), 60);
        own = words.get(0);
        frequent = words.get(1);
        List<SiteArticle> articles = new ArrayList<>();
        for (int a = 0; a < 20; a++) {
            List<String> body = new ArrayList<>();
            for (int k = 0; k < 12; k++) {
                body.add(words.get(10 + (a * 7 + k * 3) % 50));
            }
            if (a < 12) {
                body.add(frequent);
            }
            if (a == X) {
                body.addAll(List.of(own, own, frequent));
            }
            if (a == CHANGED) {
                body.addAll(List.of(words.get(2), words.get(3)));
            }
            articles.add(Corpora.article(a, (a == X ? own + " " : "") + words.get(4 + a % 5), List.of(words.get(9)), String.join(" ", body)));
        }
        index = SearchIndex.build(articles, 0);
        DocFreqs docFreqs = new DocFreqs(index.leaf());
        related = new RelatedArticles(index, docFreqs);
        keyTerms = new KeyTerms(index, docFreqs);
        assertEquals(articles.get(X).path(), index.articles().get(X).path(), "documents are numbered newest first, as the articles");
    }

    @AfterAll
    static void close() throws IOException {
        index.close();
    }

    private static Reach reach(int[] changed, AnalysisStore.StemChange... changes) throws IOException {
        return Reach.of(index, changed, List.of(changes), related, keyTerms);
    }

    private static ArticleAnalysis kept(RelatedArticles.Found found, List<KeyTerm> keyTerms) {
        return new ArticleAnalysis(found, keyTerms, List.of());
    }

    private static RelatedArticles.Found found(List<Integer> docs, List<RelatedArticles.QueryTerm> query, float lowestInBody,
                                               float lowestInTitle, int hits, float lastScore) {
        return new RelatedArticles.Found(docs, query, List.of(lowestInTitle, NONE, NONE, lowestInBody), hits, hits == 0 ? -1 : 19, lastScore);
    }

    /** {@code n} terms of a field that no article has, with {@code extra} first. */
    private static List<RelatedArticles.QueryTerm> terms(int field, int n, RelatedArticles.QueryTerm... extra) {
        List<RelatedArticles.QueryTerm> terms = new ArrayList<>(List.of(extra));
        for (int i = 0; i < n; i++) {
            terms.add(new RelatedArticles.QueryTerm(field, "غائب" + i, 1f));
        }
        return terms;
    }

    private static List<KeyTerm> keyTerms(int n, double score, String... stems) {
        List<KeyTerm> terms = new ArrayList<>();
        for (String s : stems) {
            terms.add(new KeyTerm(s, s, 1000));
        }
        while (terms.size() < n) {
            terms.add(new KeyTerm("غائب" + terms.size(), "غائب", terms.size() == n - 1 ? score : 1000));
        }
        return terms;
    }

    /** Eight key terms that score higher than any stem of these articles: no rule of key terms reaches them. */
    private static final List<KeyTerm> EIGHT = keyTerms(8, 1000);
    private static final RelatedArticles.Found NOTHING = found(List.of(), List.of(), NONE, NONE, 0, NONE);

    @Test
    void aChangedArticleIsReachedAndNoOtherWhenNothingMoved() throws IOException {
        Reach reach = reach(new int[] {CHANGED});
        assertTrue(reach.reaches(CHANGED, kept(NOTHING, List.of())));
        assertFalse(reach.reaches(X, kept(NOTHING, List.of())));
    }

    @Test
    void aStemOfTheQueryWhoseFrequencyMovedReachesTheArticle() throws IOException {
        // Now in two articles: MoreLikeThis asks about it. The body's terms are as many as it takes, all scoring higher.
        Reach reach = reach(new int[0], new AnalysisStore.StemChange(BODY, own, 3, 2));
        RelatedArticles.QueryTerm ownTerm = new RelatedArticles.QueryTerm(BODY, own, 1f);
        assertTrue(reach.reaches(X, kept(found(List.of(), terms(BODY, 24, ownTerm), 1e9f, NONE, 6, 1f), EIGHT)));
        assertFalse(reach.reaches(X, kept(found(List.of(), terms(BODY, 25), 1e9f, NONE, 6, 1f), EIGHT)),
                "not in the query, and scoring lower than all of it");
        assertFalse(reach.reaches(4, kept(found(List.of(), terms(BODY, 24, ownTerm), 1e9f, NONE, 6, 1f), EIGHT)),
                "an article without the stem");
    }

    @Test
    void aStemNowAskedAboutReachesAnArticleWhoseFieldHasRoomForIt() throws IOException {
        Reach reach = reach(new int[0], new AnalysisStore.StemChange(TITLE, own, 1, 2));
        assertTrue(reach.reaches(X, kept(found(List.of(), terms(TITLE, 3), NONE, 1e9f, 6, 1f), EIGHT)));
        assertFalse(reach.reaches(X, kept(found(List.of(), terms(TITLE, 10), NONE, 1e9f, 6, 1f), EIGHT)),
                "a title's query takes ten terms");
    }

    @Test
    void aStemNowScoringAboveTheLowestOfAFullFieldReachesTheArticle() throws IOException {
        Reach reach = reach(new int[0], new AnalysisStore.StemChange(BODY, own, 1, 2));
        assertTrue(reach.reaches(X, kept(found(List.of(), terms(BODY, 25), 1e-3f, NONE, 6, 1f), EIGHT)));
        assertFalse(reach.reaches(X, kept(found(List.of(), terms(BODY, 25), 1e9f, NONE, 6, 1f), EIGHT)));
        Reach beyond = reach(new int[0], new AnalysisStore.StemChange(BODY, own, 1, 20));
        assertFalse(beyond.reaches(X, kept(found(List.of(), terms(BODY, 24), 1e-3f, NONE, 6, 1f), EIGHT)),
                "used by more articles than MoreLikeThis asks about, before and after: never in the query");
    }

    @Test
    void aStemWhoseFrequencyMovedReachesTheKeyTermsItIsOrCouldBeIn() throws IOException {
        int df = index.leaf().docFreq(new Term(ArticleText.stemField(BODY), frequent));
        assertEquals(12, df);
        // Beyond what related articles ask about, before and after: only key terms can be reached.
        Reach reach = reach(new int[0], new AnalysisStore.StemChange(BODY, frequent, df + 1, df));
        assertFalse(reach.reaches(X, kept(NOTHING, keyTerms(8, 1000))), "eight key terms, all scoring higher");
        assertTrue(reach.reaches(X, kept(NOTHING, keyTerms(3, 1000))), "fewer than eight");
        assertTrue(reach.reaches(X, kept(NOTHING, keyTerms(8, 1000, frequent))), "one of them");
        assertTrue(reach.reaches(X, kept(NOTHING, keyTerms(8, 1e-6))), "scoring above the last of them");
        assertFalse(reach.reaches(4, kept(NOTHING, keyTerms(3, 1000))), "used once: never a key term");
    }

    @Test
    void aChangedArticleReachesTheArticlesItWasFoundForOrCouldNowBe() throws IOException {
        Reach reach = reach(new int[] {CHANGED});
        assertTrue(reach.reaches(X, kept(found(List.of(CHANGED), terms(BODY, 4), 1f, NONE, 6, 1f), EIGHT)), "among them");
        List<RelatedArticles.QueryTerm> shared = terms(BODY, 4, new RelatedArticles.QueryTerm(BODY, words.get(2), 1f),
                new RelatedArticles.QueryTerm(BODY, words.get(3), 1f));
        assertTrue(reach.reaches(X, kept(found(List.of(), shared, 1f, NONE, 4, 1e9f), EIGHT)),
                "it matches two of the query's terms, and the search found fewer than it takes");
        assertTrue(reach.reaches(X, kept(found(List.of(), shared, 1f, NONE, 6, 1e-6f), EIGHT)),
                "it matches two terms, scoring above the last found");
        assertFalse(reach.reaches(X, kept(found(List.of(), shared, 1f, NONE, 6, 1e9f), EIGHT)),
                "it matches two terms, scoring below the last found");
        assertFalse(reach.reaches(X, kept(found(List.of(), terms(BODY, 4, new RelatedArticles.QueryTerm(BODY, words.get(2), 1f)),
                1f, NONE, 4, 1f), EIGHT)), "it matches one term only");
    }

    /**
     * MoreLikeThis's boosts are each chosen term's score over the lowest of the field's chosen terms: so the lowest the
     * article keeps is the one MoreLikeThis scored with.
     */
    @Test
    void theLowestScoreKeptIsMoreLikeThisOwn() throws IOException {
        try (SearchIndex index = SearchIndex.build(Corpora.random(new Random(9), 200, 50, 6, 7, 80, List.of()), 0)) {
            assertBoostsAreScoresOverTheLowest(index, new RelatedArticles(index, new DocFreqs(index.leaf())));
        }
    }

    private static void assertBoostsAreScoresOverTheLowest(SearchIndex index, RelatedArticles related) {
        ClassicSimilarity similarity = new ClassicSimilarity();
        int checked = 0;
        for (int doc = 0; doc < index.size(); doc++) {
            ArticleText text = ArticleText.of(index.articles().get(doc), index.words(doc));
            RelatedArticles.Found found = related.of(doc, text);
            Map<Integer, Map<String, Integer>> frequencies = new HashMap<>();
            for (ArticleText.Segment s : text.segments()) {
                s.tokens().forEach(t -> frequencies.computeIfAbsent(s.field(), f -> new HashMap<>()).merge(t.stem(), 1, Integer::sum));
            }
            for (RelatedArticles.QueryTerm t : found.query()) {
                String field = ArticleText.stemField(t.field());
                try {
                    float score = frequencies.get(t.field()).get(t.stem())
                            * similarity.idf(index.leaf().docFreq(new Term(field, t.stem())), index.leaf().getDocCount(field));
                    assertEquals(t.boost(), score / found.lowest().get(t.field()), 1e-5f, t.toString());
                } catch (IOException e) {
                    throw new AssertionError(e);
                }
                checked++;
            }
            List<Float> lowest = new ArrayList<>(found.lowest());
            lowest.removeIf(f -> f.isNaN());
            assertTrue(found.query().isEmpty() || !lowest.isEmpty());
            assertEquals(Collections.nCopies(lowest.size(), true), lowest.stream().map(f -> f > 0).toList());
        }
        assertTrue(checked > 200, checked + " terms checked");
    }
}
