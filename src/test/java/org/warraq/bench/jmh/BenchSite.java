package org.warraq.bench.jmh;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;
import org.warraq.analysis.Analysis;
import org.warraq.analysis.Gazetteer;
import org.warraq.analysis.SiteAnalysis;
import org.warraq.bench.CorpusGenerator;
import org.warraq.content.Content;
import org.warraq.content.ContentLoader;
import org.warraq.content.Diagnostics;
import org.warraq.content.SiteConfig;
import org.warraq.markdown.BodyRenderer;
import org.warraq.markdown.RtlOptions;
import org.warraq.search.SearchIndex;
import org.warraq.site.Placement;
import org.warraq.site.PlannedPage;
import org.warraq.site.SiteArticle;
import org.warraq.site.SitePlanner;
import org.warraq.site.Urls;

/**
 * The inputs of the micro-benchmarks: a generated corpus carried through the build's stages up to the
 * one each benchmark measures, as {@code SiteBuild.generate} chains them.
 */
final class BenchSite {

    static final Instant NOW = Instant.parse("2030-01-01T00:00:00Z");

    final Path dir;
    final SiteConfig config;
    final Placement.Placed placed;
    final BodyRenderer bodies;
    final List<SiteArticle> articles;

    private BenchSite(Path dir, SiteConfig config, Placement.Placed placed, BodyRenderer bodies, List<SiteArticle> articles) {
        this.dir = dir;
        this.config = config;
        this.placed = placed;
        this.bodies = bodies;
        this.articles = articles;
    }

    static BenchSite of(int n) throws IOException {
        Path dir = Files.createTempDirectory("warraq-jmh");
        Path content = new CorpusGenerator(1).write(dir, n);
        Diagnostics diagnostics = new Diagnostics();
        Content loaded = ContentLoader.load(content, diagnostics, UnaryOperator.identity());
        diagnostics.throwIfErrors();
        Placement.Placed placed = Placement.place(loaded, NOW, false, diagnostics);
        diagnostics.throwIfErrors();
        SiteConfig config = loaded.config();
        BodyRenderer bodies = new BodyRenderer(config.rawHtml(), config.portableLinks(), RtlOptions.of(config));
        List<SiteArticle> articles = placed.articles().stream()
                .map(a -> a.withBody(bodies.render(a.article(), Urls.root(a.path()), config.baseUrl()))).toList();
        return new BenchSite(dir, config, placed, bodies, articles);
    }

    SearchIndex index() {
        return SearchIndex.build(articles, config.searchRecency());
    }

    /** The page plan, from a fresh index and analysis. */
    List<PlannedPage> plan() throws IOException {
        SiteAnalysis analysis;
        try (SearchIndex index = index()) {
            analysis = Analysis.run(index, Gazetteer.load(config.text().slugStyle()));
        }
        Diagnostics diagnostics = new Diagnostics();
        List<PlannedPage> pages = new SitePlanner(config, analysis).plan(new Placement.Placed(articles, List.of()), diagnostics);
        diagnostics.throwIfErrors();
        return pages;
    }
}
