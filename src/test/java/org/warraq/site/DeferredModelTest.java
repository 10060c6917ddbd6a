package org.warraq.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.warraq.analysis.Analysis;
import org.warraq.analysis.Gazetteer;
import org.warraq.analysis.SiteAnalysis;
import org.warraq.content.Diagnostics;
import org.warraq.render.TemplateRenderer;
import org.warraq.search.SampleSite;
import org.warraq.search.SearchIndex;

/**
 * A build that plans once makes the model of each article page, each page of a list and each feed and sitemap when
 * the page is rendered, so that the plan does not hold them all: the pages must be those a plan that makes the
 * models at once gives, byte for byte.
 */
class DeferredModelTest {

    private static final SampleSite SITE = SampleSite.load();
    /** The templates of the pages there are many of: one per article, per page of a list, per feed. */
    private static final Set<String> DEFERRED = Set.of("article", "home", "list", "archive", "feed", "sitemap", "news-sitemap");
    private static SiteAnalysis analysis;

    @BeforeAll
    static void analyse() throws IOException {
        try (SearchIndex index = SearchIndex.build(SITE.articles, SITE.config.searchRecency())) {
            analysis = Analysis.run(index, Gazetteer.load(SITE.config.text().slugStyle()));
        }
    }

    private static List<PlannedPage> plan(SitePlanner planner) {
        Diagnostics diagnostics = new Diagnostics();
        List<PlannedPage> pages = planner.plan(new Placement.Placed(SITE.articles, List.of()), diagnostics);
        diagnostics.throwIfErrors();
        return pages;
    }

    @Test
    void pagesPlannedOnceRenderAsThoseWhoseModelsWereMadeAtPlanning() {
        List<PlannedPage> once = plan(new SitePlanner(SITE.config, analysis));
        List<PlannedPage> kept = plan(new SitePlanner(SITE.config, analysis, new PlanMemo()));
        assertEquals(kept.size(), once.size());
        TemplateRenderer renderer = new TemplateRenderer(Path.of("templates"), SITE.config);
        int deferred = 0;
        for (int i = 0; i < once.size(); i++) {
            PlannedPage a = once.get(i);
            PlannedPage b = kept.get(i);
            assertEquals(b.path(), a.path());
            assertEquals(b.template(), a.template(), a.path());
            assertFalse(b.model() instanceof DeferredModel, b.path());
            if (DEFERRED.contains(a.template())) {
                DeferredModel model = assertInstanceOf(DeferredModel.class, a.model(), a.path());
                Map<String, Object> made = model.make();
                assertEquals(b.model(), made, a.path());
                assertNotSame(made, model.make(), "made afresh each time, kept nowhere: " + a.path());
                deferred++;
            } else {
                assertFalse(a.model() instanceof DeferredModel, a.path());
            }
            assertArrayEquals(renderer.render(b), renderer.render(a), a.path());
        }
        assertEquals(DEFERRED, templates(once, true));
        assertEquals(Set.of("redirect", "tags", "places", "analysis", "search", "404", "robots"), templates(once, false));
        assertTrue(deferred > SITE.articles.size(), "deferred: " + deferred);
    }

    private static Set<String> templates(List<PlannedPage> pages, boolean deferred) {
        return pages.stream().filter(p -> p.model() instanceof DeferredModel == deferred).map(PlannedPage::template)
                .collect(Collectors.toSet());
    }

    @Test
    void theRendererMakesADeferredModelOnce() {
        PlannedPage article = plan(new SitePlanner(SITE.config, analysis)).stream()
                .filter(p -> p.template().equals("article")).findFirst().orElseThrow();
        AtomicInteger made = new AtomicInteger();
        DeferredModel counted = new DeferredModel(() -> {
            made.incrementAndGet();
            return ((DeferredModel) article.model()).make();
        });
        TemplateRenderer renderer = new TemplateRenderer(Path.of("templates"), SITE.config);
        byte[] bytes = renderer.render(new PlannedPage(article.path(), article.kind(), article.template(), counted, article.source()));
        assertEquals(1, made.get());
        assertArrayEquals(renderer.render(article), bytes);
    }
}
