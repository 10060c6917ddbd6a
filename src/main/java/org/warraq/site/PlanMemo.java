package org.warraq.site;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.warraq.analysis.ArticleContext;

/**
 * Article cards and article pages' view models, each kept with the values it was made from and taken back
 * only when those are equal. Within one plan it shares a card among the pages at one depth; kept by the
 * preview from one plan to the next, it spares a save re-planning the ten thousand pages it did not change.
 * A plan with it makes the same pages as a plan without ({@code BuildMemoTest}).
 */
public final class PlanMemo {

    /**
     * What an article page shows: the article, its neighbours, its analysis, its related articles, and the
     * site's header and footer as the page sees them (sections, static pages, the year), which other articles change.
     */
    record ArticleInputs(SiteArticle article, SiteArticle older, SiteArticle newer, ArticleContext context,
                         List<SiteArticle> related, SiteView site) {
    }

    private record Card(SiteArticle article, ArticleCard card) {
    }

    private record Model(ArticleInputs inputs, Map<String, Object> model) {
    }

    private record Composed(SiteArticle placed, SiteArticle composed) {
    }

    private final Map<String, Composed> composed = new ConcurrentHashMap<>();
    private final Map<String, Card> cards = new ConcurrentHashMap<>();
    private final Map<String, Model> articles = new ConcurrentHashMap<>();

    /**
     * The article as readers see it (NFC), the same instance as last time when the placed article is equal, so
     * that the cards and models made from it are found by identity rather than compared string by string.
     */
    SiteArticle composed(SiteArticle placed, UnaryOperator<SiteArticle> compose) {
        Composed known = composed.get(placed.path());
        if (known != null && known.placed().equals(placed)) {
            return known.composed();
        }
        SiteArticle made = compose.apply(placed);
        composed.put(placed.path(), new Composed(placed, made));
        return made;
    }

    ArticleCard card(SiteArticle article, String root, Supplier<ArticleCard> make) {
        String key = article.path() + '\u0000' + root;
        Card known = cards.get(key);
        if (known != null && known.article().equals(article)) {
            return known.card();
        }
        ArticleCard card = make.get();
        cards.put(key, new Card(article, card));
        return card;
    }

    Map<String, Object> articleModel(ArticleInputs inputs, Supplier<Map<String, Object>> make) {
        Model known = articles.get(inputs.article().path());
        if (known != null && known.inputs().equals(inputs)) {
            return known.model();
        }
        Map<String, Object> model = make.get();
        articles.put(inputs.article().path(), new Model(inputs, model));
        return model;
    }

    /** Forgets everything: the settings the cards and models were made under changed. */
    public void clear() {
        composed.clear();
        cards.clear();
        articles.clear();
    }

    /** Forgets the articles that no longer exist. */
    public void keepOnly(Set<String> articlePaths) {
        articles.keySet().retainAll(articlePaths);
        composed.keySet().retainAll(articlePaths);
        cards.keySet().removeIf(key -> !articlePaths.contains(key.substring(0, key.indexOf('\u0000'))));
    }
}
