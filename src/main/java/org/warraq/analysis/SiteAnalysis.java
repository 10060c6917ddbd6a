package org.warraq.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.warraq.site.SiteArticle;

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

    /**
     * This analysis as far as it still holds for {@code current}, the articles of a later build: contexts,
     * related articles and place pages only of articles that still exist, the overview's topics only of tags
     * still used. What a fresh analysis would add (a new article's related articles, a new place) is missing
     * until one runs; the preview shows this while it runs. What still holds whole is returned as it is (this
     * analysis when no article it knows is gone), so the pages made from it compare it by identity.
     */
    public SiteAnalysis within(List<SiteArticle> current) {
        if (holdsWhole(current)) {
            return this;
        }
        Set<String> paths = new HashSet<>();
        Set<String> tags = new HashSet<>();
        for (SiteArticle a : current) {
            paths.add(a.path());
            a.tags().forEach(t -> tags.add(t.slug()));
        }
        List<PlaceCoverage> covered = new ArrayList<>();
        Set<Place> placed = new HashSet<>();
        for (PlaceCoverage p : places) {
            List<String> still = p.articles().stream().filter(paths::contains).toList();
            if (!still.isEmpty()) {
                covered.add(new PlaceCoverage(p.place(), still));
                placed.add(p.place());
            }
        }
        Map<String, ArticleContext> kept = new HashMap<>();
        articles.forEach((path, c) -> {
            if (paths.contains(path)) {
                List<String> related = c.related().stream().filter(paths::contains).toList();
                List<Place> mentioned = c.places().stream().filter(placed::contains).toList();
                kept.put(path, related.size() == c.related().size() && mentioned.size() == c.places().size() ? c
                        : new ArticleContext(related, c.keyTerms(), mentioned));
            }
        });
        Overview o = overview.isEmpty() ? overview : new Overview(overview.yearFrom(), overview.to(), overview.yearArticles(),
                overview.topics().stream().filter(t -> tags.contains(t.subject().slug())).toList(),
                overview.places().stream().filter(p -> placed.contains(p.subject())).toList(),
                overview.perMonth(), overview.recentFrom(), overview.earlierFrom(), overview.earlierTo(),
                overview.recentArticles(), overview.earlierArticles(), overview.rising());
        return new SiteAnalysis(kept, covered, o);
    }

    /** Whether every article this analysis knows is among {@code current} and every topic's tag still used (paths are unique). */
    private boolean holdsWhole(List<SiteArticle> current) {
        int known = 0;
        Set<String> topics = new HashSet<>();
        overview.topics().forEach(t -> topics.add(t.subject().slug()));
        for (SiteArticle a : current) {
            if (articles.containsKey(a.path())) {
                known++;
            }
            if (!topics.isEmpty()) {
                a.tags().forEach(t -> topics.remove(t.slug()));
            }
        }
        return known == articles.size() && topics.isEmpty();
    }

    /** The context of the article at {@code path}; nothing for a path the analysis has not seen. */
    public ArticleContext of(String path) {
        return articles.getOrDefault(path, ArticleContext.NONE);
    }
}
