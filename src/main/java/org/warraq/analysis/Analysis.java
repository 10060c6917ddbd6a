package org.warraq.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.warraq.arabic.ArabicCollation;
import org.warraq.search.SearchIndex;
import org.warraq.site.SiteArticle;

/**
 * The analysis stage of the build, between placing articles and planning pages: from the search index the
 * build made once, each article's related coverage, key terms and places, then the places' article lists and
 * the overview. Articles are analysed in parallel; every result is ordered, so output is reproducible.
 */
public final class Analysis {

    private Analysis() {
    }

    public static SiteAnalysis run(SearchIndex index, Gazetteer gazetteer) {
        List<SiteArticle> articles = index.articles();
        DocFreqs docFreqs = new DocFreqs(index.leaf());
        RelatedArticles related = new RelatedArticles(index, docFreqs);
        KeyTerms keyTerms = new KeyTerms(index, docFreqs);
        List<ArticleContext> contexts = IntStream.range(0, articles.size()).parallel().mapToObj(doc -> {
            ArticleText text = ArticleText.of(articles.get(doc), index.words(doc));
            List<String> paths = related.of(doc, text).stream().map(d -> articles.get(d).path()).toList();
            return new ArticleContext(paths, keyTerms.of(text), Places.of(text, gazetteer));
        }).toList();

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
}
