package org.warraq.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import org.apache.lucene.search.CollectionStatistics;
import org.warraq.arabic.ArabicCollation;
import org.warraq.search.SearchFields;
import org.warraq.search.SearchIndex;
import org.warraq.search.StableBM25;
import org.warraq.site.SiteArticle;

/**
 * The analysis stage of the build, between placing articles and planning pages: from the search index the
 * build made once, each article's related coverage, key terms and places, then the places' article lists and
 * the overview. Articles are analysed in parallel; every result is ordered, so output is reproducible. With an
 * {@link AnalysisStore}, an article whose results the changes since the last build cannot reach ({@link Reach}) takes
 * them back instead.
 */
public final class Analysis {

    private Analysis() {
    }

    public static SiteAnalysis run(SearchIndex index, Gazetteer gazetteer) {
        return run(index, gazetteer, null);
    }

    /** As {@link #run(SearchIndex, Gazetteer)}, taking back from {@code store} (null: none) what no change reached. */
    public static SiteAnalysis run(SearchIndex index, Gazetteer gazetteer, AnalysisStore store) {
        List<SiteArticle> articles = index.articles();
        if (articles.isEmpty()) {
            return SiteAnalysis.NONE;
        }
        DocFreqs docFreqs = new DocFreqs(index.leaf());
        RelatedArticles related = new RelatedArticles(index, docFreqs);
        KeyTerms keyTerms = new KeyTerms(index, docFreqs);
        IntFunction<ArticleAnalysis> analyse = doc -> {
            ArticleText text = ArticleText.of(articles.get(doc), index.words(doc));
            return new ArticleAnalysis(related.of(doc, text), keyTerms.of(text), Places.of(text, gazetteer));
        };
        // Only the contexts are held for every article: the queries that found the related articles, dozens of terms each,
        // are encoded for the store as each article is analysed, or dropped without one.
        Function<ArticleAnalysis, ArticleContext> context = a -> new ArticleContext(
                a.related().docs().stream().map(d -> articles.get(d).path()).toList(), a.keyTerms(), a.places());
        ArticleContext[] analysed = new ArticleContext[articles.size()];
        boolean claimed = store != null && articles.size() > 0 && store.claim();
        try {
            if (claimed) {
                withStore(index, gazetteer, store, related, keyTerms, analysed, analyse, context);
            } else {
                analyseMissing(analysed, doc -> context.apply(analyse.apply(doc)));
            }
        } finally {
            if (claimed) {
                store.release();
            }
        }

        List<ArticleContext> contexts = List.of(analysed);
        Map<String, ArticleContext> byPath = new HashMap<>();
        Map<Place, List<String>> mentions = new LinkedHashMap<>();
        for (int doc = 0; doc < articles.size(); doc++) {
            byPath.put(articles.get(doc).path(), contexts.get(doc));
            for (Place p : contexts.get(doc).places()) {
                mentions.computeIfAbsent(p, x -> new ArrayList<>()).add(articles.get(doc).path());
            }
        }
        List<PlaceCoverage> places = ArabicCollation.sorted(mentions.keySet(), Place::name).stream()
                .map(p -> new PlaceCoverage(p, mentions.get(p))).toList();
        return new SiteAnalysis(byPath, places, Trends.of(index, contexts));
    }

    private static void analyseMissing(ArticleContext[] analysed, IntFunction<ArticleContext> analyse) {
        IntStream.range(0, analysed.length).parallel().filter(doc -> analysed[doc] == null).forEach(doc -> analysed[doc] = analyse.apply(doc));
    }

    /**
     * Takes back from the store each article's results that no change reached, analyses the others, and leaves all of
     * them in the store for the next build. A store that cannot be read is as none; one that cannot be written is left as
     * it was.
     */
    private static void withStore(SearchIndex index, Gazetteer gazetteer, AnalysisStore store, RelatedArticles related, KeyTerms keyTerms,
                                  ArticleContext[] analysed, IntFunction<ArticleAnalysis> analyse,
                                  Function<ArticleAnalysis, ArticleContext> context) {
        List<String> fields = new ArrayList<>();
        for (int field = 0; field < SearchFields.FIELDS.size(); field++) {
            fields.add(ArticleText.stemField(field));
        }
        byte[][] docs = index.digests();
        long[] statistics = statistics(index, fields);
        int kept = 0;
        try (AnalysisStore.Previous previous = store.previous(gazetteer.identity(), docs, statistics);
             AnalysisStore.Next next = store.next(gazetteer.identity(), docs, statistics)) {
            List<AnalysisStore.StemChange> changes = next.dictionary(index.leaf(), fields, previous);
            byte[][] records = new byte[analysed.length][];
            if (previous != null) {
                Reach reach = Reach.of(index, previous.changed(), changes, related, keyTerms);
                for (int doc = 0; doc < analysed.length; doc++) {
                    byte[] record = previous.record();
                    ArticleAnalysis last = AnalysisStore.decode(record);
                    if (!reach.reaches(doc, last)) {
                        analysed[doc] = context.apply(last);
                        records[doc] = record;
                        kept++;
                    }
                }
            }
            analyseMissing(analysed, doc -> {
                ArticleAnalysis a = analyse.apply(doc);
                records[doc] = AnalysisStore.encode(a);
                return context.apply(a);
            });
            for (byte[] record : records) {
                next.article(record);
            }
            next.commit();
        } catch (IOException | UncheckedIOException e) {
            // The store could not be read or written to the end: what was taken from it was checked whole, and the rest is
            // analysed here; the next build analyses every article.
            analyseMissing(analysed, doc -> context.apply(analyse.apply(doc)));
        }
        store.counted(kept, analysed.length - kept);
    }

    /** Each stem sub-field's article count and average length as search scores with it, packed in one number each. */
    private static long[] statistics(SearchIndex index, List<String> fields) {
        long[] statistics = new long[fields.size()];
        try {
            for (int field = 0; field < fields.size(); field++) {
                CollectionStatistics stats = index.searcher().collectionStatistics(fields.get(field));
                statistics[field] = stats == null ? 0 : (long) stats.docCount() << 32 | Float.floatToIntBits(StableBM25.average(stats)) & 0xFFFFFFFFL;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return statistics;
    }
}
