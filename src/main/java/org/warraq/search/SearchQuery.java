package org.warraq.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.warraq.search.analysis.TermKind;

/**
 * The Lucene query of a parsed query, exactly as docs/search.md §3–4 define it; the browser engine
 * evaluates the same structure (including Lucene's own rewrites) against the exported index.
 */
public final class SearchQuery {

    /** Filter values by key: category key, tag slug, author key, year; null means no filter. */
    public record Filters(String category, String tag, String author, String year) {

        public static final Filters NONE = new Filters(null, null, null, null);

        boolean any() {
            return category != null || tag != null || author != null || year != null;
        }
    }

    private SearchQuery() {
    }

    /**
     * @param expansions the prefix expansions of the word being typed ({@link StemVocabulary#expansions})
     * @param any        the fallback: words become SHOULD clauses, at least one of which must match
     */
    public static Query build(ParsedQuery q, List<String> expansions, Filters filters, boolean any) {
        BooleanQuery.Builder top = new BooleanQuery.Builder();
        for (int i = 0; i < q.words().size(); i++) {
            top.add(word(q.words().get(i), i == q.prefix() ? expansions : List.of()), any ? Occur.SHOULD : Occur.MUST);
        }
        for (ParsedQuery.Phrase p : q.phrases()) {
            top.add(phrase(p), Occur.MUST);
        }
        for (ParsedQuery.Word w : q.excluded()) {
            top.add(excluded(w), Occur.MUST_NOT);
        }
        filter(top, SearchFields.CATEGORY, filters.category());
        filter(top, SearchFields.TAG, filters.tag());
        filter(top, SearchFields.AUTHOR, filters.author());
        filter(top, SearchFields.YEAR, filters.year());
        if (any && (!q.phrases().isEmpty() || filters.any())) {
            top.setMinimumNumberShouldMatch(1);
        }
        return top.build();
    }

    /**
     * One word: its surface in the exact sub-fields, its stem in the stem and alt sub-fields, and its
     * alternatives and expansions there at half weight; a term met twice keeps its higher weight.
     */
    static Query word(ParsedQuery.Word w, List<String> expansions) {
        Map<String, Float> roles = new LinkedHashMap<>();
        roles.put(key(w.surface(), true), 1f);
        roles.put(key(w.stem(), false), 1f);
        for (String alt : w.alternatives()) {
            roles.merge(key(alt, false), SearchFields.ALTERNATIVE_FACTOR, Math::max);
        }
        for (String expansion : expansions) {
            roles.merge(key(expansion, false), SearchFields.ALTERNATIVE_FACTOR, Math::max);
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        roles.forEach((key, role) -> {
            boolean exact = key.charAt(0) == 'e';
            String term = key.substring(1);
            for (int id : SearchFields.group(exact)) {
                b.add(boosted(new TermQuery(new Term(SearchFields.name(id), term)), SearchFields.boost(id) * role), Occur.SHOULD);
            }
        });
        return b.build();
    }

    /** An excluded word: its surface in the exact sub-fields or its stem in the stem and alt ones. */
    static Query excluded(ParsedQuery.Word w) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (int id : SearchFields.group(true)) {
            b.add(new TermQuery(new Term(SearchFields.name(id), w.surface())), Occur.SHOULD);
        }
        for (int id : SearchFields.group(false)) {
            b.add(new TermQuery(new Term(SearchFields.name(id), w.stem())), Occur.SHOULD);
        }
        return b.build();
    }

    /** A phrase: the stems at their relative positions in each stem sub-field. */
    static Query phrase(ParsedQuery.Phrase p) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (int field = 0; field < SearchFields.FIELDS.size(); field++) {
            int id = SearchFields.id(field, TermKind.STEM);
            PhraseQuery.Builder phrase = new PhraseQuery.Builder();
            for (int i = 0; i < p.stems().size(); i++) {
                phrase.add(new Term(SearchFields.name(id), p.stems().get(i)), p.positions().get(i));
            }
            b.add(boosted(phrase.build(), SearchFields.boost(id)), Occur.SHOULD);
        }
        return b.build();
    }

    private static Query boosted(Query q, float boost) {
        return boost == 1f ? q : new BoostQuery(q, boost);
    }

    private static String key(String term, boolean exact) {
        return (exact ? 'e' : 's') + term;
    }

    private static void filter(BooleanQuery.Builder top, String field, String value) {
        if (value != null) {
            top.add(new TermQuery(new Term(field, value)), Occur.FILTER);
        }
    }
}
