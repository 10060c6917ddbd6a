package org.warraq.site;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.warraq.content.Article;
import org.warraq.content.Diagnostic;
import org.warraq.content.Diagnostics;

/**
 * Each article's placement (address, bylines, section, tags) with the article it was made from, kept by
 * the preview from one build to the next under the same settings. An unchanged article is placed as the
 * very same value, so every later comparison of it (rendered bodies, cards, page models) stops at identity
 * instead of walking its fields. A plan with it places exactly what a plan without it places.
 */
public final class PlaceMemo {

    private record Placing(Article article, SiteArticle placed, List<Diagnostic> problems) {
    }

    private final Map<Path, Placing> placings = new ConcurrentHashMap<>();
    private final LastPass<Article, Placing> articles = new LastPass<>();
    private final LastPass<Article, Placing> pages = new LastPass<>();

    /** One placing of a sequence of sources (the articles, or the static pages), by index. */
    final class Sequence {
        private final LastPass.Pass<Article, Placing> pass;

        private Sequence(LastPass<Article, Placing> last, int size) {
            this.pass = last.begin(size);
        }

        /**
         * The placement of {@code article}, at {@code index} of the sequence, made by {@code place} (which reports to
         * the diagnostics it is given) when not known; its problems are reported again each time.
         */
        SiteArticle place(int index, Article article, Diagnostics diagnostics, Function<Diagnostics, SiteArticle> place) {
            Placing known = pass.at(index, article, a -> placing(a, place));
            known.problems().forEach(diagnostics::add);
            return known.placed();
        }

        void end() {
            pass.end();
        }
    }

    /** A placing of the articles, {@code size} sources. */
    Sequence articles(int size) {
        return new Sequence(articles, size);
    }

    /** A placing of the static pages, {@code size} sources. */
    Sequence pages(int size) {
        return new Sequence(pages, size);
    }

    private Placing placing(Article article, Function<Diagnostics, SiteArticle> place) {
        Placing known = placings.get(article.source());
        if (known == null || !known.article().equals(article)) {
            Diagnostics found = new Diagnostics();
            known = new Placing(article, place.apply(found), found.sorted());
            placings.put(article.source(), known);
        }
        return known;
    }

    /** What puts an article in its place: newest first, then by address. */
    private record Dated(Instant date, String path) {
    }

    private final KeptOrder<Dated> newestFirst = new KeptOrder<>(Comparator.comparing(Dated::date).reversed().thenComparing(Dated::path));
    private volatile String[] claimedPaths;

    /**
     * The placed articles newest first, then by address: in the last placing's order when the articles at each index
     * have the dates and addresses they had then (a save that changes neither), else sorted.
     *
     * @param dates each article's date, in the order of {@code placed}
     */
    List<SiteArticle> newestFirst(List<Instant> dates, List<SiteArticle> placed) {
        List<Dated> keys = new ArrayList<>(placed.size());
        for (int i = 0; i < placed.size(); i++) {
            keys.add(new Dated(dates.get(i), placed.get(i).path()));
        }
        int[] order = newestFirst.of(keys);
        SiteArticle[] sorted = new SiteArticle[order.length];
        for (int i = 0; i < sorted.length; i++) {
            sorted[i] = placed.get(order[i]);
        }
        return List.of(sorted);
    }

    /** Whether the last addresses claimed without a clash or a reserved name were these, in this order. */
    boolean claimedBefore(List<SiteArticle> all) {
        String[] last = claimedPaths;
        if (last == null || last.length != all.size()) {
            return false;
        }
        for (int i = 0; i < last.length; i++) {
            if (!all.get(i).path().equals(last[i])) {
                return false;
            }
        }
        return true;
    }

    /** Remembers addresses claimed without a clash or a reserved name. */
    void claimed(List<SiteArticle> all) {
        claimedPaths = all.stream().map(SiteArticle::path).toArray(String[]::new);
    }

    /** Forgets everything: the settings the placements were made under changed. */
    public void clear() {
        newestFirst.clear();
        claimedPaths = null;
        placings.clear();
        articles.clear();
        pages.clear();
    }

    /** Forgets the sources that no longer exist. */
    public void keepOnly(Set<Path> sources) {
        if (placings.size() > sources.size() || !sources.containsAll(placings.keySet())) {
            placings.keySet().retainAll(sources);
        }
    }
}
