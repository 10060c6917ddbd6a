package org.warraq.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.warraq.analysis.AnalysisStore;
import org.warraq.analysis.SiteAnalysis;
import org.warraq.content.Article;
import org.warraq.content.Diagnostic;
import org.warraq.content.Folders;
import org.warraq.content.LoadedFiles;
import org.warraq.content.SiteConfig;
import org.warraq.content.StoredText;
import org.warraq.markdown.BodyLinks;
import org.warraq.markdown.BodyRenderer;
import org.warraq.markdown.RenderedBody;
import org.warraq.output.OutputFile;
import org.warraq.output.SafePaths;
import org.warraq.render.TemplateRenderer;
import org.warraq.search.SearchIndex;
import org.warraq.site.KeptOrder;
import org.warraq.site.LastPass;
import org.warraq.search.EntryStore;
import org.warraq.site.PlaceMemo;
import org.warraq.site.PlanMemo;
import org.warraq.site.PlannedPage;
import org.warraq.site.SiteArticle;

/**
 * What one build hands to the next in the same process (the preview server), so the next build redoes
 * only what changed: each file's loaded article, each article's rendered body, each page's rendered bytes,
 * and the collection-wide results (related articles, key terms, places, the search index) with the
 * articles they were computed from. Every entry is keyed by the value it was made from (a body by its
 * article, a page by its view model), so a build that uses the memo makes exactly the files a clean build
 * makes ({@code BuildMemoTest}); only a quick build, asked for explicitly, takes the last collection-wide
 * results for articles that have changed since, and reads only the files it was told of. Unchanged values
 * come back as the same instances (placements, rendered articles, cards, site headers, whole lists), so
 * that on a site of ten thousand articles a save costs comparisons by identity, not by content; the passes over
 * the site find them by their place in the last build ({@link LastPass}) rather than by key.
 */
public final class BuildMemo {

    private record Body(SiteArticle placed, String root, SiteArticle rendered) {
    }

    private record Page(PlannedPage planned, OutputFile file) {
    }

    private record Links(String body, int line, List<BodyLinks.Target> targets) {
    }

    /**
     * Collection-wide results and the articles and settings they came from; the search index's files in path
     * order, their paths already checked, so a build that takes them over only looks them up.
     */
    record SiteWide(List<SiteArticle> articles, SiteConfig config, SiteAnalysis analysis, List<OutputFile> searchFiles,
                    Set<String> searchPaths) {
    }

    private final LoadedFiles files = new LoadedFiles();
    private final PlaceMemo places = new PlaceMemo();
    private final PlanMemo plans = new PlanMemo();
    private final Map<Path, Body> bodies = new ConcurrentHashMap<>();
    private final LastPass<SiteArticle, SiteArticle> renderedArticles = new LastPass<>();
    private final LastPass<SiteArticle, SiteArticle> renderedPages = new LastPass<>();
    private final LastPass<PlannedPage, OutputFile> pageFiles = new LastPass<>();
    private final LastPass<PlannedPage, List<OutputFile>> searchChecked = new LastPass<>();
    private volatile List<OutputFile> templateAssets;
    private final LastPass<Article, Found> findings = new LastPass<>();
    private volatile Outputs checkedOutputs;
    private final Map<String, Page> pages = new ConcurrentHashMap<>();
    private final Map<Path, Links> links = new ConcurrentHashMap<>();
    private final Set<String> safePaths = ConcurrentHashMap.newKeySet();
    private volatile SiteConfig config;
    private volatile String templates;
    private volatile SiteWide siteWide;
    private volatile int keptExcerptFiles;
    private final KeptOrder<String> fileOrder = new KeptOrder<>(Comparator.naturalOrder());
    private final SearchIndex.Runs searchRuns = new SearchIndex.Runs();
    private EntryStore searchEntries;
    private AnalysisStore analysis;
    private boolean storesTried;
    private long settingsChanges;
    private BodyRenderer bodyRenderer;
    private TemplateRenderer templateRenderer;

    LoadedFiles files() {
        return files;
    }

    PlaceMemo places() {
        return places;
    }

    PlanMemo plans() {
        return plans;
    }

    /** How many excerpt files the last full build took from the search files of the one before, rather than made. */
    int keptExcerptFiles() {
        return keptExcerptFiles;
    }

    void keptExcerptFiles(int files) {
        keptExcerptFiles = files;
    }

    /** The search index's runs of articles, from the last build that indexed them. */
    SearchIndex.Runs searchRuns() {
        return searchRuns;
    }

    /**
     * The search export's term entries, kept for the next full build in a temporary folder that goes when the process
     * ends (about 14 KB an article); null when no temporary folder can be made, and then every entry is drafted.
     */
    synchronized EntryStore searchEntries() {
        makeStores();
        return searchEntries;
    }

    /**
     * The analysis stage's results, kept for the next full build beside the search entries (under 1 KB an article); null
     * when no temporary folder can be made, and then every article is analysed.
     */
    synchronized AnalysisStore analysis() {
        makeStores();
        return analysis;
    }

    private void makeStores() {
        if (!storesTried) {
            storesTried = true;
            try {
                Path folder = Files.createTempDirectory("warraq-preview-");
                folder.toFile().deleteOnExit();
                searchEntries = new EntryStore(folder.resolve("search-entries"), "this process");
                searchEntries.deleteOnExit();
                analysis = new AnalysisStore(folder.resolve("analysis"), "this process");
                analysis.deleteOnExit();
            } catch (IOException | UnsupportedOperationException | SecurityException e) {
                searchEntries = null;
                analysis = null;
            }
        }
    }

    /**
     * Up to {@code n} sources of the last full build's articles, spread evenly over the site from the newest: the
     * preview reads them again before it answers, to take the path of a save while nobody waits.
     */
    public List<Path> articleSources(int n) {
        SiteWide wide = siteWide;
        List<SiteArticle> all = wide == null ? List.of() : wide.articles();
        int count = Math.min(n, all.size());
        return IntStream.range(0, count).mapToObj(k -> all.get((int) ((long) k * all.size() / count)).article().source()).toList();
    }

    /**
     * Files to read again at the next build, whatever their size and time say (the watcher saw them change); a quick
     * build reads only these.
     */
    public void forget(Collection<Path> changed) {
        files.forget(changed);
    }

    /**
     * One build that uses the memo. The preview's follow-up build runs beside the builds that answer saves, so one
     * of those may change the settings or the templates while it runs; what it then leaves in the memo was made
     * under the old ones, and {@link #end} drops everything such a build could have left.
     */
    final class Run {
        private long settingsSeen = -1;

        /** Ends the build, whether it succeeded or failed. */
        void end() {
            synchronized (BuildMemo.this) {
                if (settingsSeen >= 0 && settingsSeen != settingsChanges) {
                    dropMadeUnderSettings();
                }
            }
        }
    }

    /** Starts a build that uses the memo; {@link Run#end} it when it is done. */
    Run run() {
        return new Run();
    }

    /**
     * Drops what the settings or the templates invalidate; {@code run} is the build that applies them. A quick build
     * follows saves of articles only, so the templates are not read again for it.
     */
    synchronized void settings(SiteConfig current, Path templatesDir, Run run, boolean quick) {
        if (!current.equals(config)) {
            dropMadeUnderSettings();
            config = current;
            settingsChanges++;
        }
        String fingerprint = quick && templates != null ? templates : fingerprint(templatesDir);
        if (!fingerprint.equals(templates)) {
            templateRenderer = null;
            pages.clear();
            pageFiles.clear();
            templates = fingerprint;
            settingsChanges++;
        }
        run.settingsSeen = settingsChanges;
    }

    /** Everything made under particular settings and templates: renderers, bodies, placements, plans, pages. */
    private void dropMadeUnderSettings() {
        bodyRenderer = null;
        templateRenderer = null;
        bodies.clear();
        renderedArticles.clear();
        renderedPages.clear();
        pages.clear();
        pageFiles.clear();
        places.clear();
        plans.clear();
        siteWide = null;
    }

    /** The Markdown renderer for the current settings: one Flexmark parser and renderer for every build under them. */
    synchronized BodyRenderer bodyRenderer(Supplier<BodyRenderer> make) {
        if (bodyRenderer == null) {
            bodyRenderer = make.get();
        }
        return bodyRenderer;
    }

    /** The template renderer for the current settings and templates, whose engine keeps the templates it has compiled. */
    synchronized TemplateRenderer templateRenderer(Supplier<TemplateRenderer> make) {
        if (templateRenderer == null) {
            templateRenderer = make.get();
        }
        return templateRenderer;
    }

    /** The placed articles (or static pages) with their rendered bodies, each as {@link #rendered} gives it, on every core. */
    List<SiteArticle> rendered(List<SiteArticle> placed, boolean staticPages, Function<SiteArticle, SiteArticle> render) {
        return (staticPages ? renderedPages : renderedArticles).map(placed, render);
    }

    /**
     * The placed article with its rendered body: the same value as last time when it was placed the same, its
     * body taken over when only its placement changed and the page stays at the same depth.
     */
    SiteArticle rendered(SiteArticle placed, String root, Supplier<RenderedBody> render) {
        Body known = bodies.get(placed.article().source());
        if (known != null && known.placed().equals(placed) && known.root().equals(root)) {
            return known.rendered();
        }
        RenderedBody body = known != null && known.root().equals(root) && known.placed().article().equals(placed.article())
                ? known.rendered().body() : named(render.get());
        SiteArticle rendered = placed.withBody(body);
        bodies.put(placed.article().source(), new Body(placed, root, rendered));
        return rendered;
    }

    /**
     * The body with its plain text named by its digest, once, as it is rendered: each follow-up compares every article's
     * indexed text with the last one's by a digest of it, which hashed the 10,000 bodies of a large site again each time.
     */
    private static RenderedBody named(RenderedBody body) {
        StoredText text = body.plainText();
        if (text.identity() != null) {
            return body;
        }
        return new RenderedBody(body.markup(), StoredText.named(text, StoredText.nameOf(text.read())), body.toc(), body.lead(), body.words());
    }

    /** The links and images of a Markdown article's body, for the site checks. */
    List<BodyLinks.Target> links(Article article) {
        Links known = links.get(article.source());
        if (known != null && known.line() == article.bodyLine() && known.body().equals(article.body())) {
            return known.targets();
        }
        List<BodyLinks.Target> targets = SiteChecks.bodyLinks(article);
        links.put(article.source(), new Links(article.body(), article.bodyLine(), targets));
        return targets;
    }

    /** Whether a page's path is one every file system takes; the paths found so are remembered. */
    boolean safe(String path) {
        if (safePaths.contains(path)) {
            return true;
        }
        boolean safe = SafePaths.problem(path).isEmpty();
        if (safe) {
            safePaths.add(path);
        }
        return safe;
    }

    /**
     * The planned pages' files, in plan order, on every core: each page's file is the one remembered when its view model
     * is the same, rendered otherwise ({@code rendered} is told).
     */
    List<OutputFile> pages(List<PlannedPage> planned, Function<PlannedPage, byte[]> render, Runnable rendered) {
        return pageFiles.map(planned, p -> page(p, render, rendered));
    }

    private OutputFile page(PlannedPage planned, Function<PlannedPage, byte[]> render, Runnable rendered) {
        Page known = pages.get(planned.path());
        if (known != null && known.planned().equals(planned)) {
            return known.file();
        }
        OutputFile file = OutputFile.of(planned.path(), render.apply(planned));
        pages.put(planned.path(), new Page(planned, file));
        rendered.run();
        return file;
    }

    /**
     * The order by path of the files a build writes besides the search index, its pages in plan order and then its
     * other files: the last build's very array when the paths are the same, so nothing is sorted again and the site
     * checks can tell by identity that no path came or went.
     */
    int[] fileOrder(List<PlannedPage> planned, List<OutputFile> others) {
        List<String> paths = new ArrayList<>(planned.size() + others.size());
        planned.forEach(p -> paths.add(p.path()));
        others.forEach(f -> paths.add(f.path()));
        return fileOrder.of(paths);
    }

    /**
     * The template folder's assets: last build's when {@code quick} (only articles were saved since), else {@code find}'s.
     */
    List<OutputFile> templateAssets(boolean quick, IoSupplier<List<OutputFile>> find) throws IOException {
        List<OutputFile> known = templateAssets;
        if (!quick || known == null) {
            known = find.get();
            templateAssets = known;
        }
        return known;
    }

    /** A value read from the file system. */
    @FunctionalInterface
    interface IoSupplier<T> {
        T get() throws IOException;
    }

    /**
     * Asks {@code clear} about each planned page not found clear of this very search block at the same index of the
     * last plan (whether the search index writes the page's path too); a page found clear stays so while it and the
     * block are the same values, and one that is not is asked about again.
     */
    void checkedAgainstSearch(List<PlannedPage> planned, List<OutputFile> searchBlock, Predicate<PlannedPage> clear) {
        LastPass.Pass<PlannedPage, List<OutputFile>> pass = searchChecked.begin(planned.size());
        for (int i = 0; i < planned.size(); i++) {
            PlannedPage page = planned.get(i);
            if (pass.previous(i, page) == searchBlock || clear.test(page)) {
                pass.put(i, page, searchBlock);
            }
        }
        pass.end();
    }

    /**
     * Every path a build writes (its files' order by path, kept as one array while the paths are the same, and the
     * search block) and how strict its checks are: what an article's findings depend on besides the article.
     */
    private record Outputs(int[] fileOrder, List<OutputFile> searchBlock, boolean strict) {

        boolean same(Outputs other) {
            return fileOrder == other.fileOrder && searchBlock == other.searchBlock && strict == other.strict;
        }
    }

    /** An article's findings, with the outputs they were found against. */
    private record Found(Outputs outputs, List<Diagnostic> problems) {
    }

    /**
     * The site checks' findings for each article of this build: the last build's for the very same article at the same
     * index when the build writes the same paths, else found again ({@link #end} when every article is checked).
     */
    final class Checking implements SiteChecks.Findings {
        private final LastPass.Pass<Article, Found> pass;
        private final Outputs outputs;

        private Checking(LastPass.Pass<Article, Found> pass, Outputs outputs) {
            this.pass = pass;
            this.outputs = outputs;
        }

        @Override
        public List<Diagnostic> of(int index, Article article, Supplier<List<Diagnostic>> check) {
            Found last = pass.previous(index, article);
            return pass.put(index, article, last != null && last.outputs() == outputs ? last : new Found(outputs, check.get())).problems();
        }

        void end() {
            pass.end();
        }
    }

    /** A checking of {@code size} articles against a build whose files are in {@code fileOrder}, with the search block. */
    Checking checking(int[] fileOrder, List<OutputFile> searchBlock, boolean strict, int size) {
        Outputs now = new Outputs(fileOrder, searchBlock, strict);
        Outputs last = checkedOutputs;
        Outputs outputs = last != null && last.same(now) ? last : now;
        checkedOutputs = outputs;
        return new Checking(findings.begin(size), outputs);
    }

    /** The last collection-wide results, or null. */
    SiteWide siteWide() {
        return siteWide;
    }

    void siteWide(SiteWide current) {
        siteWide = current;
    }

    /** Forgets what no longer exists, so the memo does not grow with every renamed article or page. */
    void keepOnly(Set<Path> sources, Set<String> pagePaths, Set<String> articlePaths) {
        plans.keepOnly(articlePaths, pagePaths);
        places.keepOnly(sources);
        bodies.keySet().retainAll(sources);
        links.keySet().retainAll(sources);
        pages.keySet().retainAll(pagePaths);
        safePaths.retainAll(pagePaths);
    }

    /**
     * A digest of every template under the templates folder, names and bytes (assets are copied, not rendered); empty
     * when there is no folder, which the template renderer then reports.
     */
    static String fingerprint(Path templatesDir) {
        if (!Files.isDirectory(templatesDir)) {
            return "";
        }
        try (Stream<Path> walk = Folders.walk(templatesDir)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Path file : walk.filter(f -> f.toString().endsWith(TemplateRenderer.SUFFIX) && Files.isRegularFile(f)).sorted().toList()) {
                digest.update(templatesDir.relativize(file).toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(Files.readAllBytes(file));
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
