package org.warraq.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.warraq.search.SearchFields;
import org.warraq.search.SearchIndex;
import org.warraq.site.SiteArticle;

/**
 * Which articles' kept analysis ({@link AnalysisStore}) the changes since it was made can have changed, when the
 * articles are as many and in the same order and each stem sub-field's article count and average length are the same.
 * Every article whose indexed text changed, and:
 * <ul>
 * <li>for related articles, one with a stem whose document frequency in a field moved while MoreLikeThis asks about it
 * there (from {@value RelatedArticles#MIN_DOC_FREQ} to {@link RelatedArticles#maxDocFreq}, before or after), when the stem
 * is one of its query's terms or could now be: the field's terms are fewer than MoreLikeThis takes, or the stem now scores
 * about as high as the lowest of them. Any other article asks the same query as before, and every unchanged article scores
 * against it as before: it is reached only when a changed article was among the articles the query found, or now matches
 * {@value RelatedArticles#MIN_SHARED_TERMS} of its terms and scores about as high as the last of them (or they were fewer
 * than the search takes). Scores are compared with a margin of {@value #MARGIN} of themselves, so that the order in which
 * a scorer adds up a sum never decides;</li>
 * <li>for key terms, one with a stem whose document frequency moved, when the stem is one of its key terms or could now
 * be: it uses the stem often enough and has fewer than {@value KeyTerms#LIMIT} key terms, or the stem now scores at least
 * as high as the last of them (a moved frequency changes that stem's score and no other).</li>
 * </ul>
 * Places depend on the article's text alone.
 */
final class Reach {

    static final float MARGIN = 1e-4f;

    /** A stem in one field of an article whose document frequency there moved; its MoreLikeThis score now, NaN when not asked about. */
    private record MovedTerm(int field, String stem, float score) {
    }

    /** A stem whose document frequency moved, with its new score in one article that uses it often enough. */
    private record MovedKey(String stem, double score) {
    }

    private record FieldStem(int field, String stem) {
    }

    private final RelatedArticles related;
    private final int[] changed;
    private final BitSet changedDocs;
    private final List<Set<FieldStem>> changedTerms;
    private final Map<Integer, List<MovedTerm>> movedTerms;
    private final Map<Integer, List<MovedKey>> movedKeys;

    private Reach(RelatedArticles related, int[] changed, BitSet changedDocs, List<Set<FieldStem>> changedTerms,
                  Map<Integer, List<MovedTerm>> movedTerms, Map<Integer, List<MovedKey>> movedKeys) {
        this.related = related;
        this.changed = changed;
        this.changedDocs = changedDocs;
        this.changedTerms = changedTerms;
        this.movedTerms = movedTerms;
        this.movedKeys = movedKeys;
    }

    /**
     * @param changed the articles whose indexed text changed
     * @param changes the stems whose document frequency in a field moved
     */
    static Reach of(SearchIndex index, int[] changed, List<AnalysisStore.StemChange> changes, RelatedArticles related,
                    KeyTerms keyTerms) throws IOException {
        LeafReader leaf = index.leaf();
        BitSet changedDocs = new BitSet(index.size());
        List<Set<FieldStem>> changedTerms = new ArrayList<>();
        List<SiteArticle> articles = index.articles();
        for (int doc : changed) {
            changedDocs.set(doc);
            Set<FieldStem> terms = new HashSet<>();
            for (ArticleText.Segment segment : ArticleText.of(articles.get(doc), index.words(doc)).segments()) {
                segment.tokens().forEach(t -> terms.add(new FieldStem(segment.field(), t.stem())));
            }
            changedTerms.add(terms);
        }
        int asked = RelatedArticles.maxDocFreq(index.size());
        Map<Integer, List<MovedTerm>> movedTerms = new HashMap<>();
        Map<String, int[]> before = new LinkedHashMap<>();
        for (AnalysisStore.StemChange c : changes) {
            if (askedAbout(c.before(), asked) || askedAbout(c.after(), asked)) {
                PostingsEnum postings = leaf.postings(new Term(ArticleText.stemField(c.field()), c.stem()), PostingsEnum.FREQS);
                for (int doc = postings == null ? DocIdSetIterator.NO_MORE_DOCS : postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS;
                     doc = postings.nextDoc()) {
                    // The index counts every use; MoreLikeThis only those in a field's first words, so this is at least its score.
                    float score = askedAbout(c.after(), asked) && postings.freq() >= RelatedArticles.minTermFreq(c.field())
                            ? related.moreLikeThisScore(postings.freq(), c.after(), c.field()) : Float.NaN;
                    movedTerms.computeIfAbsent(doc, d -> new ArrayList<>()).add(new MovedTerm(c.field(), c.stem(), score));
                }
            }
            before.computeIfAbsent(c.stem(), s -> frequencies(leaf, s))[c.field()] = c.before();
        }
        Map<Integer, List<MovedKey>> movedKeys = new HashMap<>();
        for (var stem : before.entrySet()) {
            int was = 0;
            for (int df : stem.getValue()) {
                was = Math.max(was, df);
            }
            int now = keyTerms.documentFrequency(stem.getKey());
            if (now == was || now == 0 || !keyTerms.candidate(stem.getKey())) {
                continue;
            }
            for (var use : weights(leaf, stem.getKey()).entrySet()) {
                if (use.getValue() >= KeyTerms.MIN_WEIGHT) {
                    movedKeys.computeIfAbsent(use.getKey(), d -> new ArrayList<>())
                            .add(new MovedKey(stem.getKey(), keyTerms.score(use.getValue(), now)));
                }
            }
        }
        return new Reach(related, changed, changedDocs, changedTerms, movedTerms, movedKeys);
    }

    private static boolean askedAbout(int df, int asked) {
        return df >= RelatedArticles.MIN_DOC_FREQ && df <= asked;
    }

    /** The stem's document frequency in each field now. */
    private static int[] frequencies(LeafReader leaf, String stem) {
        int[] df = new int[SearchFields.FIELDS.size()];
        try {
            for (int field = 0; field < df.length; field++) {
                df[field] = leaf.docFreq(new Term(ArticleText.stemField(field), stem));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return df;
    }

    /** How much each article uses the stem, as key terms weigh it: a headline use counts {@value KeyTerms#TITLE_WEIGHT} times. */
    private static Map<Integer, Integer> weights(LeafReader leaf, String stem) throws IOException {
        Map<Integer, Integer> weights = new HashMap<>();
        for (int field = 0; field < SearchFields.FIELDS.size(); field++) {
            PostingsEnum postings = leaf.postings(new Term(ArticleText.stemField(field), stem), PostingsEnum.FREQS);
            if (postings == null) {
                continue;
            }
            int weight = field == ArticleText.TITLE ? KeyTerms.TITLE_WEIGHT : 1;
            for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                weights.merge(doc, weight * postings.freq(), Integer::sum);
            }
        }
        return weights;
    }

    /** Whether the article's kept results may differ from what analysing it again gives. */
    boolean reaches(int doc, ArticleAnalysis kept) throws IOException {
        return changedDocs.get(doc) || queryMoved(doc, kept.related()) || keyTermsMoved(doc, kept.keyTerms())
                || foundMoved(kept.related());
    }

    private boolean queryMoved(int doc, RelatedArticles.Found found) {
        for (MovedTerm m : movedTerms.getOrDefault(doc, List.of())) {
            int inField = 0;
            for (RelatedArticles.QueryTerm t : found.query()) {
                if (t.field() == m.field()) {
                    if (t.stem().equals(m.stem())) {
                        return true;
                    }
                    inField++;
                }
            }
            if (!Float.isNaN(m.score())
                    && (inField < RelatedArticles.maxQueryTerms(m.field()) || m.score() >= lower(found.lowest().get(m.field())))) {
                return true;
            }
        }
        return false;
    }

    private boolean keyTermsMoved(int doc, List<KeyTerm> keyTerms) {
        for (MovedKey m : movedKeys.getOrDefault(doc, List.of())) {
            if (keyTerms.size() < KeyTerms.LIMIT || m.score() >= keyTerms.get(keyTerms.size() - 1).score()
                    || keyTerms.stream().anyMatch(k -> k.stem().equals(m.stem()))) {
                return true;
            }
        }
        return false;
    }

    private boolean foundMoved(RelatedArticles.Found found) throws IOException {
        for (int i = 0; i < changed.length; i++) {
            int doc = changed[i];
            if (found.docs().contains(doc) || found.lastDoc() == doc) {
                return true;
            }
            int matched = 0;
            for (RelatedArticles.QueryTerm t : found.query()) {
                if (changedTerms.get(i).contains(new FieldStem(t.field(), t.stem()))) {
                    matched++;
                }
            }
            if (matched >= RelatedArticles.MIN_SHARED_TERMS) {
                if (found.hits() <= RelatedArticles.LIMIT) {
                    return true;
                }
                float score = related.score(found.query(), doc);
                if (!Float.isNaN(score) && score >= lower(found.lastScore())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static float lower(float score) {
        return score - Math.abs(score) * MARGIN;
    }
}
