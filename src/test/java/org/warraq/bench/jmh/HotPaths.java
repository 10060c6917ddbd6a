package org.warraq.bench.jmh;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.warraq.output.OutputFile;
import org.warraq.render.TemplateRenderer;
import org.warraq.search.IndexExporter;
import org.warraq.search.SearchIndex;
import org.warraq.search.analysis.WarraqAnalyzer;
import org.warraq.site.PlannedPage;
import org.warraq.site.SiteArticle;
import org.warraq.site.Urls;

/**
 * JMH micro-benchmarks of the build's hot paths (docs/performance.md), each per article or page of a
 * generated corpus of {@link #ARTICLES} articles: Markdown with the RTL extension, an article page's
 * template, the search analysis of an article's text, and the export of the whole static index.
 * Run with {@code mvn -B -Pjmh test-compile exec:exec}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class HotPaths {

    static final int ARTICLES = 200;

    private BenchSite site;
    private List<PlannedPage> articlePages;
    private TemplateRenderer renderer;
    private SearchIndex index;
    private int next;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        site = BenchSite.of(ARTICLES);
        articlePages = site.plan().stream().filter(p -> p.template().startsWith("article")).toList();
        renderer = new TemplateRenderer(Path.of("templates"), site.config);
        index = site.index();
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        index.close();
    }

    private int nextArticle() {
        next = (next + 1) % ARTICLES;
        return next;
    }

    @Benchmark
    public Object markdownWithRtl() {
        SiteArticle a = site.placed.articles().get(nextArticle());
        return site.bodies.render(a.article(), Urls.root(a.path()), site.config.baseUrl());
    }

    @Benchmark
    public byte[] articleTemplate() {
        return renderer.render(articlePages.get(nextArticle() % articlePages.size()));
    }

    @Benchmark
    public void searchAnalysis(Blackhole hole) {
        SiteArticle a = site.articles.get(nextArticle());
        hole.consume(WarraqAnalyzer.tokens(a.body().text()));
    }

    /** The whole export of the index of {@link #ARTICLES} articles: divide by that for a figure per article. */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Measurement(iterations = 5, time = 5)
    public List<OutputFile> indexExport() {
        return new IndexExporter(index, new Urls(site.config.baseUrl(), site.config.portableLinks()), IndexExporter.DEFAULT_CAP).export();
    }
}
