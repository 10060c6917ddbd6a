package org.warraq.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.warraq.analysis.Analysis;
import org.warraq.analysis.Gazetteer;
import org.warraq.analysis.SiteAnalysis;
import org.warraq.content.BuildFailedException;
import org.warraq.content.Content;
import org.warraq.content.Folders;
import org.warraq.content.ContentLoader;
import org.warraq.content.Diagnostic;
import org.warraq.content.Diagnostics;
import org.warraq.content.SiteConfig;
import org.warraq.content.StoredText;
import org.warraq.content.SiteConfigLoader;
import org.warraq.markdown.BodyRenderer;
import org.warraq.markdown.RtlOptions;
import org.warraq.output.Digest;
import org.warraq.output.OutputFile;
import org.warraq.output.RecordedFile;
import org.warraq.output.Parallel;
import org.warraq.output.Publisher;
import org.warraq.output.SafePaths;
import org.warraq.output.Spool;
import org.warraq.render.ModelDigest;
import org.warraq.render.TemplateRenderer;
import org.warraq.search.EntryStore;
import org.warraq.search.SearchExport;
import org.warraq.search.SearchIndex;
import org.warraq.site.PlannedPage;
import org.warraq.site.Placement;
import org.warraq.site.SiteArticle;
import org.warraq.site.SitePlanner;
import org.warraq.site.SiteView;
import org.warraq.site.Urls;

/**
 * The pipeline, stage after stage: load content, place articles, render bodies, index the articles
 * once, analyse them and export the search from that one index, plan pages, render templates, then
 * hand every file to the {@link Publisher}. Each stage is a function of the previous one's values;
 * only loading and publishing touch the disk.
 */
public final class SiteBuild {

    private SiteBuild() {
    }

    /** Builds and publishes the site; throws {@link BuildFailedException} on any user error. */
    public static BuildResult run(BuildOptions options) throws IOException {
        return run(options, BuildObserver.NONE);
    }

    /**
     * As {@link #run(BuildOptions)}, telling {@code observer} of each stage. Files go into the publisher's
     * staging folder as they are made, so the site is never held in memory; the previous site is replaced
     * only when the whole build succeeded, and a failed build leaves it as it was.
     */
    public static BuildResult run(BuildOptions options, BuildObserver observer) throws IOException {
        guardOutput(options);
        Diagnostics diagnostics = new Diagnostics();
        try (BuildCache cache = options.cache() == null ? BuildCache.off()
                : BuildCache.open(options.cache(), warning -> diagnostics.add(Diagnostic.warning(options.cache(), 0, warning)));
             Publisher.Staging staging = new Publisher(options.out(), cache.previousSite()).stage(); Spool spool = staging.spool()) {
            Counts counts = generate(options, diagnostics, false, observer, new Sink() {
                @Override
                public void accept(OutputFile file) throws IOException {
                    staging.write(file);
                }

                @Override
                public Spool spool() {
                    return spool;
                }

                @Override
                public BuildCache cache() {
                    return cache;
                }

                @Override
                public boolean keep(String path, byte[] sha256) throws IOException {
                    return staging.keep(path, sha256);
                }

                @Override
                public boolean accept(RecordedFile file) throws IOException {
                    return staging.write(file);
                }
            });
            try (BuildObserver.Stage stage = observer.begin("publish", 0)) {
                staging.commit();
            }
            cache.succeeded(warning -> diagnostics.add(Diagnostic.warning(options.cache(), 0, warning)));
            return new BuildResult(counts.articles(), counts.pages(), staging.files(), diagnostics.sorted(),
                    cache.active() ? cache.hits() : -1, counts.rendered(), cache.active() ? counts.kept() : -1,
                    cache.active() ? cache.searchEntries().kept() : -1, cache.active() ? cache.searchEntries().drafted() : -1,
                    cache.active() ? cache.searchEntries().keptSpellingFiles() : -1,
                    cache.active() ? cache.searchEntries().madeSpellingFiles() : -1, cache.active() ? counts.keptExcerpts() : -1,
                    cache.active() ? counts.excerptFiles() : -1, cache.active() ? cache.analysis().kept() : -1,
                    cache.active() ? cache.unreadSources() : -1);
        }
    }

    /**
     * Everything a build writes, in memory and in a stable order, without touching the output folder.
     *
     * @param rendered how many pages were rendered afresh (the others came from a {@link BuildMemo})
     * @param stale    whether related articles, key terms, places and the search index are the previous build's
     * @param copies   the files among {@code files} that are copied as they are (stylesheets, images)
     */
    public record Generated(List<OutputFile> files, int articles, int pages, int rendered, boolean stale, List<OutputFile> copies) {
    }

    /** Where a build's files go as they are made: the publisher's staging folder, or a list. */
    @FunctionalInterface
    public interface Sink {
        void accept(OutputFile file) throws IOException;

        /** Where files made before the build may write them wait: in memory, unless the sink is on disk (and closes it). */
        default Spool spool() {
            return Spool.inMemory();
        }

        /** Where bodies and index runs are kept between command-line builds: nowhere, unless the sink is the publisher's. */
        default BuildCache cache() {
            return BuildCache.off();
        }

        /**
         * Takes back the file the previous build left at {@code path} if its bytes digest to {@code sha256}; false when the
         * sink has no previous site or no such file.
         */
        default boolean keep(String path, byte[] sha256) throws IOException {
            return false;
        }

        /** Takes back the previous build's file as {@link #keep} does (true), else writes the recorded file made. */
        default boolean accept(RecordedFile file) throws IOException {
            accept(file.made());
            return false;
        }
    }

    /** @param search the search index's files in path order when they did not go to the sink (builds with a memo) */
    private record Counts(int articles, int pages, int rendered, int kept, boolean stale, List<OutputFile> search,
                          List<OutputFile> copies, int[] fileOrder, int excerptFiles, int keptExcerpts) {
    }

    public static Generated generate(BuildOptions options, Diagnostics diagnostics) throws IOException {
        return generate(options, diagnostics, false);
    }

    /** @param strict {@code warraq check}: broken internal links and missing images are errors, not warnings */
    public static Generated generate(BuildOptions options, Diagnostics diagnostics, boolean strict) throws IOException {
        return generate(options, diagnostics, strict, BuildObserver.NONE);
    }

    public static Generated generate(BuildOptions options, Diagnostics diagnostics, boolean strict, BuildObserver observer)
            throws IOException {
        return generate(options, diagnostics, strict, observer, null, false);
    }

    /**
     * As {@link #generate(BuildOptions, Diagnostics)}, taking from {@code memo} what an earlier build of this process
     * made from the same inputs and leaving there what this one makes.
     *
     * @param quick the preview's first answer to a save, a full build following: take the memo's related articles, key
     *              terms, places and search index even though articles changed since, and trust that the files the memo
     *              was told of ({@link BuildMemo#forget}) are all that changed, rather than walking the content folder
     */
    public static Generated generate(BuildOptions options, Diagnostics diagnostics, boolean strict, BuildObserver observer,
                                     BuildMemo memo, boolean quick) throws IOException {
        List<OutputFile> files = Collections.synchronizedList(new ArrayList<>());
        BuildMemo.Run run = memo == null ? null : memo.run();
        Counts counts;
        try {
            counts = generate(options, diagnostics, strict, observer, files::add, memo, quick, run);
        } finally {
            if (run != null) {
                run.end();
            }
        }
        List<OutputFile> sorted;
        if (counts.fileOrder() == null) {
            sorted = new ArrayList<>(files);
            sorted.sort(Comparator.comparing(OutputFile::path));
        } else {
            sorted = inOrder(files, counts.fileOrder());
        }
        return new Generated(merged(sorted, counts.search()), counts.articles(), counts.pages(), counts.rendered(), counts.stale(),
                counts.copies());
    }

    /**
     * Two lists in path order as one, in path order. Runs are found by binary search and copied whole: the
     * search index's files make one long run among the pages, so a merge costs a few comparisons, not one a file.
     */
    static List<OutputFile> merged(List<OutputFile> a, List<OutputFile> b) {
        if (b == null || b.isEmpty()) {
            return List.copyOf(a);
        }
        Object[] fromA = a.toArray();
        Object[] fromB = b.toArray();
        OutputFile[] out = new OutputFile[fromA.length + fromB.length];
        int i = 0;
        int j = 0;
        while (i < fromA.length && j < fromB.length) {
            int endA = firstAfter(a, i, b.get(j).path(), true);
            System.arraycopy(fromA, i, out, i + j, endA - i);
            i = endA;
            if (i == fromA.length) {
                break;
            }
            int endB = firstAfter(b, j, a.get(i).path(), false);
            System.arraycopy(fromB, j, out, i + j, endB - j);
            j = endB;
        }
        System.arraycopy(fromA, i, out, i + j, fromA.length - i);
        System.arraycopy(fromB, j, out, fromA.length + j, fromB.length - j);
        return Collections.unmodifiableList(Arrays.asList(out));
    }

    /** The files rearranged as {@code order} says: the index of each file in turn. */
    private static List<OutputFile> inOrder(List<OutputFile> files, int[] order) {
        if (files.size() != order.length) {
            throw new IllegalStateException(files.size() + " files written, " + order.length + " planned");
        }
        OutputFile[] sorted = new OutputFile[order.length];
        for (int k = 0; k < order.length; k++) {
            sorted[k] = files.get(order[k]);
        }
        return Collections.unmodifiableList(Arrays.asList(sorted));
    }

    /**
     * The search index with the runs the cache kept. A kept run whose Lucene files are damaged is found only when the
     * runs are merged; the index is then made afresh and the kept runs are dropped, so the next build keeps new ones.
     */
    private static SearchIndex withKeptRuns(List<SiteArticle> articles, SiteConfig config, Spool spool, BuildCache cache,
                                            BuildOptions options, Diagnostics diagnostics, BuildObserver.Stage stage) throws IOException {
        try {
            return SearchIndex.build(articles, config.searchRecency(), spool.scratch(), cache.indexRuns(), stage::advance);
        } catch (UncheckedIOException e) {
            diagnostics.add(Diagnostic.warning(options.cache(), 0, "the search index's kept runs could not be read ("
                    + e.getCause().getMessage() + "); they were dropped and the index was made afresh"));
            cache.indexRuns().clear();
            return SearchIndex.build(articles, config.searchRecency(), spool.scratch().resolve("afresh"), stage::advance);
        }
    }

    /** The first index from {@code from} whose path is after {@code path} (or, unless {@code orEqual}, equal to it). */
    private static int firstAfter(List<OutputFile> files, int from, String path, boolean orEqual) {
        int at = OutputFile.indexIn(files.subList(from, files.size()), path);
        return from + (at < 0 ? -at - 1 : orEqual ? at + 1 : at);
    }

    private static Counts generate(BuildOptions options, Diagnostics diagnostics, boolean strict, BuildObserver observer, Sink sink)
            throws IOException {
        return generate(options, diagnostics, strict, observer, sink, null, false, null);
    }

    private static Counts generate(BuildOptions options, Diagnostics diagnostics, boolean strict, BuildObserver observer, Sink sink,
                                   BuildMemo memo, boolean quick, BuildMemo.Run run) throws IOException {
        // Bodies and the search index's files wait on disk until they are read or written, unless the memo holds them.
        Spool spool = memo == null ? sink.spool() : Spool.inMemory();
        BuildCache cache = memo == null ? sink.cache() : BuildCache.off();
        Content content;
        boolean reloaded;
        try (BuildObserver.Stage stage = observer.begin("load", 0)) {
            Diagnostics reloadProblems = new Diagnostics();
            content = memo != null && quick ? ContentLoader.reload(options.content(), reloadProblems,
                    config -> override(config, options, reloadProblems), memo.files(), spool::keep).orElse(null) : null;
            reloaded = content != null;
            if (reloaded) {
                reloadProblems.sorted().forEach(diagnostics::add);
            }
            if (content == null) {
                // With the cache, each body is named as it is loaded, so that the next build can take its file at its stamp.
                content = memo != null ? ContentLoader.load(options.content(), diagnostics, config -> override(config, options, diagnostics),
                        memo.files(), spool::keep)
                        : ContentLoader.load(options.content(), diagnostics, config -> override(config, options, diagnostics),
                        cache.sources(), cache.active() ? text -> StoredText.named(spool.keep(text), StoredText.nameOf(text)) : spool::keep);
                cache.sourcesLoaded();
            }
        }
        diagnostics.throwIfErrors();
        SiteConfig config = content.config();
        if (memo != null) {
            memo.settings(config, options.templates(), run, quick);
        }
        TemplateRenderer renderer = memo == null ? new TemplateRenderer(options.templates(), config)
                : memo.templateRenderer(() -> new TemplateRenderer(options.templates(), config));

        Placement.Placed placed;
        try (BuildObserver.Stage stage = observer.begin("place", 0)) {
            placed = memo == null ? Placement.place(content, options.now(), options.drafts(), diagnostics)
                    : Placement.place(content, options.now(), options.drafts(), diagnostics, memo.places());
        }
        diagnostics.throwIfErrors();

        Supplier<BodyRenderer> makeBodies = () -> new BodyRenderer(config.rawHtml(), config.portableLinks(), RtlOptions.of(config));
        BodyRenderer bodies = memo == null ? makeBodies.get() : memo.bodyRenderer(makeBodies);
        List<SiteArticle> articles;
        List<SiteArticle> pages;
        try (BuildObserver.Stage stage = observer.begin("markdown", placed.articles().size() + placed.pages().size())) {
            Function<SiteArticle, SiteArticle> render = a -> {
                String root = Urls.root(a.path());
                SiteArticle rendered = memo == null
                        ? a.withBody(cache.body(a.article(), root, config.baseUrl(), bodies,
                                () -> bodies.renderWithLinks(a.article(), root, config.baseUrl()), spool::keep))
                        : memo.rendered(a, root, () -> bodies.render(a.article(), root, config.baseUrl()));
                stage.advance();
                return rendered;
            };
            articles = memo == null ? placed.articles().parallelStream().map(render).toList() : memo.rendered(placed.articles(), false, render);
            pages = memo == null ? placed.pages().parallelStream().map(render).toList() : memo.rendered(placed.pages(), true, render);
        }

        SiteAnalysis analysis;
        BuildMemo.SiteWide known = memo == null ? null : memo.siteWide();
        boolean usable = known != null && known.config().equals(config);
        boolean current = usable && known.articles().equals(articles);
        boolean stale = usable && quick && !current;
        // With a memo the search index's files stay one block, checked once when made, and are never copied file by file;
        // without one they wait in the spool and their paths are checked below. Either way the pages are checked against them.
        List<OutputFile> searchBlock = null;
        Set<String> searchPaths = Set.of();
        int excerptFiles = 0;
        if (current || stale) {
            analysis = stale ? known.analysis().within(articles) : known.analysis();
            searchBlock = known.searchFiles();
            searchPaths = known.searchPaths();
        } else {
            SearchIndex built;
            try (BuildObserver.Stage stage = observer.begin("index", articles.size())) {
                built = memo != null ? SearchIndex.build(articles, config.searchRecency(), memo.searchRuns())
                        : cache.indexRuns() == null ? SearchIndex.build(articles, config.searchRecency(), spool.scratch(), stage::advance)
                        : withKeptRuns(articles, config, spool, cache, options, diagnostics, stage);
            }
            List<OutputFile> searchFiles = new ArrayList<>();
            // The preview takes an unchanged article's excerpt files from the search files it last made, as a
            // command-line build takes them from the previous site.
            List<OutputFile> previousSearch = known == null ? List.of() : known.searchFiles();
            AtomicInteger reused = new AtomicInteger();
            Consumer<RecordedFile> recorded = memo == null ? spool::add : r -> {
                OutputFile file = OutputFile.withDigest(previousSearch, r.path(), r.sha256());
                if (file != null) {
                    reused.incrementAndGet();
                } else {
                    file = r.made();
                }
                synchronized (searchFiles) {
                    searchFiles.add(file);
                }
            };
            try (SearchIndex index = built) {
                try (BuildObserver.Stage stage = observer.begin("analysis", 0)) {
                    analysis = Analysis.run(index, Gazetteer.load(config.text().slugStyle()),
                            memo != null ? memo.analysis() : cache.analysis());
                }
                try (BuildObserver.Stage stage = observer.begin("search-export", 0)) {
                    excerptFiles = export(index, config, memo != null ? memo.searchEntries() : cache.searchEntries(), file -> {
                        if (memo == null) {
                            spool.add(file);
                        } else {
                            synchronized (searchFiles) {
                                searchFiles.add(file);
                            }
                        }
                    }, recorded);
                }
            }
            if (memo != null) {
                memo.keptExcerptFiles(reused.get());
            }
            if (memo != null) {
                searchFiles.sort(Comparator.comparing(OutputFile::path));
                searchBlock = List.copyOf(searchFiles);
                Diagnostics pathProblems = new Diagnostics();
                searchPaths = checkedPaths(searchBlock.stream().map(OutputFile::path).toList(), pathProblems);
                pathProblems.sorted().forEach(diagnostics::add);
                if (!pathProblems.hasErrors()) {
                    memo.siteWide(new BuildMemo.SiteWide(articles, config, analysis, searchBlock, searchPaths));
                }
            }
        }

        List<PlannedPage> planned;
        SitePlanner planner = memo == null ? new SitePlanner(config, analysis) : new SitePlanner(config, analysis, memo.plans());
        try (BuildObserver.Stage stage = observer.begin("plan", 0)) {
            planned = planner.plan(new Placement.Placed(articles, pages), diagnostics);
        }
        diagnostics.throwIfErrors();

        Map<String, String> owners = planner.owners();
        List<OutputFile> rest = new ArrayList<>();
        // A quick build follows saves of articles only, so the templates folder holds the assets it held last time.
        List<OutputFile> templateAssets = memo == null ? templateAssets(options.templates())
                : memo.templateAssets(quick, () -> templateAssets(options.templates()));
        for (OutputFile asset : templateAssets) {
            add(rest, owners, asset, options.templates().resolve(asset.path()).toString(), diagnostics);
        }
        List<String> spooled = spool.paths();
        if (searchBlock == null) {
            searchPaths = checkedPaths(spooled, diagnostics);
        }
        Set<String> searchIndex = searchPaths;
        Predicate<String> clear = path -> {
            if (searchIndex.contains(path)) {
                diagnostics.error(Path.of("search index"), 0, "would be written to /" + path + ", which " + owners.get(path) + " already produces");
                return false;
            }
            return true;
        };
        if (memo == null) {
            owners.keySet().forEach(clear::test);
        } else {
            memo.checkedAgainstSearch(planned, searchBlock, p -> clear.test(p.path()));
            rest.forEach(f -> clear.test(f.path()));
        }
        for (Content.Asset asset : content.assets()) {
            String source = options.content().getFileName().resolve(asset.path()).toString();
            if (searchPaths.contains(asset.path())) {
                diagnostics.error(Path.of(source), 0, "would be written to /" + asset.path() + ", which search index already produces");
            } else {
                add(rest, owners, OutputFile.copy(asset.path(), asset.file()), source, diagnostics);
            }
        }
        // Every path is known before anything is written: the checks run first, and a build with errors writes nothing.
        Set<String> searched = searchPaths;
        // With a memo the files reach the sink in plan order, then the others: their order by path is known now.
        int[] fileOrder = memo == null ? null : memo.fileOrder(planned, rest);
        try (BuildObserver.Stage stage = observer.begin("checks", 0)) {
            BuildMemo.Checking checking = memo == null ? null
                    : memo.checking(fileOrder, searchBlock, strict, articles.size() + pages.size());
            SiteChecks.run(options.content(), articles, pages, planned, p -> owners.containsKey(p) || searched.contains(p), analysis,
                    strict, diagnostics, memo == null ? a -> cache.links(a, () -> SiteChecks.bodyLinks(a)) : memo::links,
                    memo == null ? p -> SafePaths.problem(p).isEmpty() : memo::safe, checking == null ? SiteChecks.Findings.FRESH : checking);
            if (checking != null) {
                checking.end();
            }
        }
        diagnostics.throwIfErrors();

        AtomicInteger rendered = new AtomicInteger();
        AtomicInteger kept = new AtomicInteger();
        AtomicInteger keptExcerpts = new AtomicInteger();
        try (BuildObserver.Stage stage = observer.begin("render", planned.size())) {
            if (memo == null) {
                PageRecords records = cache.pages();
                String settings = cache.active() ? settings(config, options.templates()) : null;
                ModelDigest.Shared shared = new ModelDigest.Shared(SiteArticle.class, SiteView.class);
                Parallel.forEach(planned, p -> {
                    if (renderOrKeep(p, renderer, records, settings, shared, sink)) {
                        kept.incrementAndGet();
                    }
                    stage.advance();
                });
            } else {
                for (OutputFile file : memo.pages(planned, renderer::render, rendered::incrementAndGet)) {
                    sink.accept(file);
                    stage.advance();
                }
            }
        }
        // A reload changed no file's presence: what is gone is forgotten by the next build that walks the folder.
        if (memo != null && !reloaded) {
            Set<Path> sources = new HashSet<>();
            articles.forEach(a -> sources.add(a.article().source()));
            pages.forEach(a -> sources.add(a.article().source()));
            Set<String> paths = new HashSet<>();
            articles.forEach(a -> paths.add(a.path()));
            pages.forEach(a -> paths.add(a.path()));
            memo.keepOnly(sources, owners.keySet(), paths);
        }
        try (BuildObserver.Stage stage = observer.begin("write", rest.size() + spooled.size())) {
            if (memo == null) {
                Parallel.forEach(rest, f -> {
                    sink.accept(f);
                    stage.advance();
                });
            } else {
                for (OutputFile f : rest) {
                    sink.accept(f);
                    stage.advance();
                }
            }
            spool.writeTo(f -> {
                sink.accept(f);
                stage.advance();
            }, r -> {
                if (sink.accept(r)) {
                    keptExcerpts.incrementAndGet();
                }
                stage.advance();
            }, r -> {
                sink.accept(r);
                stage.advance();
            });
        }
        return new Counts(articles.size(), pages.size(), memo == null ? planned.size() - kept.get() : rendered.get(), kept.get(), stale,
                searchBlock, rest.stream().filter(f -> f.copyOf() != null).toList(), fileOrder, excerptFiles, keptExcerpts.get());
    }

    /**
     * Writes the page, or takes back the previous site's file when the page's inputs are those the last build recorded
     * for it and the file has the bytes it was made into (true). Inputs are the rendering's settings and what the page's
     * view model is made from ({@link PlannedPage#modelInputs()}), so that an unchanged page's model is not made, else
     * the model itself; both are digested by {@link ModelDigest}, and a page neither of which can be digested is rendered
     * and not recorded.
     *
     * @param settings the templates' and the site's settings' digest, null when there are no records to keep
     * @param shared   the values many pages' inputs share, each digested once in this build
     */
    private static boolean renderOrKeep(PlannedPage page, TemplateRenderer renderer, PageRecords records, String settings,
                                        ModelDigest.Shared shared, Sink sink) throws IOException {
        Map<String, Object> model = null;
        byte[] inputs = null;
        if (settings != null) {
            inputs = digest(List.of(settings, page.path(), page.template(), page.kind(), "inputs"), page.modelInputs(), shared);
            if (inputs == null) {
                model = page.modelToRender();
                inputs = digest(List.of(settings, page.path(), page.template(), page.kind()), model, null);
            }
        }
        byte[] made = inputs == null ? null : records.made(page.path(), inputs);
        if (made != null && sink.keep(page.path(), made)) {
            records.record(page.path(), inputs, made);
            return true;
        }
        byte[] bytes = renderer.render(page, model != null ? model : page.modelToRender());
        sink.accept(OutputFile.of(page.path(), bytes));
        if (inputs != null) {
            records.record(page.path(), inputs, Digest.sha256(bytes));
        }
        return false;
    }

    /** The digest of {@code what} followed by {@code value}; null when {@code value} is null or cannot be digested. */
    private static byte[] digest(List<Object> what, Object value, ModelDigest.Shared shared) {
        if (value == null) {
            return null;
        }
        List<Object> all = new ArrayList<>(what);
        all.add(value);
        try {
            return ModelDigest.of(all, shared);
        } catch (ModelDigest.Undigestible e) {
            return null;
        }
    }

    /** What every page's rendering reads besides its model: the templates, and the site's settings that filters read. */
    private static String settings(SiteConfig config, Path templates) {
        try {
            return BuildMemo.fingerprint(templates) + " " + HexFormat.of().formatHex(ModelDigest.of(config));
        } catch (ModelDigest.Undigestible e) {
            return null;
        }
    }

    /** The search index's paths, each checked as any published path is; errors for any that cannot be published. */
    private static Set<String> checkedPaths(List<String> paths, Diagnostics diagnostics) {
        Map<String, String> owners = new HashMap<>();
        for (String path : paths) {
            own(owners, path, "search index", diagnostics);
        }
        return Collections.unmodifiableSet(owners.keySet());
    }

    private static void add(List<OutputFile> files, Map<String, String> owners, OutputFile file, String source,
                            Diagnostics diagnostics) {
        if (own(owners, file.path(), source, diagnostics)) {
            files.add(file);
        }
    }

    /**
     * The search index's files, each handed to {@code out} as it is made, or to {@code recorded} (null for none) when the
     * entry store says the last export made it from the same inputs; returns how many excerpt files there are.
     */
    private static int export(SearchIndex index, SiteConfig config, EntryStore entries, Parallel.IoConsumer<OutputFile> out,
                              Consumer<RecordedFile> recorded) throws IOException {
        try {
            return SearchExport.export(index, config, entries, file -> {
                try {
                    out.accept(file);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }, recorded);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static boolean own(Map<String, String> owners, String path, String source, Diagnostics diagnostics) {
        var problem = SafePaths.problem(path);
        if (problem.isPresent()) {
            diagnostics.error(Path.of(source), 0, "cannot publish this file: " + problem.get());
            return false;
        }
        String previous = owners.putIfAbsent(path, source);
        if (previous != null) {
            diagnostics.error(Path.of(source), 0, "would be written to /" + path + ", which " + previous + " already produces");
            return false;
        }
        return true;
    }

    /** Files under the templates folder that are not templates (stylesheets, scripts, icons) are copied as they are. */
    private static List<OutputFile> templateAssets(Path templates) throws IOException {
        if (!Files.isDirectory(templates)) {
            return List.of();
        }
        try (Stream<Path> walk = Folders.walk(templates)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().endsWith(TemplateRenderer.SUFFIX))
                    .filter(p -> !templates.relativize(p).toString().startsWith("."))
                    .sorted()
                    .map(p -> OutputFile.copy(templates.relativize(p).toString().replace('\\', '/'), p))
                    .toList();
        }
    }

    private static SiteConfig override(SiteConfig config, BuildOptions options, Diagnostics diagnostics) {
        SiteConfig c = config;
        if (options.baseUrl() != null) {
            c = c.withBaseUrl(SiteConfigLoader.normaliseBaseUrl(options.baseUrl(), Path.of("--base-url"), 0, diagnostics));
        }
        if (options.portable() != null) {
            c = c.withPortableLinks(options.portable());
        }
        return c;
    }

    /** The output folder must never be, or contain, the inputs: a build replaces it whole. */
    private static void guardOutput(BuildOptions options) throws IOException {
        Path out = options.out().toAbsolutePath().normalize();
        for (Path input : List.of(options.content(), options.templates())) {
            Path in = input.toAbsolutePath().normalize();
            if (in.startsWith(out) || out.startsWith(in)) {
                throw BuildFailedException.of(Diagnostic.error(options.out(), 0,
                        "the output folder and the input folder " + input + " overlap; choose another --out"));
            }
        }
        if (options.cache() != null) {
            Path cache = options.cache().toAbsolutePath().normalize();
            if (cache.startsWith(out) || out.startsWith(cache)) {
                throw BuildFailedException.of(Diagnostic.error(options.cache(), 0,
                        "the build cache and the output folder " + options.out() + " overlap; choose another --cache"));
            }
            for (Path input : List.of(options.content(), options.templates())) {
                if (input.toAbsolutePath().normalize().startsWith(cache)) {
                    throw BuildFailedException.of(Diagnostic.error(options.cache(), 0,
                            "the build cache would hold the input folder " + input + "; choose another --cache"));
                }
            }
        }
        if (out.getParent() == null) {
            throw BuildFailedException.of(Diagnostic.error(options.out(), 0, "the output folder cannot be a file system root"));
        }
    }
}
