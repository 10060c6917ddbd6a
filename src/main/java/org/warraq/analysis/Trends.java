package org.warraq.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BytesRef;
import org.warraq.arabic.ArabicCollation;
import org.warraq.search.SearchFields;
import org.warraq.search.SearchIndex;
import org.warraq.search.analysis.TermKind;
import org.warraq.site.SiteArticle;
import org.warraq.site.Tag;

/**
 * The overview of coverage: the most covered tags and places of the last twelve months, articles per month,
 * and rising topics — key terms of the latest quarter's articles whose share of articles grew most against
 * the twelve months before, used by at least a tenth of the quarter's articles; equal growth is ordered as the
 * candidates came (newest article first, each one's terms most distinctive first). Shares count the articles that
 * use a stem anywhere (read from the index's postings, only for those candidate terms).
 */
final class Trends {

    static final int YEAR = 12;
    static final int QUARTER = 3;

    private Trends() {
    }

    static Overview of(SearchIndex index, List<ArticleContext> contexts) {
        List<SiteArticle> articles = index.articles();
        if (articles.isEmpty()) {
            return Overview.empty();
        }
        List<YearMonth> months = articles.stream().map(a -> YearMonth.from(a.article().date())).toList();
        YearMonth to = months.get(0);
        YearMonth yearFrom = to.minusMonths(YEAR - 1);
        YearMonth recentFrom = to.minusMonths(QUARTER - 1);
        YearMonth earlierTo = recentFrom.minusMonths(1);
        YearMonth earlierFrom = earlierTo.minusMonths(YEAR - 1);

        List<Integer> year = docsIn(months, yearFrom, to);
        Map<String, Tag> tags = new HashMap<>();
        Map<String, Integer> tagCounts = new HashMap<>();
        Map<Place, Integer> placeCounts = new HashMap<>();
        for (int doc : year) {
            for (Tag t : articles.get(doc).tags()) {
                tags.putIfAbsent(t.slug(), t);
                tagCounts.merge(t.slug(), 1, Integer::sum);
            }
            contexts.get(doc).places().forEach(p -> placeCounts.merge(p, 1, Integer::sum));
        }
        List<Coverage<Tag>> topics = top(tags.values().stream().map(t -> new Coverage<>(t, tagCounts.get(t.slug()))).toList(), Tag::name);
        List<Coverage<Place>> places = top(placeCounts.entrySet().stream().map(e -> new Coverage<>(e.getKey(), e.getValue())).toList(),
                Place::name);

        List<Integer> recent = docsIn(months, recentFrom, to);
        List<Integer> earlier = docsIn(months, earlierFrom, earlierTo);
        return new Overview(yearFrom, to, year.size(), topics, places,
                Timeline.monthly(articles.stream().map(a -> a.article().date()).toList()),
                recentFrom, earlierFrom, earlierTo, recent.size(), earlier.size(), rising(index, contexts, recent, earlier));
    }

    private static List<Integer> docsIn(List<YearMonth> months, YearMonth from, YearMonth to) {
        List<Integer> docs = new ArrayList<>();
        for (int doc = 0; doc < months.size(); doc++) {
            if (!months.get(doc).isBefore(from) && !months.get(doc).isAfter(to)) {
                docs.add(doc);
            }
        }
        return docs;
    }

    private static <T> List<Coverage<T>> top(List<Coverage<T>> all, Function<T, String> name) {
        List<Coverage<T>> sorted = new ArrayList<>(all);
        Comparator<String> collation = ArabicCollation.order();
        sorted.sort(Comparator.comparingInt((Coverage<T> c) -> -c.articles())
                .thenComparing(c -> name.apply(c.subject()), collation));
        return sorted.subList(0, Math.min(Overview.TOP, sorted.size()));
    }

    private static List<RisingTerm> rising(SearchIndex index, List<ArticleContext> contexts, List<Integer> recent, List<Integer> earlier) {
        if (recent.isEmpty()) {
            return List.of();
        }
        Map<String, String> candidates = new LinkedHashMap<>();
        for (int doc : recent) {
            contexts.get(doc).keyTerms().forEach(t -> candidates.putIfAbsent(t.stem(), t.surface()));
        }
        BitSet recentDocs = bits(recent);
        BitSet earlierDocs = bits(earlier);
        int needed = Math.max(1, (recent.size() + 9) / 10);
        List<RisingTerm> rising = new ArrayList<>();
        int upTo = Math.max(recent.get(recent.size() - 1), earlier.isEmpty() ? 0 : earlier.get(earlier.size() - 1)) + 1;
        StemDocuments stems = new StemDocuments(index.reader(), upTo);
        for (var candidate : candidates.entrySet()) {
            BitSet using = stems.using(candidate.getKey());
            int r = count(using, recentDocs);
            int e = count(using, earlierDocs);
            if (r >= needed && growth(r, recent.size(), e, earlier.size()) > 0) {
                rising.add(new RisingTerm(candidate.getKey(), candidate.getValue(), r, e));
            }
        }
        Map<String, Integer> order = new HashMap<>();
        candidates.keySet().forEach(stem -> order.put(stem, order.size()));
        rising.sort(Comparator.comparingDouble((RisingTerm t) -> -growth(t.recent(), recent.size(), t.earlier(), earlier.size()))
                .thenComparingInt(t -> -t.recent())
                .thenComparingInt(t -> order.get(t.stem())));
        return rising.subList(0, Math.min(Overview.TOP, rising.size()));
    }

    private static double growth(int recent, int recentTotal, int earlier, int earlierTotal) {
        return (double) recent / recentTotal - (earlierTotal == 0 ? 0 : (double) earlier / earlierTotal);
    }

    /**
     * The articles up to a document number that have a stem in any field, read through one cursor for each field of each
     * segment holding such articles, for all the stems asked about. The windows compared are the newest articles, the
     * first documents: the index's other segments are never read.
     */
    private static final class StemDocuments {
        private final int[] bases;
        private final TermsEnum[][] fields;
        /** A segment's field's postings are read again by its own cursor: no other's can be reused. */
        private final PostingsEnum[][] postings;

        StemDocuments(IndexReader reader, int upTo) {
            List<LeafReaderContext> leaves = reader.leaves().stream().filter(leaf -> leaf.docBase < upTo).toList();
            bases = leaves.stream().mapToInt(leaf -> leaf.docBase).toArray();
            fields = new TermsEnum[leaves.size()][SearchFields.FIELDS.size()];
            postings = new PostingsEnum[leaves.size()][SearchFields.FIELDS.size()];
            try {
                for (int l = 0; l < leaves.size(); l++) {
                    for (int field = 0; field < SearchFields.FIELDS.size(); field++) {
                        Terms terms = leaves.get(l).reader().terms(SearchFields.name(SearchFields.id(field, TermKind.STEM)));
                        fields[l][field] = terms == null ? null : terms.iterator();
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        BitSet using(String stem) {
            BitSet docs = new BitSet();
            BytesRef term = new BytesRef(stem);
            try {
                for (int l = 0; l < fields.length; l++) {
                    for (int f = 0; f < fields[l].length; f++) {
                        TermsEnum terms = fields[l][f];
                        if (terms == null || !terms.seekExact(term)) {
                            continue;
                        }
                        PostingsEnum docsOf = postings[l][f] = terms.postings(postings[l][f], PostingsEnum.NONE);
                        for (int doc = docsOf.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docsOf.nextDoc()) {
                            docs.set(bases[l] + doc);
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return docs;
        }
    }

    private static BitSet bits(List<Integer> docs) {
        BitSet bits = new BitSet();
        docs.forEach(bits::set);
        return bits;
    }

    private static int count(BitSet a, BitSet b) {
        BitSet both = (BitSet) a.clone();
        both.and(b);
        return both.cardinality();
    }
}
