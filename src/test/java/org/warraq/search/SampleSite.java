package org.warraq.search;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;
import org.warraq.content.Content;
import org.warraq.content.ContentLoader;
import org.warraq.content.Diagnostics;
import org.warraq.content.SiteConfig;
import org.warraq.markdown.BodyRenderer;
import org.warraq.markdown.RtlOptions;
import org.warraq.site.Placement;
import org.warraq.site.SiteArticle;
import org.warraq.site.Urls;

/** The sample publication in content/, placed and rendered as the build does (SiteBuild.generate). */
public final class SampleSite {

    static final Instant NOW = Instant.parse("2026-06-01T00:00:00Z");

    public final SiteConfig config;
    public final List<SiteArticle> articles;

    private SampleSite(SiteConfig config, List<SiteArticle> articles) {
        this.config = config;
        this.articles = articles;
    }

    public static SampleSite load() {
        return load(Path.of("content"), NOW);
    }

    /** The publication in {@code folder}, placed at {@code now} and rendered as the build does. */
    public static SampleSite load(Path folder, Instant now) {
        Diagnostics diagnostics = new Diagnostics();
        Content content = ContentLoader.load(folder, diagnostics, UnaryOperator.identity());
        diagnostics.throwIfErrors();
        Placement.Placed placed = Placement.place(content, now, false, diagnostics);
        diagnostics.throwIfErrors();
        BodyRenderer bodies = new BodyRenderer(content.config().rawHtml(), content.config().portableLinks(), RtlOptions.of(content.config()));
        List<SiteArticle> articles = placed.articles().stream()
                .map(a -> a.withBody(bodies.render(a.article(), Urls.root(a.path()), content.config().baseUrl())))
                .toList();
        return new SampleSite(content.config(), articles);
    }
}
