package org.warraq.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.warraq.analysis.Analysis;
import org.warraq.analysis.Gazetteer;
import org.warraq.analysis.SiteAnalysis;
import org.warraq.content.Article;
import org.warraq.content.Diagnostics;
import org.warraq.content.StoredText;
import org.warraq.markdown.RenderedBody;
import org.warraq.render.ModelDigest;
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
        }, null);
        TemplateRenderer renderer = new TemplateRenderer(Path.of("templates"), SITE.config);
        byte[] bytes = renderer.render(new PlannedPage(article.path(), article.kind(), article.template(), counted, article.source()));
        assertEquals(1, made.get());
        assertArrayEquals(renderer.render(article), bytes);
    }

    /** An article's source text kept where a digest cannot read it, as the build's spool keeps it. */
    private record Spooled(Object spool) implements StoredText {
        @Override
        public String read() {
            throw new AssertionError("the source text is read back");
        }
    }

    private static SiteArticle withArticle(SiteArticle s, UnaryOperator<String> title, StoredText body) {
        Article a = s.article();
        return new SiteArticle(new Article(a.source(), a.page(), a.format(), title.apply(a.title()), a.date(), a.updated(), a.authors(),
                a.categories(), a.tags(), a.summary(), a.slug(), a.draft(), a.aliases(), a.image(), a.imageAlt(), a.imageCredit(),
                a.sourceCredit(), a.corrections(), body, a.bodyLine()), s.path(), s.authors(), s.category(), s.tags(), s.body());
    }

    /** Each deferred page's digests, by path: what its model is made from (with {@code shared}), and the model made. */
    private static Map<String, byte[][]> digests(List<SiteArticle> articles) {
        Diagnostics diagnostics = new Diagnostics();
        List<PlannedPage> pages = new SitePlanner(SITE.config, analysis).plan(new Placement.Placed(articles, List.of()), diagnostics);
        diagnostics.throwIfErrors();
        ModelDigest.Shared shared = new ModelDigest.Shared(SiteArticle.class, SiteView.class);
        Map<String, byte[][]> digests = new HashMap<>();
        for (PlannedPage page : pages) {
            if (page.model() instanceof DeferredModel) {
                Record inputs = page.modelInputs();
                assertTrue(inputs != null, page.path());
                digests.put(page.path(), new byte[][] {ModelDigest.of(inputs, shared), ModelDigest.of(page.modelToRender())});
            } else {
                assertEquals(null, page.modelInputs(), page.path());
            }
        }
        return digests;
    }

    /**
     * A build takes a page back by the digest of what its model is made from, without making the model: every deferred
     * page carries those inputs, they digest with the articles' source texts kept where they cannot be read, and
     * whatever edit changes a page's model changes its inputs too.
     */
    @Test
    void whateverChangesADeferredPagesModelChangesItsInputs() {
        List<SiteArticle> spooled = SITE.articles.stream().map(a -> withArticle(a, t -> t, new Spooled(new Object()))).toList();
        Map<String, byte[][]> before = digests(spooled);
        assertEquals(DEFERRED, templates(plan(new SitePlanner(SITE.config, analysis)), true));
        Map<String, byte[][]> again = digests(spooled.stream().map(a -> withArticle(a, t -> new String(t.toCharArray()), a.article().bodyText())).toList());
        assertEquals(before.keySet(), again.keySet());
        before.forEach((path, d) -> assertArrayEquals(d[0], again.get(path)[0], "equal inputs made apart: " + path));

        int middle = spooled.size() / 2;
        String related = analysis.of(spooled.get(0).path()).related().get(0);
        int relatedAt = spooled.indexOf(spooled.stream().filter(a -> a.path().equals(related)).findFirst().orElseThrow());
        RenderedBody edited = new RenderedBody("<p>فقرة عُدّلت.</p>", "<p>فقرة عُدّلت.</p>", "فقرة عُدّلت.", List.of(), "فقرة عُدّلت.");
        List<UnaryOperator<List<SiteArticle>>> edits = List.of(
                list -> replaced(list, middle, withArticle(list.get(middle), t -> t + " (محدّث)", new Spooled(new Object()))),
                list -> replaced(list, relatedAt, withArticle(list.get(relatedAt), t -> "عنوان جديد", list.get(relatedAt).article().bodyText())),
                list -> replaced(list, middle, list.get(middle).withBody(edited)),
                list -> replaced(list, middle, new SiteArticle(list.get(middle).article(), list.get(middle).path(), list.get(middle).authors(),
                        list.get(middle).category(), List.of(new Tag("وسم جديد", "wasm-jadid")), list.get(middle).body())));
        for (UnaryOperator<List<SiteArticle>> edit : edits) {
            Map<String, byte[][]> after = digests(edit.apply(spooled));
            int changed = 0;
            int same = 0;
            for (Map.Entry<String, byte[][]> e : after.entrySet()) {
                byte[][] was = before.get(e.getKey());
                if (was == null) {
                    continue;
                }
                if (!Arrays.equals(was[1], e.getValue()[1])) {
                    changed++;
                    assertFalse(Arrays.equals(was[0], e.getValue()[0]), "the model changed, its inputs did not: " + e.getKey());
                } else if (Arrays.equals(was[0], e.getValue()[0])) {
                    same++;
                }
            }
            assertTrue(changed > 2 && same > changed, changed + " pages changed, " + same + " the same");
        }
    }

    private static List<SiteArticle> replaced(List<SiteArticle> list, int at, SiteArticle article) {
        List<SiteArticle> copy = new ArrayList<>(list);
        copy.set(at, article);
        return copy;
    }
}
