package org.warraq.site;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.warraq.analysis.SiteAnalysis;

/**
 * Article cards, pages' view models (articles, the home page, lists, feeds, sitemaps, archive pages), whole
 * lists' planned pages and the site's header at each depth, each kept with the values it was made from and
 * taken back only when those are equal. Within one plan it shares a card among the pages at one depth; kept
 * by the preview from one plan to the next, it spares a save re-planning the ten thousand pages it did not
 * change, and hands back the very same values, so the next comparison stops at identity. It also keeps what
 * the last plan that ran to its end made by position ({@link Last}): a save that changes one article's text
 * then costs a comparison of references index by index, and the lists and pages that do not show that article
 * are taken back without going over the site's articles again.
 * A plan with it makes the same pages as a plan without ({@code BuildMemoTest}).
 */
public final class PlanMemo {

    private record Card(SiteArticle article, ArticleCard card) {
    }

    /** A value with the inputs it was made from. */
    record Kept<V>(Record inputs, V value) {
    }

    private record Composed(SiteArticle placed, SiteArticle composed) {
    }

    private record CardKey(String path, String root) {
    }

    /** A page with the inputs it was made from. */
    record Made(Record inputs, PlannedPage page) {
    }

    /** A whole list's pages with the inputs they were made from. */
    record MadeList(Record inputs, List<PlannedPage> pages) {
    }

    /** A section's, a tag's or an author's list: its names, and its articles as indices in the site's order. */
    record Group(String listPath, String kind, String name, String heading, String intro, int[] at) {
    }

    /** The lists of the sections, tags and authors in the order they are planned, and the sections they come from. */
    record Groups(List<Group> lists, Map<String, org.warraq.content.Category> sections) {
    }

    /**
     * How a plan's articles differ from the last plan's, index by index.
     *
     * @param paths      the paths of the articles that are not the very same values at the same index, on both sides
     * @param at         the indices, in the new plan, of the articles that are not the very same values
     * @param sameDates  whether every index holds an article with the same path, date and update as last time
     * @param sameGroups whether, besides, every article has the section, tags and authors of the one at its index last
     *                   time (the sections', tags' and authors' lists then hold the same indices)
     */
    record Changes(Set<String> paths, int[] at, boolean sameDates, boolean sameGroups) {
    }

    /**
     * What the last plan that ran to its end made by position: its articles in order, the analysis it read, each
     * article's page, each home page, each whole list with its inputs, the sections', tags' and authors' lists as
     * indices, the archive's months as indices, and the sitemap with the pages planned before it. A plan compares its
     * articles with these index by index ({@link #changesIn}): where nothing a page shows moved or changed, it takes
     * the page back without a lookup by key.
     */
    static final class Last {
        static final Last NONE = new Last(new SiteArticle[0], null, new Made[0], new Made[0], Map.of(), null, Map.of(),
                new PlannedPage[0], null);

        private final SiteArticle[] articles;
        private final SiteAnalysis analysis;
        private final Made[] articlePages;
        private final Made[] homePages;
        private final Map<String, MadeList> lists;
        private final Groups groups;
        private final Map<Integer, Map<Integer, int[]>> archive;
        private final PlannedPage[] beforeSitemap;
        private final Made sitemap;

        /**
         * @param lists         the inputs and pages of each whole list (sections, tags, authors, places), by path
         * @param groups        the sections', tags' and authors' lists
         * @param archive       the articles' indices by year and month
         * @param beforeSitemap the pages planned before the sitemap, in order
         */
        Last(SiteArticle[] articles, SiteAnalysis analysis, Made[] articlePages, Made[] homePages, Map<String, MadeList> lists,
             Groups groups, Map<Integer, Map<Integer, int[]>> archive, PlannedPage[] beforeSitemap, Made sitemap) {
            this.articles = articles;
            this.analysis = analysis;
            this.articlePages = articlePages;
            this.homePages = homePages;
            this.lists = lists;
            this.groups = groups;
            this.archive = archive;
            this.beforeSitemap = beforeSitemap;
            this.sitemap = sitemap;
        }

        /** The page made last time for {@code article} at {@code index}, when it was this very article there. */
        Made article(int index, SiteArticle article) {
            return index < articles.length && articles[index] == article ? articlePages[index] : null;
        }

        /** The {@code n}th home page (from 0) made last time, or null. */
        Made home(int n) {
            return n < homePages.length ? homePages[n] : null;
        }

        /** The inputs and pages of the whole list at {@code listPath} made last time, or null. */
        MadeList list(String listPath) {
            return lists.get(listPath);
        }

        /** The sections', tags' and authors' lists last time, or null. */
        Groups groups() {
            return groups;
        }

        /** The articles' indices by year and month, last time. */
        Map<Integer, Map<Integer, int[]>> archive() {
            return archive;
        }

        /** The sitemap made last time, or null. */
        Made sitemap() {
            return sitemap;
        }

        /** Whether the last plan read this very analysis. */
        boolean read(SiteAnalysis analysis) {
            return this.analysis == analysis;
        }

        /**
         * How {@code now}, the articles of a new plan, differ from this plan's, index by index, in one pass. Where the
         * article at an index is not the very same value, both paths count as changed: an article whose path is not
         * among them is, wherever it is, the very article this plan had under that path.
         */
        Changes changesIn(List<SiteArticle> now) {
            Set<String> paths = new HashSet<>();
            List<Integer> at = new ArrayList<>();
            boolean dates = now.size() == articles.length;
            boolean lists = dates && groups != null;
            for (int i = 0; i < Math.max(now.size(), articles.length); i++) {
                SiteArticle a = i < now.size() ? now.get(i) : null;
                SiteArticle b = i < articles.length ? articles[i] : null;
                if (a == b) {
                    continue;
                }
                if (a != null) {
                    paths.add(a.path());
                    at.add(i);
                }
                if (b != null) {
                    paths.add(b.path());
                }
                if (a != null && b != null) {
                    dates = dates && a.path().equals(b.path()) && a.article().date().equals(b.article().date())
                            && java.util.Objects.equals(a.article().updated(), b.article().updated());
                    lists = lists && dates && java.util.Objects.equals(a.category(), b.category()) && a.tags().equals(b.tags())
                            && a.authors().equals(b.authors());
                }
            }
            return new Changes(paths, at.stream().mapToInt(Integer::intValue).toArray(), dates, lists);
        }

        /** Whether {@code now} holds pages of the same kinds and paths as this plan had before its sitemap, in the same order. */
        boolean samePagesBeforeSitemap(PlannedPage[] now) {
            if (now.length != beforeSitemap.length) {
                return false;
            }
            for (int i = 0; i < now.length; i++) {
                PlannedPage a = now[i];
                PlannedPage b = beforeSitemap[i];
                if (a != b && !(a.kind() == b.kind() && a.path().equals(b.path()))) {
                    return false;
                }
            }
            return true;
        }
    }

    private final Map<String, Composed> composed = new ConcurrentHashMap<>();
    private final LastPass<SiteArticle, SiteArticle> composedArticles = new LastPass<>();
    private final LastPass<SiteArticle, SiteArticle> composedPages = new LastPass<>();
    private final Map<CardKey, Card> cards = new ConcurrentHashMap<>();
    private final Map<String, SiteView> siteViews = new ConcurrentHashMap<>();
    private final Map<String, Kept<List<PlannedPage>>> lists = new ConcurrentHashMap<>();
    private final Map<String, Kept<Map<String, Object>>> articleModels = new ConcurrentHashMap<>();
    private final Map<String, PlannedPage> articlePages = new ConcurrentHashMap<>();
    private final Map<List<Tag>, List<Tag>> tagOrders = new ConcurrentHashMap<>();
    private final Map<String, Kept<Map<String, Object>>> models = new ConcurrentHashMap<>();
    private volatile Last last = Last.NONE;
    /** Whether what is made is kept for a next plan (the preview's), or the memo serves one plan only. */
    private final boolean keeps;

    /** A memo kept from one plan to the next, as the preview keeps it. */
    public PlanMemo() {
        this(true);
    }

    private PlanMemo(boolean keeps) {
        this.keeps = keeps;
    }

    /**
     * A memo for a build that plans once: it shares cards and headers among the plan's pages and keeps nothing for
     * a next plan, and it defers the model of each article page, each list's page, feed and sitemap until the page is
     * rendered ({@link DeferredModel}).
     */
    static PlanMemo forOnePlan() {
        return new PlanMemo(false);
    }

    /** What the last plan that ran to its end made by position. */
    Last last() {
        return last;
    }

    /** Records what a plan that ran to its end made by position, for the next plan to compare with. */
    void planned(Last plan) {
        if (keeps) {
            last = plan;
        }
    }

    /**
     * The article as readers see it (NFC), the same instance as last time when the placed article is equal, so
     * that the cards and models made from it are found by identity rather than compared string by string.
     */
    List<SiteArticle> composed(List<SiteArticle> placed, boolean pages, UnaryOperator<SiteArticle> compose) {
        return (pages ? composedPages : composedArticles).map(placed, a -> composed(a, compose));
    }

    private SiteArticle composed(SiteArticle placed, UnaryOperator<SiteArticle> compose) {
        Composed known = composed.get(placed.path());
        if (known != null && known.placed().equals(placed)) {
            return known.composed();
        }
        SiteArticle made = compose.apply(placed);
        composed.put(placed.path(), new Composed(placed, made));
        return made;
    }

    ArticleCard card(SiteArticle article, String root, Supplier<ArticleCard> make) {
        CardKey key = new CardKey(article.path(), root);
        Card known = cards.get(key);
        if (known != null && known.article().equals(article)) {
            return known.card();
        }
        ArticleCard card = make.get();
        cards.put(key, new Card(article, card));
        return card;
    }

    /**
     * The site's header and footer as seen from {@code root}: the one kept from the last plan when it is equal, so
     * that each page's inputs compare it by identity.
     */
    SiteView siteView(String root, SiteView made) {
        SiteView known = siteViews.get(root);
        if (made.equals(known)) {
            return known;
        }
        siteViews.put(root, made);
        return made;
    }

    /**
     * The view model of the page written to {@code page}, made from {@code inputs}: a record of everything the
     * model shows, compared with the remembered page's.
     */
    Map<String, Object> model(String page, Record inputs, Supplier<Map<String, Object>> make) {
        return keptModel(models, page, inputs, make);
    }

    /**
     * An article page's view model, keyed by the article's site path (the same string each time the article is
     * unchanged, so the lookup does not hash a new one).
     */
    Map<String, Object> articleModel(String articlePath, Record inputs, Supplier<Map<String, Object>> make) {
        return keptModel(articleModels, articlePath, inputs, make);
    }

    /** The pages last made for the whole list at {@code listPath}, with what they showed, or null. */
    Kept<List<PlannedPage>> lastList(String listPath) {
        return lists.get(listPath);
    }

    /** The inputs and model last made for the article at {@code articlePath}, or null. */
    Kept<Map<String, Object>> lastArticle(String articlePath) {
        return articleModels.get(articlePath);
    }

    /** The article's planned page: the last one when it carries the same model. */
    PlannedPage articlePage(String articlePath, Map<String, Object> model, Supplier<PlannedPage> make) {
        if (!keeps) {
            return make.get();
        }
        PlannedPage known = articlePages.get(articlePath);
        if (known != null && known.model() == model) {
            return known;
        }
        PlannedPage page = make.get();
        articlePages.put(articlePath, page);
        return page;
    }

    /** The tags in Arabic alphabetical order, sorted again only when they are not the last plan's tags. */
    List<Tag> tagOrder(List<Tag> tags, Supplier<List<Tag>> sort) {
        List<Tag> known = tagOrders.get(tags);
        if (known != null) {
            return known;
        }
        List<Tag> sorted = List.copyOf(sort.get());
        tagOrders.clear();
        tagOrders.put(List.copyOf(tags), sorted);
        return sorted;
    }

    /**
     * The planned pages of a whole list (a tag's, a section's), made from {@code inputs}: the same pages as last
     * time when they are equal, so a save that leaves a list alone costs one comparison of its articles.
     */
    List<PlannedPage> pages(String listPath, Record inputs, Supplier<List<PlannedPage>> make) {
        return kept(lists, listPath, inputs, () -> List.copyOf(make.get()));
    }

    /** A page's model as {@link #kept}; a memo for one plan defers it instead, as it keeps nothing. */
    private Map<String, Object> keptModel(Map<String, Kept<Map<String, Object>>> map, String key, Record inputs,
                                          Supplier<Map<String, Object>> make) {
        return keeps ? kept(map, key, inputs, make) : new DeferredModel(make, inputs);
    }

    /** The value kept under {@code key} when it was made from equal inputs, else one made now (and kept). */
    private <V> V kept(Map<String, Kept<V>> map, String key, Record inputs, Supplier<V> make) {
        if (!keeps) {
            return make.get();
        }
        Kept<V> known = map.get(key);
        if (known != null && known.inputs().equals(inputs)) {
            return known.value();
        }
        V value = make.get();
        map.put(key, new Kept<>(inputs, value));
        return value;
    }

    /** Forgets everything: the settings the cards and models were made under changed. */
    public void clear() {
        last = Last.NONE;
        composed.clear();
        composedArticles.clear();
        composedPages.clear();
        cards.clear();
        siteViews.clear();
        lists.clear();
        articleModels.clear();
        articlePages.clear();
        tagOrders.clear();
        models.clear();
    }

    /** Forgets the articles and pages that no longer exist. */
    public void keepOnly(Set<String> articlePaths, Set<String> pages) {
        models.keySet().retainAll(pages);
        lists.keySet().removeIf(list -> !pages.contains(Urls.file(list)));
        composed.keySet().retainAll(articlePaths);
        articleModels.keySet().retainAll(articlePaths);
        articlePages.keySet().retainAll(articlePaths);
        cards.keySet().removeIf(key -> !articlePaths.contains(key.path()));
    }
}
