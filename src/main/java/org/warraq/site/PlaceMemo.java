package org.warraq.site;

import java.nio.file.Path;
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

    /** Forgets everything: the settings the placements were made under changed. */
    public void clear() {
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
