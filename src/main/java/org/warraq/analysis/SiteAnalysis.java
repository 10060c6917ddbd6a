package org.warraq.analysis;

import java.util.List;
import java.util.Map;

/**
 * Everything the analysis stage hands to page planning, as values: each article's context by site path,
 * the places with their articles (in Arabic alphabetical order of their names) and the overview.
 */
public record SiteAnalysis(Map<String, ArticleContext> articles, List<PlaceCoverage> places, Overview overview) {

    public static final SiteAnalysis NONE = new SiteAnalysis(Map.of(), List.of(), Overview.empty());

    public SiteAnalysis {
        articles = Map.copyOf(articles);
        places = List.copyOf(places);
    }

    /** The context of the article at {@code path}; nothing for a path the analysis has not seen. */
    public ArticleContext of(String path) {
        return articles.getOrDefault(path, ArticleContext.NONE);
    }
}
