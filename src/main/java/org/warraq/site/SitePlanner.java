package org.warraq.site;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.warraq.analysis.ArticleContext;
import org.warraq.analysis.Coverage;
import org.warraq.analysis.Overview;
import org.warraq.analysis.Place;
import org.warraq.analysis.PlaceCoverage;
import org.warraq.analysis.RisingTerm;
import org.warraq.analysis.SiteAnalysis;
import org.warraq.analysis.Timeline;
import org.warraq.arabic.ArabicCollation;
import org.warraq.arabic.ArabicDates;
import org.warraq.arabic.ArabicLetters;
import org.warraq.arabic.ArabicPlurals;
import org.warraq.arabic.Digits;
import org.warraq.arabic.Excerpts;
import org.warraq.arabic.ReadingTime;
import org.warraq.content.Article;
import org.warraq.content.Author;
import org.warraq.content.Category;
import org.warraq.content.Diagnostics;
import org.warraq.content.SiteConfig;

/**
 * Plans every file of the site from the placed, rendered articles and what the analysis stage found:
 * home, articles (with related coverage, places and suggested topics), static pages, sections, tags,
 * authors and places (each with its monthly timeline), the archive, the «تحليلات» overview, alias
 * redirects, 404, feeds, sitemaps and robots. Each planned page carries its own view model with links
 * already relative to that page, and its structured data and social meta tags. Titles and summaries are
 * shown in NFC; every number and date written here uses the site's digits.
 */
public final class SitePlanner {

    public static final int FEED_SIZE = 20;
    /** Key terms offered as «موضوعات مقترحة» on an article without tags. */
    public static final int SUGGESTED_TOPICS = 5;
    /** The Google News sitemap lists the articles of the last two days before the newest one. */
    public static final Duration NEWS_WINDOW = Duration.ofDays(2);
    /** Longest excerpt, in characters, shown on a card for an article without a summary. */
    public static final int EXCERPT_LENGTH = 160;
    private static final DateTimeFormatter RFC3339 = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
    private static final String EPOCH = "1970-01-01T00:00:00Z";

    private final SiteConfig config;
    private final SiteAnalysis analysis;
    private final Urls urls;
    private final ArabicDates dates;
    private final Charts charts;
    private final StructuredData structured;
    private final Map<String, SiteArticle> byPath = new HashMap<>();
    private final List<PlannedPage> out = new ArrayList<>();
    private final Map<String, String> claimed = new HashMap<>();
    private final Map<String, SiteView> siteViews = new ConcurrentHashMap<>();
    private final PlanMemo memo;
    private List<SiteArticle> articles;
    private List<SiteArticle> pages;
    private Map<String, Category> sections;
    /** What the last plan that ran to its end made by position. */
    private PlanMemo.Last last;
    /** How the articles differ from the last plan's, index by index. */
    private PlanMemo.Changes changes;
    /** Whether the last plan read this very analysis. */
    private boolean sameAnalysis;
    private PlanMemo.Groups groups;
    private final Map<String, PlanMemo.MadeList> madeLists = new HashMap<>();
    private Map<Integer, Map<Integer, int[]>> archiveAt;
    private PlannedPage[] beforeSitemap;
    private PlanMemo.Made sitemapMade;

    /** A planner for a build that plans once: see {@link PlanMemo#forOnePlan()}. */
    public SitePlanner(SiteConfig config, SiteAnalysis analysis) {
        this(config, analysis, PlanMemo.forOnePlan());
    }

    /** @param memo cards and article models of an earlier plan under the same settings (the preview's) */
    public SitePlanner(SiteConfig config, SiteAnalysis analysis, PlanMemo memo) {
        this.memo = memo;
        this.config = config;
        this.analysis = analysis;
        this.urls = new Urls(config.baseUrl(), config.portableLinks());
        this.dates = new ArabicDates(config.region(), config.numerals());
        this.charts = new Charts(dates, config.numerals());
        this.structured = new StructuredData(config, urls);
    }

    /**
     * The pages planned so far, each path with what produces it (the source named when two would collide); after
     * {@link #plan} every page of the site. Handed over: the caller may add the files it writes besides the pages.
     */
    public Map<String, String> owners() {
        return claimed;
    }

    public List<PlannedPage> plan(Placement.Placed placed, Diagnostics diagnostics) {
        articles = memo.composed(placed.articles(), false, SitePlanner::composed);
        pages = memo.composed(placed.pages(), true, SitePlanner::composed);
        last = memo.last();
        changes = last.changesIn(articles);
        sameAnalysis = last.read(analysis);
        for (SiteArticle a : articles) {
            byPath.put(a.path(), a);
        }
        if (changes.sameGroups()) {
            sections = last.groups().sections();
        } else {
            sections = new LinkedHashMap<>();
            config.categories().forEach(c -> sections.put(c.key(), c));
            articles.stream().map(SiteArticle::category).filter(c -> c != null).forEach(c -> sections.putIfAbsent(c.key(), c));
            sections = java.util.Collections.unmodifiableMap(sections);
        }

        PlanMemo.Made[] home = home();
        PlanMemo.Made[] made = new PlanMemo.Made[articles.size()];
        List<PlannedPage> articlePages = IntStream.range(0, articles.size()).parallel().mapToObj(i -> {
            SiteArticle a = articles.get(i);
            SiteArticle older = i + 1 < articles.size() ? articles.get(i + 1) : null;
            SiteArticle newer = i > 0 ? articles.get(i - 1) : null;
            PlanMemo.Made page = sameAnalysis ? keptArticle(i, a, older, newer) : null;
            made[i] = page != null ? page : articlePage(a, older, newer);
            return made[i].page();
        }).toList();
        articlePages.forEach(this::emit);
        for (SiteArticle p : pages) {
            staticPage(p);
        }
        taxonomies();
        places();
        archive();
        overview();
        search();
        aliases(diagnostics);
        notFound();
        emit(feedPage("feed.xml", "", config.title(), config.description(), articles));
        sitemap();
        newsSitemap();
        emit("robots.txt", OutputKind.ROBOTS, "robots", Map.of("sitemap", urls.absolute("sitemap.xml"),
                "newsSitemap", urls.absolute("news-sitemap.xml")), "robots");
        memo.planned(new PlanMemo.Last(articles.toArray(new SiteArticle[0]), analysis, made, home, madeLists, groups, archiveAt,
                beforeSitemap, sitemapMade));
        return List.copyOf(out);
    }

    // ---- pages ---------------------------------------------------------------------------------

    /**
     * What an article page shows: the article, its neighbours, its analysis, its related articles, and the
     * site's header and footer as the page sees them (sections, static pages, the year), which other articles change.
     */
    private record ArticleInputs(SiteArticle article, SiteArticle older, SiteArticle newer, ArticleContext context,
                                 List<SiteArticle> related, String root, SiteView site) {
    }

    /**
     * The page the last plan made for the article at this index, when the article, its neighbours, its related
     * articles and the site's header as it sees them are the very same values as then (the analysis is): found by
     * position, without a lookup by key. Null when one may differ.
     */
    private PlanMemo.Made keptArticle(int i, SiteArticle a, SiteArticle older, SiteArticle newer) {
        PlanMemo.Made made = last.article(i, a);
        if (made == null || !(made.inputs() instanceof ArticleInputs in) || in.older() != older || in.newer() != newer
                || in.site() != siteView(in.root())) {
            return null;
        }
        for (String related : in.context().related()) {
            if (changes.paths().contains(related)) {
                return null;
            }
        }
        return made;
    }

    /** The article's page and what it shows: the last ones when nothing it shows changed, else made now. */
    private PlanMemo.Made articlePage(SiteArticle a, SiteArticle older, SiteArticle newer) {
        ArticleContext context = analysis.of(a.path());
        PlanMemo.Kept<Map<String, Object>> known = unchangedArticleModel(a, older, newer, context);
        Record inputs;
        Map<String, Object> model;
        if (known != null) {
            inputs = known.inputs();
            model = known.value();
        } else {
            String root = Urls.root(a.path());
            ArticleInputs made = new ArticleInputs(a, older, newer, context,
                    context.related().stream().map(byPath::get).toList(), root, siteView(root));
            inputs = made;
            model = memo.articleModel(a.path(), made, () -> articleModel(a, older, newer));
        }
        Map<String, Object> shown = model;
        return new PlanMemo.Made(inputs, memo.articlePage(a.path(), shown,
                () -> page(a.path(), OutputKind.PAGE, "article", shown, a.article().source().toString())));
    }

    /**
     * The article page's last model and inputs when every input is the very same value as last time, found without
     * making the inputs (a save on a large site leaves nearly every article so); null when one may differ.
     */
    private PlanMemo.Kept<Map<String, Object>> unchangedArticleModel(SiteArticle a, SiteArticle older, SiteArticle newer,
                                                                      ArticleContext context) {
        PlanMemo.Kept<Map<String, Object>> known = memo.lastArticle(a.path());
        if (known == null || !(known.inputs() instanceof ArticleInputs last) || last.article() != a || last.older() != older
                || last.newer() != newer || last.context() != context || last.site() != siteView(last.root())) {
            return null;
        }
        List<String> related = context.related();
        for (int k = 0; k < related.size(); k++) {
            if (last.related().get(k) != byPath.get(related.get(k))) {
                return null;
            }
        }
        return known;
    }

    /** What a page made from a run of articles shows (archive pages, feeds): nothing but them and the site's header. */
    private record RunInputs(String path, List<SiteArticle> articles, SiteView site) {
    }

    /** What a feed shows: its addresses and titles, its newest articles. */
    private record FeedInputs(String path, String alternatePath, String title, String subtitle, List<SiteArticle> articles,
                              SiteView site) {
    }

    /** What the sitemap lists: the pages' files, and the articles' folders with their last change (lastmod). */
    private record SitemapInputs(List<String> files, List<String> articles, List<ZonedDateTime> changed) {
    }

    /** Everything a whole list (its pages and its feed) shows: its names, its articles, the site's header at its depths. */
    private record WholeList(String listPath, String kind, String name, String heading, String intro, List<SiteArticle> items,
                             SiteView first, SiteView later, SiteView feed) {
    }

    /** What a page of a list shows; {@code dates}, the dates of all its articles, only on the first page (its timeline). */
    private record ListInputs(String listPath, String kind, String name, String heading, String intro, int count, int n,
                              int total, List<SiteArticle> chunk, List<ZonedDateTime> dates, SiteView site) {
    }

    /** The home list's pages, each the last plan's at its place when it shows the very same articles and header. */
    private PlanMemo.Made[] home() {
        List<List<SiteArticle>> chunks = Paginator.split(articles, config.perPage());
        PlanMemo.Made[] made = new PlanMemo.Made[chunks.size()];
        for (int n = 1; n <= chunks.size(); n++) {
            String path = Urls.paged("", n);
            List<SiteArticle> chunk = chunks.get(n - 1);
            SiteView site = siteView(Urls.root(path));
            PlanMemo.Made kept = last.home(n - 1);
            if (kept != null && kept.inputs() instanceof ListInputs in && in.count() == articles.size()
                    && in.total() == chunks.size() && in.site() == site && sameItems(in.chunk(), chunk)) {
                made[n - 1] = kept;
            } else {
                int page = n;
                ListInputs inputs = new ListInputs("", "home", "", "", "", articles.size(), n, chunks.size(), chunk, null, site);
                Map<String, Object> model = memo.model(Urls.file(path), inputs, () -> homeModel(path, chunk, page, chunks.size()));
                made[n - 1] = new PlanMemo.Made(inputs, page(path, OutputKind.PAGE, "home", model, "home page"));
            }
            emit(made[n - 1].page());
        }
        return made;
    }

    /** Whether two lists hold the very same values in the same order. */
    private static boolean sameItems(List<SiteArticle> a, List<SiteArticle> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i) != b.get(i)) {
                return false;
            }
        }
        return true;
    }

    private Map<String, Object> homeModel(String path, List<SiteArticle> chunk, int n, int total) {
        Map<String, Object> model = base(path, "home", n == 1 ? "" : pageLabel(n, total),
                config.description(), link(path, "feed.xml", "الخلاصة"), "", n, total);
        ArticleCard lead = n == 1 && !chunk.isEmpty() ? card(chunk.get(0), path) : null;
        model.put("lead", lead);
        model.put("articles", cards(lead == null ? chunk : chunk.subList(1, chunk.size()), path));
        if (n == 1) {
            model.put("structuredData", List.of(structured.website()));
        }
        return model;
    }

    /** An article page's view model; made on every core, so it only reads the planner's state. */
    private Map<String, Object> articleModel(SiteArticle a, SiteArticle older, SiteArticle newer) {
        String path = a.path();
        Map<String, Object> model = base(path, "article", a.article().title(), summary(a), null, null, 1, 1);
        model.put("article", view(a, path, older, newer));
        String image = absoluteImage(a);
        List<StructuredData.Crumb> crumbs = new ArrayList<>();
        crumbs.add(new StructuredData.Crumb(config.title(), urls.baseUrl()));
        if (a.category() != null) {
            crumbs.add(new StructuredData.Crumb(a.category().name(), urls.absolute("category/" + a.category().key() + "/")));
        }
        crumbs.add(new StructuredData.Crumb(a.article().title(), urls.absolute(path)));
        model.put("structuredData", List.of(structured.newsArticle(a, summary(a), image), structured.breadcrumbs(crumbs)));
        var art = a.article();
        model.put("social", new SocialMeta("article", SocialMeta.locale(config.language()), config.title(), art.title(), summary(a),
                urls.absolute(path), image, image == null ? null : art.imageAlt(), image == null ? "summary" : "summary_large_image",
                iso(art.date()), iso(art.updated() != null ? art.updated() : art.date()),
                a.category() == null ? null : a.category().name(), a.tags().stream().map(Tag::name).toList()));
        return model;
    }

    private void staticPage(SiteArticle p) {
        String path = p.path();
        Map<String, Object> model = base(path, "page", p.article().title(), p.article().summary(), null, null, 1, 1);
        model.put("article", view(p, path, null, null));
        emit(path, OutputKind.PAGE, "page", model, p.article().source().toString());
    }

    /**
     * The sections', tags' and authors' lists, and the index of tags. When every article is in the lists it was in
     * last time, the lists are the last plan's, and a list none of whose articles changed is taken back as it was.
     */
    private void taxonomies() {
        groups = changes.sameGroups() ? last.groups() : groups();
        java.util.Set<String> touched = changes.sameGroups() ? touchedLists() : null;
        List<TagCount> index = new ArrayList<>();
        boolean tagsDone = false;
        for (PlanMemo.Group g : groups.lists()) {
            if (g.kind().equals("author") && !tagsDone) {
                tagsDone = true;
                if (!index.isEmpty()) {
                    tagIndex(index);
                }
            }
            PlanMemo.MadeList made = touched == null || touched.contains(g.listPath()) ? null : keptList(g.listPath());
            if (made == null) {
                List<SiteArticle> items = new ArrayList<>(g.at().length);
                for (int i : g.at()) {
                    items.add(articles.get(i));
                }
                made = list(g.listPath(), g.kind(), g.name(), g.heading(), g.intro(), items);
            }
            madeLists.put(g.listPath(), made);
            if (g.kind().equals("tag")) {
                index.add(new TagCount(link("tag/", g.listPath(), g.name()),
                        ArabicPlurals.count(g.at().length, ArabicPlurals.ARTICLES, config.numerals())));
            }
        }
        if (!tagsDone && !index.isEmpty()) {
            tagIndex(index);
        }
    }

    /** The lists of the articles that are not the very ones at their index last time (their lists are the same then). */
    private java.util.Set<String> touchedLists() {
        java.util.Set<String> touched = new java.util.HashSet<>();
        for (int i : changes.at()) {
            SiteArticle a = articles.get(i);
            if (a.category() != null) {
                touched.add("category/" + a.category().key() + "/");
            }
            a.tags().forEach(t -> touched.add("tag/" + t.slug() + "/"));
            a.authors().forEach(x -> touched.add("author/" + x.key() + "/"));
        }
        return touched;
    }

    /** The whole list the last plan made at {@code listPath}, emitted again when it is seen from the very same headers; else null. */
    private PlanMemo.MadeList keptList(String listPath) {
        PlanMemo.MadeList kept = last.list(listPath);
        if (kept == null || !(kept.inputs() instanceof WholeList known) || !sameHeaders(known, listPath)) {
            return null;
        }
        kept.pages().forEach(this::emit);
        return kept;
    }

    /** The sections' lists in the sections' order, the tags' in Arabic alphabetical order, the authors' by key. */
    private PlanMemo.Groups groups() {
        Map<String, List<Integer>> bySection = new HashMap<>();
        Map<String, List<Integer>> byTag = new HashMap<>();
        Map<String, List<Integer>> byAuthor = new HashMap<>();
        Map<String, Tag> tags = new HashMap<>();
        for (int i = 0; i < articles.size(); i++) {
            SiteArticle a = articles.get(i);
            if (a.category() != null) {
                bySection.computeIfAbsent(a.category().key(), k -> new ArrayList<>()).add(i);
            }
            for (Tag t : a.tags()) {
                tags.putIfAbsent(t.slug(), t);
                addOnce(byTag.computeIfAbsent(t.slug(), k -> new ArrayList<>()), i);
            }
            for (Author x : a.authors()) {
                addOnce(byAuthor.computeIfAbsent(x.key(), k -> new ArrayList<>()), i);
            }
        }
        List<PlanMemo.Group> lists = new ArrayList<>();
        for (Category c : sections.values()) {
            List<Integer> in = bySection.getOrDefault(c.key(), List.of());
            if (!in.isEmpty()) {
                lists.add(new PlanMemo.Group("category/" + c.key() + "/", "category", c.name(), "القسم: " + c.name(), null, indices(in)));
            }
        }
        List<Tag> bySlug = new ArrayList<>(tags.values());
        bySlug.sort(java.util.Comparator.comparing(Tag::slug));
        for (Tag t : memo.tagOrder(bySlug, () -> ArabicCollation.sorted(bySlug, Tag::name))) {
            lists.add(new PlanMemo.Group("tag/" + t.slug() + "/", "tag", t.name(), "الوسم: " + t.name(), null, indices(byTag.get(t.slug()))));
        }
        Map<String, Author> authors = new TreeMap<>();
        config.authors().forEach(a -> authors.put(a.key(), a));
        articles.forEach(a -> a.authors().forEach(x -> authors.putIfAbsent(x.key(), x)));
        for (Author author : authors.values()) {
            List<Integer> by = byAuthor.getOrDefault(author.key(), List.of());
            if (!by.isEmpty()) {
                lists.add(new PlanMemo.Group("author/" + author.key() + "/", "author", author.name(), author.name(),
                        author.bio().isEmpty() ? null : author.bio(), indices(by)));
            }
        }
        return new PlanMemo.Groups(List.copyOf(lists), sections);
    }

    private static void addOnce(List<Integer> list, int i) {
        if (list.isEmpty() || list.get(list.size() - 1) != i) {
            list.add(i);
        }
    }

    private static int[] indices(List<Integer> list) {
        return list.stream().mapToInt(Integer::intValue).toArray();
    }

    /** All tags in Arabic alphabetical order, each with its article count. */
    private void tagIndex(List<TagCount> index) {
        String path = "tag/";
        Map<String, Object> model = base(path, "tags", "الوسوم", "كل وسوم " + config.title() + " مرتبة أبجديًا", null, null, 1, 1);
        model.put("heading", "الوسوم");
        model.put("intro", ArabicPlurals.count(index.size(), ArabicPlurals.TAGS, config.numerals()));
        model.put("tagIndex", index);
        emit(path, OutputKind.PAGE, "tags", model, "tags index");
    }

    /** The page of each place the articles mention, and the index of places. */
    private void places() {
        List<TagCount> index = new ArrayList<>();
        java.util.Set<Place> touched = null;
        if (sameAnalysis) {
            touched = new java.util.HashSet<>();
            for (String path : changes.paths()) {
                touched.addAll(analysis.of(path).places());
            }
        }
        for (PlaceCoverage coverage : analysis.places()) {
            Place place = coverage.place();
            String path = "place/" + place.slug() + "/";
            PlanMemo.MadeList made = touched == null || touched.contains(place) ? null : keptList(path);
            if (made == null) {
                List<SiteArticle> mentioning = coverage.articles().stream().map(byPath::get).toList();
                made = list(path, "place", place.name(), place.name(), null, mentioning);
            }
            madeLists.put(path, made);
            index.add(new TagCount(link("place/", path, place.name()),
                    ArabicPlurals.count(coverage.articles().size(), ArabicPlurals.ARTICLES, config.numerals())));
        }
        if (index.isEmpty()) {
            return;
        }
        String path = "place/";
        Map<String, Object> model = base(path, "places", "الأماكن", "الدول التي تتناولها مقالات " + config.title(), null, null, 1, 1);
        model.put("heading", "الأماكن");
        model.put("intro", "الدول التي تذكرها المقالات، مرتبة أبجديًا، مع عدد المقالات التي تذكر كلًّا منها.");
        model.put("placeIndex", index);
        emit(path, OutputKind.PAGE, "places", model, "places index");
    }

    /** The «تحليلات» page: coverage over the last twelve months, articles per month, rising topics. */
    private void overview() {
        Overview o = analysis.overview();
        if (o.isEmpty()) {
            return;
        }
        String path = "analysis/";
        Map<String, Object> model = base(path, "analysis", "تحليلات",
                "أكثر الموضوعات والأماكن حضورًا في " + config.title() + " والموضوعات الصاعدة", null, null, 1, 1);
        model.put("heading", "تحليلات");
        List<TagCount> topics = o.topics().stream().map(c -> new TagCount(
                link(path, "tag/" + c.subject().slug() + "/", ArabicLetters.nfc(c.subject().name())), articleCount(c))).toList();
        List<TagCount> places = o.places().stream().map(c -> new TagCount(
                link(path, "place/" + c.subject().slug() + "/", c.subject().name()), articleCount(c))).toList();
        List<AnalysisView.Rising> rising = new ArrayList<>();
        for (RisingTerm t : o.rising()) {
            rising.add(new AnalysisView.Rising(new Link(searchLink(path, t.surface()), t.surface()),
                    share(t.recent(), o.recentArticles()), share(t.earlier(), o.earlierArticles())));
        }
        model.put("overview", new AnalysisView(month(o.yearFrom()), month(o.to()),
                ArabicPlurals.count(o.yearArticles(), ArabicPlurals.ARTICLES, config.numerals()), topics, places,
                charts.monthly("per-month", "كل أشهر الأرشيف", config.title(), o.perMonth()),
                month(o.recentFrom()), month(o.earlierFrom()), month(o.earlierTo()),
                ArabicPlurals.count(o.recentArticles(), ArabicPlurals.ARTICLES, config.numerals()),
                ArabicPlurals.count(o.earlierArticles(), ArabicPlurals.ARTICLES, config.numerals()), rising));
        emit(path, OutputKind.PAGE, "analysis", model, "analysis page");
    }

    private String articleCount(Coverage<?> c) {
        return ArabicPlurals.count(c.articles(), ArabicPlurals.ARTICLES, config.numerals());
    }

    private DateLabel month(YearMonth m) {
        return new DateLabel(m.toString(), dates.monthYear(m.getYear(), m.getMonthValue()));
    }

    /** A share of a period's articles as a whole percentage in the site's digits («٥٠٪»). */
    private String share(int part, int total) {
        long percent = total == 0 ? 0 : Math.round(100.0 * part / total);
        return Digits.format(percent, config.numerals()) + (config.numerals() == org.warraq.content.Numerals.ARAB ? "٪" : "%");
    }

    /**
     * A paginated list of articles with its own feed; its first page shows the list's monthly timeline.
     *
     * @return the list's pages and what they show
     */
    private PlanMemo.MadeList list(String listPath, String kind, String name, String heading, String intro, List<SiteArticle> items) {
        PlanMemo.Kept<List<PlannedPage>> kept = memo.lastList(listPath);
        if (kept != null && kept.inputs() instanceof WholeList known && sameHeaders(known, listPath)
                && sameItems(known.items(), items) && known.kind().equals(kind) && known.name().equals(name)
                && known.heading().equals(heading) && java.util.Objects.equals(known.intro(), intro)) {
            kept.value().forEach(this::emit);
            return new PlanMemo.MadeList(known, kept.value());
        }
        WholeList inputs = new WholeList(listPath, kind, name, heading, intro, List.copyOf(items),
                siteView(Urls.root(Urls.paged(listPath, 1))), siteView(Urls.root(Urls.paged(listPath, 2))), siteView(urls.baseUrl()));
        List<PlannedPage> made = memo.pages(listPath, inputs, () -> listPages(listPath, kind, name, heading, intro, inputs.items()));
        made.forEach(this::emit);
        return new PlanMemo.MadeList(inputs, made);
    }

    /** Whether a list made last time is seen from the very same headers as a list at {@code listPath} now. */
    private boolean sameHeaders(WholeList known, String listPath) {
        return known.first() == siteView(Urls.root(Urls.paged(listPath, 1))) && known.later() == siteView(Urls.root(Urls.paged(listPath, 2)))
                && known.feed() == siteView(urls.baseUrl());
    }

    private List<PlannedPage> listPages(String listPath, String kind, String name, String heading, String intro, List<SiteArticle> items) {
        List<PlannedPage> made = new ArrayList<>();
        List<List<SiteArticle>> chunks = Paginator.split(items, config.perPage());
        String feedPath = listPath + "feed.xml";
        for (int n = 1; n <= chunks.size(); n++) {
            String path = Urls.paged(listPath, n);
            List<ZonedDateTime> dates = n == 1 ? items.stream().map(a -> a.article().date()).toList() : null;
            ListInputs inputs = new ListInputs(listPath, kind, name, heading, intro, items.size(), n, chunks.size(),
                    chunks.get(n - 1), dates, siteView(Urls.root(path)));
            int page = n;
            Map<String, Object> model = memo.model(Urls.file(path), inputs, () -> {
                String title = heading + (page > 1 ? " — " + pageLabel(page, chunks.size()) : "");
                Map<String, Object> m = base(path, kind, title, intro == null ? heading : intro,
                        link(path, feedPath, "خلاصة " + name), listPath, page, chunks.size());
                m.put("heading", heading);
                m.put("intro", intro != null ? intro : ArabicPlurals.count(items.size(), ArabicPlurals.ARTICLES, config.numerals()));
                m.put("articles", cards(chunks.get(page - 1), path));
                if (page == 1) {
                    m.put("timeline", charts.monthly("timeline", "التغطية عبر الزمن", name, Timeline.monthly(dates)));
                }
                return m;
            });
            made.add(page(path, OutputKind.PAGE, "list", model, kind + " " + name));
        }
        made.add(feedPage(feedPath, listPath, heading + " — " + config.title(), config.description(), items));
        return made;
    }

    private void archive() {
        archiveAt = changes.sameDates() ? last.archive() : archiveIndices();
        Map<Integer, Map<Integer, List<SiteArticle>>> byYear = new TreeMap<>(java.util.Comparator.reverseOrder());
        archiveAt.forEach((year, months) -> {
            Map<Integer, List<SiteArticle>> in = new TreeMap<>(java.util.Comparator.reverseOrder());
            months.forEach((month, at) -> {
                List<SiteArticle> listed = new ArrayList<>(at.length);
                for (int i : at) {
                    listed.add(articles.get(i));
                }
                in.put(month, listed);
            });
            byYear.put(year, in);
        });
        String index = "archive/";
        emit(index, OutputKind.PAGE, "archive", memo.model(Urls.file(index), new RunInputs(index, articles, siteView(Urls.root(index))), () -> {
            Map<String, Object> model = base(index, "archive", "الأرشيف", "أرشيف المقالات حسب السنة والشهر", null, null, 1, 1);
            model.put("heading", "الأرشيف");
            model.put("intro", ArabicPlurals.count(articles.size(), ArabicPlurals.ARTICLES, config.numerals()));
            model.put("archive", archiveView(index, byYear));
            return model;
        }), "archive");
        for (var year : byYear.entrySet()) {
            String yearPath = index + year.getKey() + "/";
            List<SiteArticle> all = year.getValue().values().stream().flatMap(List::stream).toList();
            emit(yearPath, OutputKind.PAGE, "archive", memo.model(Urls.file(yearPath), new RunInputs(yearPath, all,
                    siteView(Urls.root(yearPath))), () -> yearModel(yearPath, year.getKey(), year.getValue(), all)), "archive " + year.getKey());
            for (var month : year.getValue().entrySet()) {
                String monthPath = yearPath + String.format(Locale.ROOT, "%02d", month.getKey()) + "/";
                String label = dates.monthYear(year.getKey(), month.getKey());
                emit(monthPath, OutputKind.PAGE, "list", memo.model(Urls.file(monthPath), new RunInputs(monthPath, month.getValue(),
                        siteView(Urls.root(monthPath))), () -> monthModel(monthPath, year.getKey(), month.getKey(), label, month.getValue())),
                        "archive " + label);
            }
        }
    }

    /** The articles' indices by year and month, newest first (articles are in date order, so a month is mostly one run). */
    private Map<Integer, Map<Integer, int[]>> archiveIndices() {
        Map<Integer, Map<Integer, List<Integer>>> byYear = new TreeMap<>(java.util.Comparator.reverseOrder());
        List<Integer> run = null;
        int runYear = 0;
        int runMonth = 0;
        for (int i = 0; i < articles.size(); i++) {
            ZonedDateTime d = articles.get(i).article().date();
            if (run == null || d.getYear() != runYear || d.getMonthValue() != runMonth) {
                runYear = d.getYear();
                runMonth = d.getMonthValue();
                run = byYear.computeIfAbsent(runYear, y -> new TreeMap<>(java.util.Comparator.reverseOrder()))
                        .computeIfAbsent(runMonth, m -> new ArrayList<>());
            }
            run.add(i);
        }
        Map<Integer, Map<Integer, int[]>> at = new TreeMap<>(java.util.Comparator.reverseOrder());
        byYear.forEach((year, months) -> {
            Map<Integer, int[]> in = new TreeMap<>(java.util.Comparator.reverseOrder());
            months.forEach((month, listed) -> in.put(month, indices(listed)));
            at.put(year, java.util.Collections.unmodifiableMap(in));
        });
        return java.util.Collections.unmodifiableMap(at);
    }

    private Map<String, Object> yearModel(String yearPath, int year, Map<Integer, List<SiteArticle>> months, List<SiteArticle> all) {
        String yearText = Digits.format(year, config.numerals());
        Map<String, Object> ym = base(yearPath, "archive", "أرشيف " + yearText, "مقالات عام " + yearText, null, null, 1, 1);
        ym.put("heading", "أرشيف " + yearText);
        ym.put("period", new DateLabel(Integer.toString(year), yearText));
        ym.put("intro", ArabicPlurals.count(all.size(), ArabicPlurals.ARTICLES, config.numerals()));
        ym.put("archive", archiveView(yearPath, Map.of(year, months)));
        ym.put("articles", cards(all, yearPath));
        return ym;
    }

    private Map<String, Object> monthModel(String monthPath, int year, int month, String label, List<SiteArticle> in) {
        Map<String, Object> mm = base(monthPath, "archive", "أرشيف " + label, "مقالات " + label, null, null, 1, 1);
        mm.put("heading", "أرشيف " + label);
        mm.put("period", new DateLabel(String.format(Locale.ROOT, "%04d-%02d", year, month), label));
        mm.put("intro", ArabicPlurals.count(in.size(), ArabicPlurals.ARTICLES, config.numerals()));
        mm.put("articles", cards(in, monthPath));
        return mm;
    }

    /** The search page; its results come from the static index, in the reader's browser. */
    private void search() {
        String path = "search/";
        Map<String, Object> model = base(path, "search", "البحث", "ابحث في مقالات " + config.title(), null, null, 1, 1);
        model.put("heading", "البحث في المقالات");
        emit(path, OutputKind.PAGE, "search", model, "search page");
    }

    private ArchiveView archiveView(String from, Map<Integer, Map<Integer, List<SiteArticle>>> byYear) {
        List<ArchiveView.Year> years = new ArrayList<>();
        for (var year : byYear.entrySet()) {
            List<ArchiveView.Month> months = new ArrayList<>();
            int total = 0;
            for (var month : year.getValue().entrySet()) {
                String monthPath = "archive/" + year.getKey() + "/" + String.format(Locale.ROOT, "%02d", month.getKey()) + "/";
                months.add(new ArchiveView.Month(link(from, monthPath, dates.monthYear(year.getKey(), month.getKey())),
                        ArabicPlurals.count(month.getValue().size(), ArabicPlurals.ARTICLES, config.numerals())));
                total += month.getValue().size();
            }
            years.add(new ArchiveView.Year(link(from, "archive/" + year.getKey() + "/", Digits.format(year.getKey(), config.numerals())),
                    ArabicPlurals.count(total, ArabicPlurals.ARTICLES, config.numerals()), months));
        }
        return new ArchiveView(years);
    }

    private void aliases(Diagnostics diagnostics) {
        List<SiteArticle> all = new ArrayList<>(articles);
        all.addAll(pages);
        for (SiteArticle a : all) {
            for (String alias : a.article().aliases()) {
                String path = AliasPaths.normalise(alias);
                if (path == null) {
                    diagnostics.error(a.article().source(), 1, "alias '" + alias + "' is not a usable path inside the site");
                    continue;
                }
                String target = path;
                String first = target.substring(0, target.indexOf('/') < 0 ? target.length() : target.indexOf('/'));
                if (Urls.RESERVED.contains(first.toLowerCase(java.util.Locale.ROOT))) {
                    diagnostics.error(a.article().source(), 1, "alias '" + alias
                            + "' is an address the generator uses itself; remove the alias or change it");
                    continue;
                }
                if (claimed.containsKey(Urls.file(target))) {
                    diagnostics.error(a.article().source(), 1, "alias '" + alias + "' is the address of "
                            + claimed.get(Urls.file(target)) + "; remove the alias or change it");
                    continue;
                }
                Map<String, Object> model = base(target, "redirect", a.article().title(), a.article().summary(), null, null, 1, 1);
                model.put("page", new PageMeta("redirect", a.article().title(), a.article().summary(), urls.absolute(a.path()),
                        Urls.root(target), null, null, null));
                model.put("redirect", link(target, a.path(), a.article().title()));
                emit(target, OutputKind.REDIRECT, "redirect", model, a.article().source() + " (alias " + alias + ")");
            }
        }
    }

    private void notFound() {
        String root = urls.basePath();
        Map<String, Object> model = new HashMap<>(emptyModel());
        model.put("site", siteView(root));
        model.put("page", new PageMeta("notfound", "الصفحة غير موجودة", config.description(),
                null, root, null, null, null));
        emit("404.html", OutputKind.NOT_FOUND, "404", model, "404 page");
    }

    private PlannedPage feedPage(String path, String alternatePath, String title, String subtitle, List<SiteArticle> items) {
        List<SiteArticle> shown = List.copyOf(items.subList(0, Math.min(FEED_SIZE, items.size())));
        FeedInputs inputs = new FeedInputs(path, alternatePath, title, subtitle, shown, siteView(urls.baseUrl()));
        return page(path, OutputKind.FEED, "feed", memo.model(Urls.file(path), inputs, () -> feedModel(path, alternatePath, title, subtitle, shown)),
                "feed " + path);
    }

    private Map<String, Object> feedModel(String path, String alternatePath, String title, String subtitle, List<SiteArticle> shown) {
        List<FeedView.Entry> entries = new ArrayList<>();
        String updated = EPOCH;
        for (SiteArticle a : shown) {
            ZonedDateTime changed = a.article().updated() != null ? a.article().updated() : a.article().date();
            String changedText = RFC3339.format(changed.toOffsetDateTime());
            if (updated.equals(EPOCH) || changed.toInstant().isAfter(java.time.OffsetDateTime.parse(updated).toInstant())) {
                updated = changedText;
            }
            String url = urls.absolute(a.path());
            entries.add(new FeedView.Entry(url, a.article().title(), url, RFC3339.format(a.article().date().toOffsetDateTime()),
                    changedText, a.authors().stream().map(x -> new FeedView.Person(x.name(), urls.absolute("author/" + x.key() + "/"))).toList(),
                    a.category() == null ? null : a.category().name(), a.tags().stream().map(Tag::name).toList(),
                    a.article().summary(), a.body().deferredFeedHtml()));
        }
        FeedView view = new FeedView(urls.absolute(path), title, subtitle, urls.absolute(path), urls.absolute(alternatePath),
                updated, entries);
        Map<String, Object> model = new HashMap<>();
        model.put("site", siteView(urls.baseUrl()));
        model.put("feed", view);
        return model;
    }

    /** Google News: the articles published in the two days up to the newest one (not the build's clock). */
    private void newsSitemap() {
        int recent = 0;
        if (!articles.isEmpty()) {
            Instant since = articles.get(0).article().date().toInstant().minus(NEWS_WINDOW);
            while (recent < articles.size() && !articles.get(recent).article().date().toInstant().isBefore(since)) {
                recent++;
            }
        }
        List<SiteArticle> window = List.copyOf(articles.subList(0, recent));
        emit("news-sitemap.xml", OutputKind.SITEMAP, "news-sitemap",
                memo.model("news-sitemap.xml", new RunInputs("news-sitemap.xml", window, null), () -> newsSitemapModel(window)), "news sitemap");
    }

    /** @param window the articles of the news window, newest first (articles are in date order) */
    private Map<String, Object> newsSitemapModel(List<SiteArticle> window) {
        List<NewsSitemapEntry> entries = new ArrayList<>();
        for (SiteArticle a : window) {
            if (!a.article().draft()) {
                entries.add(new NewsSitemapEntry(urls.absolute(a.path()), a.article().title(), iso(a.article().date())));
            }
        }
        Map<String, Object> model = new HashMap<>();
        model.put("entries", entries);
        model.put("publication", config.title());
        model.put("language", config.language().split("[-_]")[0].toLowerCase(java.util.Locale.ROOT));
        return model;
    }

    private void sitemap() {
        beforeSitemap = out.toArray(new PlannedPage[0]);
        PlanMemo.Made kept = last.sitemap();
        if (kept != null && changes.sameDates() && last.samePagesBeforeSitemap(beforeSitemap)) {
            sitemapMade = kept;
            emit(kept.page());
            return;
        }
        List<String> files = new ArrayList<>(out.size());
        for (PlannedPage p : out) {
            if (p.kind() == OutputKind.PAGE) {
                files.add(p.path());
            }
        }
        List<String> paths = new ArrayList<>(articles.size());
        List<ZonedDateTime> lastmods = new ArrayList<>(articles.size());
        for (SiteArticle a : articles) {
            paths.add(a.path());
            lastmods.add(a.article().updated() != null ? a.article().updated() : a.article().date());
        }
        SitemapInputs inputs = new SitemapInputs(files, paths, lastmods);
        sitemapMade = new PlanMemo.Made(inputs, page("sitemap.xml", OutputKind.SITEMAP, "sitemap",
                memo.model("sitemap.xml", inputs, () -> sitemapModel(files)), "sitemap"));
        emit(sitemapMade.page());
    }

    /** @param files the pages' files, each listed by its folder's address */
    private Map<String, Object> sitemapModel(List<String> files) {
        Map<String, String> lastmod = new HashMap<>();
        for (SiteArticle a : articles) {
            ZonedDateTime changed = a.article().updated() != null ? a.article().updated() : a.article().date();
            lastmod.put(a.path(), RFC3339.format(changed.toOffsetDateTime()));
        }
        if (!articles.isEmpty()) {
            lastmod.put("", lastmod.get(articles.get(0).path()));
        }
        List<SitemapUrl> list = new ArrayList<>();
        for (String file : files) {
            String folder = file.endsWith("index.html") ? file.substring(0, file.length() - "index.html".length()) : file;
            list.add(new SitemapUrl(urls.absolute(folder), lastmod.get(folder)));
        }
        list.sort(java.util.Comparator.comparing(SitemapUrl::loc));
        return Map.of("urls", list);
    }

    // ---- view models ---------------------------------------------------------------------------

    private Map<String, Object> emptyModel() {
        Map<String, Object> m = new HashMap<>();
        for (String key : List.of("site", "page", "article", "lead", "pagination", "heading", "intro", "archive", "redirect",
                "period", "social", "timeline", "overview", "placeIndex")) {
            m.put(key, null);
        }
        m.put("articles", List.of());
        m.put("structuredData", List.of());
        return m;
    }

    private Map<String, Object> base(String path, String kind, String title, String description, Link feed,
                                     String listPath, int n, int total) {
        Map<String, Object> m = emptyModel();
        m.put("site", siteView(Urls.root(path)));
        Link prev = null;
        Link next = null;
        if (listPath != null && total > 1) {
            prev = n > 1 ? link(path, Urls.paged(listPath, n - 1), "السابق") : null;
            next = n < total ? link(path, Urls.paged(listPath, n + 1), "التالي") : null;
            List<Pagination.PageNumber> numbers = new ArrayList<>();
            for (int i : Paginator.window(n, total)) {
                numbers.add(i == 0 ? Pagination.PageNumber.GAP : new Pagination.PageNumber(urls.link(path, Urls.paged(listPath, i)),
                        Digits.format(i, config.numerals()), i == n));
            }
            m.put("pagination", new Pagination(n, total, pageLabel(n, total), prev, next, numbers));
        }
        m.put("page", new PageMeta(kind, title, description, urls.absolute(path), Urls.root(path), feed, prev, next));
        m.put("social", new SocialMeta("website", SocialMeta.locale(config.language()), config.title(),
                title == null || title.isEmpty() ? config.title() : title,
                description == null || description.isEmpty() ? config.description() : description,
                urls.absolute(path), null, null, "summary", null, null, null, List.of()));
        return m;
    }

    private String pageLabel(int n, int total) {
        return "الصفحة " + Digits.format(n, config.numerals()) + " من " + Digits.format(total, config.numerals());
    }

    /** The site's header and footer as seen from a page; pages at the same depth share one. */
    private SiteView siteView(String root) {
        return siteViews.computeIfAbsent(root, r -> memo.siteView(r, newSiteView(r)));
    }

    private SiteView newSiteView(String root) {
        List<Link> sectionLinks = sections.values().stream()
                .filter(c -> articles.stream().anyMatch(a -> a.category() != null && a.category().key().equals(c.key())))
                .map(c -> new Link(urls.linkFromRoot(root, "category/" + c.key() + "/"), c.name())).toList();
        List<Link> pageLinks = pages.stream().map(p -> new Link(urls.linkFromRoot(root, p.path()), p.article().title())).toList();
        String yearIso = articles.isEmpty() ? "" : Integer.toString(articles.get(0).article().date().getYear());
        String year = Digits.localize(yearIso, config.numerals());
        boolean tagged = articles.stream().anyMatch(a -> !a.tags().isEmpty());
        return new SiteView(config.title(), config.description(), config.language(), config.direction(), config.latinLang(),
                new Link(urls.linkFromRoot(root, ""), config.title()), sectionLinks, pageLinks,
                new Link(urls.linkFromRoot(root, "archive/"), "الأرشيف"),
                new Link(urls.linkFromRoot(root, "search/"), "بحث"),
                new Link(root + "feed.xml", "الخلاصة"),
                new Link(root + "assets/site.css", ""), new Link(root + "assets/site.js", ""), year,
                config.numerals().icuName(), tagged ? new Link(urls.linkFromRoot(root, "tag/"), "الوسوم") : null,
                new Link(root + "assets/time.js", ""), yearIso,
                articles.isEmpty() ? null : new Link(urls.linkFromRoot(root, "analysis/"), "تحليلات"));
    }

    private Link link(String from, String to, String label) {
        return new Link(to.endsWith(".xml") ? Urls.root(from) + to : urls.link(from, to), label);
    }

    private List<ArticleCard> cards(List<SiteArticle> list, String from) {
        return list.stream().map(a -> card(a, from)).toList();
    }

    /** An article's card as seen from a page; pages at the same depth share one (articles are on a dozen lists each). */
    private ArticleCard card(SiteArticle a, String from) {
        return memo.card(a, Urls.root(from), () -> newCard(a, from));
    }

    private ArticleCard newCard(SiteArticle a, String from) {
        return new ArticleCard(urls.link(from, a.path()), a.article().title(), summary(a),
                iso(a.article().date()), dates.date(a.article().date()), categoryLink(a, from), authorLinks(a, from),
                readingTime(a), imageUrl(a, from), a.article().imageAlt(), a.article().draft());
    }

    private ArticleView view(SiteArticle a, String from, SiteArticle older, SiteArticle newer) {
        var art = a.article();
        List<ArticleView.CorrectionView> corrections = art.corrections().stream()
                .map(c -> new ArticleView.CorrectionView(c.date().toString(),
                        dates.date(c.date().atStartOfDay(config.timezone())), c.text())).toList();
        List<Link> tags = a.tags().stream().map(t -> link(from, "tag/" + t.slug() + "/", t.name())).toList();
        int count = a.body().words();
        ArticleContext context = byPath.containsKey(a.path()) ? analysis.of(a.path()) : ArticleContext.NONE;
        List<Link> suggested = !byPath.containsKey(a.path()) || !a.tags().isEmpty() ? List.of() : context.keyTerms().stream()
                .limit(SUGGESTED_TOPICS).map(t -> new Link(searchLink(from, t.surface()), t.surface())).toList();
        boolean hijri = config.text().hijri();
        String dateText = hijri ? dates.dayAndDate(art.date()) + " م" : dates.dayAndDate(art.date());
        return new ArticleView(urls.link(from, a.path()), art.title(), art.summary(), iso(art.date()), dateText,
                art.updated() == null ? null : iso(art.updated()), art.updated() == null ? null : dates.date(art.updated()),
                categoryLink(a, from), authorLinks(a, from), tags, readingTime(a),
                Digits.format(count, config.numerals()), imageUrl(a, from), art.imageAlt(), art.imageCredit(), art.sourceCredit(),
                corrections, a.body().deferredHtml(), a.body().toc(),
                older == null ? null : link(from, older.path(), older.article().title()),
                newer == null ? null : link(from, newer.path(), newer.article().title()), art.draft(),
                hijri ? dates.hijri(art.date()) : null, art.date().toLocalDate().toString(),
                context.related().stream().map(byPath::get).map(r -> card(r, from)).toList(),
                context.places().stream().map(p -> link(from, "place/" + p.slug() + "/", p.name())).toList(),
                suggested);
    }

    /** A link to the search page asking for {@code query}. */
    private String searchLink(String from, String query) {
        return urls.link(from, "search/") + "?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
    }

    /** The lead image as an absolute URL for crawlers and link previews, or null. */
    private String absoluteImage(SiteArticle a) {
        String image = a.article().image();
        if (image == null || image.matches("(?i)^[a-z][a-z0-9+.-]*:.*") && !image.matches("(?i)https?://.*")) {
            return null;
        }
        if (image.startsWith("//")) {
            return "https:" + image;
        }
        return image.matches("(?i)https?://.*") ? image : urls.absolute(image.replaceFirst("^/+", ""));
    }

    /** The editor's summary, or an excerpt of the body's paragraphs cut on a word boundary. */
    private static String summary(SiteArticle a) {
        if (!a.article().summary().isBlank() || a.body() == null) {
            return a.article().summary();
        }
        return Excerpts.cut(a.body().lead(), EXCERPT_LENGTH);
    }

    /** The article with the text readers see in NFC (alef + combining hamza shown as أ). */
    private static SiteArticle composed(SiteArticle s) {
        Article a = s.article();
        Article nfc = new Article(a.source(), a.page(), a.format(), ArabicLetters.nfc(a.title()), a.date(), a.updated(),
                a.authors(), a.categories(), a.tags(), ArabicLetters.nfc(a.summary()), a.slug(), a.draft(), a.aliases(),
                a.image(), ArabicLetters.nfc(a.imageAlt()), ArabicLetters.nfc(a.imageCredit()),
                ArabicLetters.nfc(a.sourceCredit()), a.corrections(), a.bodyText(), a.bodyLine());
        List<Tag> tags = s.tags().stream().map(t -> new Tag(ArabicLetters.nfc(t.name()), t.slug())).toList();
        return new SiteArticle(nfc, s.path(), s.authors(), s.category(), tags, s.body());
    }

    private String readingTime(SiteArticle a) {
        int count = a.body() == null ? 0 : a.body().words();
        return ArabicPlurals.count(ReadingTime.minutes(count), ArabicPlurals.MINUTES, config.numerals());
    }

    private Link categoryLink(SiteArticle a, String from) {
        return a.category() == null ? null : link(from, "category/" + a.category().key() + "/", a.category().name());
    }

    private List<Link> authorLinks(SiteArticle a, String from) {
        return a.authors().stream().map(x -> link(from, "author/" + x.key() + "/", x.name())).toList();
    }

    private String imageUrl(SiteArticle a, String from) {
        String image = a.article().image();
        if (image == null) {
            return null;
        }
        if (image.matches("(?i)https?://.*")) {
            return image;
        }
        if (image.matches("(?i)^[a-z][a-z0-9+.-]*:.*")) {
            return null;
        }
        return Urls.root(from) + Urls.encodePath(image.startsWith("/") ? image.substring(1) : image);
    }

    private static String iso(ZonedDateTime t) {
        return RFC3339.format(t.toOffsetDateTime());
    }

    private void emit(String path, OutputKind kind, String template, Map<String, Object> model, String source) {
        emit(page(path, kind, template, model, source));
    }

    private static PlannedPage page(String path, OutputKind kind, String template, Map<String, Object> model, String source) {
        return new PlannedPage(Urls.file(path), kind, template, model, source);
    }

    /** The site path written to {@code file}: the inverse of {@link Urls#file}. */
    private static String sitePath(String file) {
        return file.endsWith("index.html") && (file.length() == "index.html".length() || file.endsWith("/index.html"))
                ? file.substring(0, file.length() - "index.html".length()) : file;
    }

    private void emit(PlannedPage page) {
        String previous = claimed.putIfAbsent(page.path(), page.source());
        if (previous != null) {
            throw new org.warraq.content.BuildFailedException(List.of(org.warraq.content.Diagnostic.error(null, 0,
                    "two pages resolve to /" + sitePath(page.path()) + ": " + previous + " and " + page.source())));
        }
        out.add(page);
    }
}
