package org.warraq.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End-to-end behaviour on small purpose-built sites: escaping, drafts, the clock, links, 404, desk text. */
class SiteBuildTest {

    @TempDir
    Path tmp;

    private Document page(SiteFixture site, String path) throws IOException {
        return Jsoup.parse(site.read(path));
    }

    @Test
    void bodiesReadBackFromTheSpoolMakeTheSiteTheInMemoryBuildMakes() throws IOException {
        Path out = tmp.resolve("site-output");
        SiteBuild.run(SiteFixture.sample(out));
        java.util.Map<String, byte[]> onDisk = SiteFixture.snapshot(out);
        assertTrue(onDisk.remove(org.warraq.output.Publisher.MARKER) != null);
        var inMemory = SiteBuild.generate(SiteFixture.sample(tmp.resolve("unused")), new org.warraq.content.Diagnostics());
        assertEquals(inMemory.files().size(), onDisk.size());
        for (var file : inMemory.files()) {
            byte[] bytes = file.bytes() != null ? file.bytes() : Files.readAllBytes(file.copyOf());
            assertTrue(java.util.Arrays.equals(bytes, onDisk.get(file.path())), file.path());
        }
        assertTrue(new String(onDisk.get("feed.xml"), java.nio.charset.StandardCharsets.UTF_8).contains("&lt;p"),
                "feeds carry the bodies' HTML");
        try (var siblings = Files.list(tmp)) {
            assertEquals(java.util.List.of("site-output"), siblings.map(p -> p.getFileName().toString()).toList(),
                    "the spool that held the bodies is gone");
        }
    }

    @Test
    void aBuildKeepsBodiesInTheSpoolAndTheIndexInItsScratchFolderNotInTheHeap() throws IOException {
        Path out = tmp.resolve("site-output");
        Path spool = tmp.resolve(".site-output.spool");
        Path index = tmp.resolve(".site-output.spool.scratch/index");
        long sources;
        try (var files = Files.walk(SiteFixture.SAMPLE_CONTENT)) {
            sources = files.filter(f -> f.toString().endsWith(".md") || f.toString().endsWith(".txt"))
                    .mapToLong(f -> f.toFile().length()).sum();
        }
        java.util.Map<String, Long> seen = new java.util.concurrent.ConcurrentHashMap<>();
        BuildObserver look = (name, items) -> {
            try {
                if (name.equals("index")) {
                    seen.put("spool before the search export", Files.size(spool));
                }
                if (name.equals("analysis")) {
                    try (var files = Files.list(index)) {
                        seen.put("index files", files.count());
                    }
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return BuildObserver.NONE.begin(name, items);
        };
        SiteBuild.run(SiteFixture.sample(out), look);
        assertTrue(seen.get("spool before the search export") > sources,
                "sources, HTML and text of every body are in the spool: " + seen + " against " + sources + " bytes of sources");
        assertTrue(seen.get("index files") > 0, "the Lucene index is on disk while it is read");
        assertFalse(Files.exists(spool) || Files.exists(index.getParent()), "both are gone after the build");
    }

    @Test
    void scriptInTitleTagsAndSummaryIsEscapedEverywhere() throws IOException {
        SiteFixture site = new SiteFixture(tmp).write("articles/x.md", SiteFixture.article(
                "<script>alert(1)</script> عنوان", "2025-01-02",
                "tags: [\"<img src=x onerror=alert(2)>\"]\nsummary: \"<b>ملخص</b>\"",
                "نص [رابط](javascript:alert(3)) و<script>alert(4)</script>."));
        site.build();
        try (var files = Files.walk(site.out)) {
            for (Path f : files.filter(p -> p.toString().matches(".*\\.(html|xml)$")).toList()) {
                String text = Files.readString(f);
                String where = site.out.relativize(f).toString();
                assertFalse(text.contains("<script>alert"), where);
                assertFalse(text.contains("<img src=x"), where);
                assertFalse(text.contains("<b>ملخص"), where);
                assertFalse(text.toLowerCase().contains("javascript:"), where);
            }
        }
        Document article = page(site, "2025/01/script-alert-1-script-عنوان/index.html");
        assertEquals("<script>alert(1)</script> عنوان", article.selectFirst("h1").text());
        for (var script : article.select("script:not([src])")) {
            assertTrue(DataBlocks.isDataBlock(script), "only JSON-LD data blocks: " + script.outerHtml());
        }
        assertEquals("<script>alert(1)</script> عنوان", DataBlocks.only(article, "article", "NewsArticle").path("headline").asText());
    }

    @Test
    void aLongListLinksItsEndsAndTheNeighboursOfEachPage() throws IOException {
        SiteFixture site = new SiteFixture(tmp);
        for (int i = 1; i <= 24; i++) {
            site.write("articles/a" + i + ".md", SiteFixture.article("مقال رقم " + i, "2025-01-%02d".formatted(i), "", "نص."));
        }
        site.build();
        Document middle = page(site, "page/6/index.html");
        assertEquals(java.util.List.of("١", "…", "٤", "٥", "٦", "٧", "٨", "…", "١٢"),
                middle.select(".pagination li:not(.pagination-prev):not(.pagination-next)").eachText());
        assertEquals(java.util.List.of("../../index.html", "../../page/4/index.html", "../../page/5/index.html",
                        "../../page/6/index.html", "../../page/7/index.html", "../../page/8/index.html", "../../page/12/index.html"),
                middle.select(".pagination li:not(.pagination-prev):not(.pagination-next) a").eachAttr("href"));
        assertEquals("٦", middle.selectFirst(".pagination a[aria-current=page]").text());
        assertEquals("true", middle.selectFirst(".pagination-gap").attr("aria-hidden"));
        assertEquals(java.util.List.of("١", "٢", "٣", "…", "١٢"),
                page(site, "index.html").select(".pagination li:not(.pagination-prev):not(.pagination-next)").eachText());
    }

    @Test
    void draftsAndFutureArticlesAreLeftOutUnlessAsked() throws IOException {
        SiteFixture site = new SiteFixture(tmp)
                .write("articles/now.md", SiteFixture.article("مقال منشور", "2025-01-02", "tags: [الطاقة]", "نص."))
                .write("articles/draft.md", SiteFixture.article("مسودة سرية", "2025-01-03", "draft: true\ntags: [الطاقة]", "نص."))
                .write("articles/later.md", SiteFixture.article("مقال الغد", "2026-06-02", "tags: [الطاقة]", "نص."));
        site.build();
        String all = String.join("\n", SiteFixture.snapshot(site.out).values().stream().map(String::new).toList());
        assertTrue(all.contains("مقال منشور"));
        assertFalse(all.contains("مسودة سرية"));
        assertFalse(all.contains("مقال الغد"));

        var withDrafts = new BuildOptions(site.content, SiteFixture.PROJECT_TEMPLATES, site.out, true, null, null,
                java.time.Instant.parse("2026-06-03T00:00:00Z"));
        SiteBuild.run(withDrafts);
        String again = String.join("\n", SiteFixture.snapshot(site.out).values().stream().map(String::new).toList());
        assertTrue(again.contains("مسودة سرية"));
        assertTrue(again.contains("مقال الغد"), "--now moves the clock");
    }

    @Test
    void prettyLinksUnderASubPathAndA404ThatWorksAtAnyDepth() throws IOException {
        SiteFixture site = new SiteFixture(tmp)
                .write("articles/a.md", SiteFixture.article("الأسواق الناشئة", "2025-02-01", "tags: [أسواق]", "نص."));
        SiteBuild.run(new BuildOptions(site.content, SiteFixture.PROJECT_TEMPLATES, site.out, false,
                "https://user.github.io/repo", false, SiteFixture.NOW));
        Document home = page(site, "index.html");
        assertEquals("https://user.github.io/repo/", home.selectFirst("link[rel=canonical]").attr("href"));
        String articleHref = home.select("main a[href*=الاسواق-الناشئة]").first().attr("href");
        assertEquals("2025/02/الاسواق-الناشئة/", articleHref);
        Document notFound = page(site, "404.html");
        for (var a : notFound.select("a[href]")) {
            String href = a.attr("href");
            assertTrue(href.startsWith("/repo/") || href.startsWith("https:") || href.startsWith("#"), href);
        }
        assertTrue(notFound.selectFirst("link[rel=stylesheet]").attr("href").startsWith("/repo/assets/"));
    }

    @Test
    void deskTextArticleOfTheSeedShape() throws IOException {
        String text = """
                أعلنت وزارة المالية حزمة إجراءات جديدة لدعم الشركات الصغيرة والمتوسطة في ظل تباطؤ النمو خلال الربع الأخير من العام. وتأتي الحزمة بعد أشهر من المشاورات.

                خلفية القرار
                تراجعت مؤشرات الطلب المحلي منذ مطلع العام، بحسب بيانات رسمية، ما دفع الحكومة إلى البحث عن أدوات سريعة.
                يقول خبراء إن #الدعم وحده لا يكفي، وإن *الإصلاح* الهيكلي ضروري.

                ما الذي ينتظر الأسواق
                يرى محللون أن أثر الحزمة سيظهر في النصف الثاني من العام المقبل.
                """;
        SiteFixture site = new SiteFixture(tmp).write("articles/2025-11-28-sme-support.txt", text);
        site.build();
        Path page = null;
        try (var files = Files.walk(site.out.resolve("2025/11"))) {
            page = files.filter(p -> p.getFileName().toString().equals("index.html")).findFirst().orElseThrow();
        }
        Document doc = Jsoup.parse(page.toFile(), "UTF-8");
        assertEquals("أعلنت وزارة المالية حزمة إجراءات جديدة لدعم الشركات الصغيرة والمتوسطة في ظل…",
                doc.selectFirst("h1").text());
        assertTrue(doc.selectFirst("p.lead").text().startsWith("أعلنت وزارة المالية"));
        assertEquals(java.util.List.of("خلفية القرار", "ما الذي ينتظر الأسواق"), doc.select(".article-body h2").eachText());
        assertTrue(doc.selectFirst(".article-body").text().contains("#الدعم وحده لا يكفي، وإن *الإصلاح*"));
        assertNotNull(doc.selectFirst("time[datetime^=2025-11-28]"));
    }

    @Test
    void undeclaredAuthorAndCategoryAreWarningsAndGetPages() throws IOException {
        SiteFixture site = new SiteFixture(tmp).write("articles/a.md",
                "---\ntitle: قراءة في الموازنة\ndate: 2025-03-01\nauthor: كاتب ضيف\ncategory: رأي\n---\nنص.\n");
        BuildResult result = site.build();
        assertTrue(result.warnings().stream().anyMatch(w -> w.toString().contains("author 'كاتب ضيف' is not declared")));
        assertTrue(result.warnings().stream().anyMatch(w -> w.toString().contains("category 'رأي' is not declared")));
        assertTrue(Files.exists(site.out.resolve("author/كاتب-ضيف/index.html")));
        assertTrue(Files.exists(site.out.resolve("category/راي/index.html")));
    }

    @Test
    void bomAndCrlfAreAccepted() throws IOException {
        SiteFixture site = new SiteFixture(tmp).write("articles/win.md",
                "\uFEFF---\r\ntitle: مقال من ويندوز\r\ndate: 2025-03-01\r\n---\r\n## عنوان فرعي\r\n\r\nنص.\r\n");
        site.build();
        Document doc = page(site, "2025/03/مقال-من-ويندوز/index.html");
        assertEquals("مقال من ويندوز", doc.selectFirst("h1").text());
        assertEquals("عنوان فرعي", doc.selectFirst(".article-body h2").text());
    }
}
