package org.warraq.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warraq.content.Article;
import org.warraq.content.BuildFailedException;
import org.warraq.content.ContentFormat;
import org.warraq.content.Diagnostics;
import org.warraq.content.StoredText;
import org.warraq.markdown.RenderedBody;
import org.warraq.output.OutputFile;
import org.warraq.site.OutputKind;
import org.warraq.site.PlannedPage;
import org.warraq.site.SiteArticle;

/**
 * Rebuilds that share a {@link BuildMemo} make exactly what a clean build makes, file for file and byte for
 * byte, after every kind of edit; they render again only the pages whose view changed; and a quick rebuild
 * shows an edit at once with the last collection-wide results, which the next full rebuild brings up to date.
 */
class BuildMemoTest {

    @TempDir
    Path tmp;
    SiteFixture site;
    Path templates;
    final BuildMemo memo = new BuildMemo();

    static final String[] TOPICS = {
        "رفع البنك المركزي أسعار الفائدة لمواجهة التضخم في مصر وتراجع الجنيه أمام الدولار",
        "ارتفعت أسعار القمح في الأسواق العالمية بعد موجة الجفاف في روسيا وأوكرانيا",
        "تفاوضت مصر مع صندوق النقد الدولي على قرض جديد لدعم الموازنة والجنيه",
        "أعلنت السعودية خطة لزيادة إنتاج الطاقة الشمسية وخفض استهلاك النفط محليا",
        "تراجعت صادرات القمح الروسية إلى مصر مع ارتفاع تكاليف الشحن والتأمين",
        "ناقش البرلمان الأردني موازنة العام المقبل وعجزها المتزايد وديون الحكومة",
    };

    @BeforeEach
    void site() throws IOException {
        site = new SiteFixture(tmp);
        templates = tmp.resolve("templates");
        try (Stream<Path> files = Files.walk(SiteFixture.PROJECT_TEMPLATES)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Path copy = templates.resolve(SiteFixture.PROJECT_TEMPLATES.relativize(f).toString());
                Files.createDirectories(copy.getParent());
                Files.copy(f, copy);
            }
        }
        for (int i = 0; i < 12; i++) {
            String tags = "tags: [" + (i % 2 == 0 ? "الاقتصاد" : "الطاقة") + (i % 3 == 0 ? ", مصر" : "") + "]";
            site.write("articles/a" + i + ".md", SiteFixture.article("خبر رقم " + (i + 1) + " عن " + TOPICS[i % TOPICS.length].split(" ")[1],
                    "2025-02-%02d".formatted(i + 1), tags, TOPICS[i % TOPICS.length] + ".\n\n" + TOPICS[(i + 1) % TOPICS.length] + "."));
        }
    }

    BuildOptions options() {
        return new BuildOptions(site.content, templates, site.out, false, null, null, SiteFixture.NOW);
    }

    SiteBuild.Generated withMemo(boolean quick) throws IOException {
        return SiteBuild.generate(options(), new Diagnostics(), false, BuildObserver.NONE, memo, quick);
    }

    Map<String, String> clean() throws IOException {
        return files(SiteBuild.generate(options(), new Diagnostics()));
    }

    /** The files by path; checks on the way that they are in path order and that the copies are named as copies. */
    static Map<String, String> files(SiteBuild.Generated generated) throws IOException {
        List<String> paths = generated.files().stream().map(OutputFile::path).toList();
        assertEquals(paths.stream().sorted().distinct().toList(), paths, "files in path order, each once");
        assertEquals(generated.files().stream().filter(f -> f.copyOf() != null).collect(Collectors.toSet()), Set.copyOf(generated.copies()));
        assertFalse(generated.copies().isEmpty());
        Map<String, String> files = new TreeMap<>();
        for (OutputFile f : generated.files()) {
            byte[] bytes = f.bytes() != null ? f.bytes() : Files.readAllBytes(f.copyOf());
            files.put(f.path(), new String(bytes, StandardCharsets.ISO_8859_1));
        }
        return files;
    }

    /** Fails with the first differing file's name rather than two huge maps. */
    static void assertSameSite(Map<String, String> expected, Map<String, String> actual) {
        java.util.Set<String> missing = new java.util.TreeSet<>(expected.keySet());
        missing.removeAll(actual.keySet());
        java.util.Set<String> extra = new java.util.TreeSet<>(actual.keySet());
        extra.removeAll(expected.keySet());
        assertEquals("missing [] extra []", "missing " + missing + " extra " + extra);
        for (String path : expected.keySet()) {
            assertTrue(expected.get(path).equals(actual.get(path)), path + " differs from a clean build's");
        }
    }

    String page(SiteBuild.Generated generated, String path) {
        return generated.files().stream().filter(f -> f.path().equals(path))
                .map(f -> new String(f.bytes(), StandardCharsets.UTF_8)).findFirst().orElseThrow(() -> new AssertionError("no " + path));
    }

    @Test
    void everyKindOfEditGivesWhatACleanBuildGives() throws IOException {
        SiteBuild.Generated first = withMemo(false);
        assertSameSite(clean(), files(first));

        site.write("articles/a3.md", SiteFixture.article("خبر رقم 4 عن أسعار", "2025-02-04", "tags: [الطاقة]",
                "نص جديد تماما عن الطاقة الشمسية في الأردن."));
        SiteBuild.Generated edited = withMemo(false);
        assertFalse(edited.stale());
        assertTrue(edited.rendered() < first.rendered(), "only pages showing the article are rendered again: "
                + edited.rendered() + " of " + first.rendered());
        assertSameSite(clean(), files(edited));

        List<Runnable> edits = List.of(
                () -> write("articles/new.md", SiteFixture.article("خبر جديد عن القمح", "2025-03-01", "tags: [مصر]", TOPICS[1] + ".")),
                () -> write("articles/a1.md", SiteFixture.article("خبر رقم 2 عن أسعار", "2025-02-02", "updated: 2025-02-20\ntags: [الطاقة]",
                        TOPICS[1] + ".\n\n" + TOPICS[2] + ".")),
                () -> write("articles/a2.md", SiteFixture.article("خبر رقم 3 عن مصر", "2025-02-03", "tags: [الطاقة]",
                        TOPICS[2] + ".\n\n" + TOPICS[3] + ".")),
                () -> delete("articles/a5.md"),
                () -> write("articles/a7.md", SiteFixture.article("عنوان آخر تماما", "2024-12-31", "tags: [السياحة]", TOPICS[2] + ".")),
                () -> write("site.yaml", SiteFixture.SITE_YAML.replace("موقع الاختبار", "موقع الاختبار الجديد")),
                () -> write("articles/a4.md", SiteFixture.article("خبر رقم 5 مع رابط", "2025-02-05", "tags: [الاقتصاد]",
                        "انظر [خبرا آخر](/2025/02/khbr-rqm-1/) عن " + TOPICS[4] + ".")),
                () -> write("site.yaml", SiteFixture.SITE_YAML.replace("portable_links: true", "portable_links: false")),
                () -> write("articles/another.md", SiteFixture.article("خبر آخر", "2025-01-15", "", "نص.")),
                () -> write("articles/sport.md", SiteFixture.article("خبر رياضي", "2024-06-01", "", "نص.").replace("category: economy", "category: sport")),
                () -> write("pages/about.md", "---\ntitle: من نحن\n---\nنص الصفحة.\n"),
                () -> write("pages/about.md", "---\ntitle: عن الموقع\n---\nنص الصفحة.\n"),
                () -> write("articles/newest.md", SiteFixture.article("خبر العام الجديد", "2026-01-02", "tags: [الطاقة]", "نص.")));
        for (Runnable edit : edits) {
            edit.run();
            assertSameSite(clean(), files(withMemo(false)));
        }

        write("articles/a2.md", "---\ntitle: [غير مغلق\ndate: 2025-02-03\n---\nنص.\n");
        assertThrows(BuildFailedException.class, () -> withMemo(false));
        assertThrows(BuildFailedException.class, () -> withMemo(true), "a remembered failure is reported again");
        write("articles/a2.md", SiteFixture.article("خبر مصحح", "2025-02-03", "tags: [مصر]", TOPICS[3] + "."));
        assertSameSite(clean(), files(withMemo(false)));
    }

    /**
     * A body rendered for the preview has its plain text named by its digest, once: every follow-up compares each article's
     * indexed text with the last one's by a digest of it, and hashed every body again without the name.
     */
    @Test
    void aRenderedBodysPlainTextIsNamedByItsDigestOnce() {
        String text = "نص المقال كاملًا، مع 😀 ورقم ٣.";
        Article article = new Article(Path.of("articles/a.md"), false, ContentFormat.MARKDOWN, "عنوان", ZonedDateTime.parse("2025-02-04T09:00:00+03:00"),
                null, List.of(), List.of(), List.of(), "", "a", false, List.of(), null, null, null, null, List.of(), text, 1);
        SiteArticle placed = new SiteArticle(article, "a/", List.of(), null, List.of(), null);
        int[] renders = new int[1];
        Supplier<RenderedBody> render = () -> {
            renders[0]++;
            return new RenderedBody("<p>" + text + "</p>", "<p>" + text + "</p>", text, List.of(), text);
        };
        RenderedBody body = memo.rendered(placed, "../", render).body();
        assertEquals(StoredText.nameOf(text), body.plainText().identity());
        assertEquals(text, body.text());
        assertSame(body, memo.rendered(placed, "../", render).body(), "taken back as it is, not named again");
        assertEquals(1, renders[0]);
        RenderedBody named = new RenderedBody(body.markup(), StoredText.named(StoredText.of(text), "kept-name"), List.of(), "", 1);
        Article edited = new Article(Path.of("articles/b.md"), false, ContentFormat.MARKDOWN, "عنوان", article.date(),
                null, List.of(), List.of(), List.of(), "", "b", false, List.of(), null, null, null, null, List.of(), text, 1);
        assertEquals("kept-name", memo.rendered(new SiteArticle(edited, "b/", List.of(), null, List.of(), null), "../", () -> named)
                .body().plainText().identity(), "a name the text already has is kept");
    }

    @Test
    void aTemplateEditRendersThePagesAgain() throws IOException {
        withMemo(false);
        Path article = templates.resolve("article.peb");
        Files.writeString(article, Files.readString(article).replace("{% block content %}", "{% block content %}<p class=\"edited\">معدل</p>"));
        SiteBuild.Generated after = withMemo(false);
        assertTrue(page(after, "2025/02/خبر-رقم-1-عن-البنك/index.html").contains("class=\"edited\""));
        assertSameSite(clean(), files(after));
    }

    @Test
    void aQuickRebuildShowsTheEditAtOnceAndAFullOneBringsTheRestUpToDate() throws IOException {
        SiteBuild.Generated first = withMemo(false);
        String search = first.files().stream().filter(f -> f.path().startsWith("search/")).map(f -> f.path()).findFirst().orElseThrow();

        write("articles/new.md", SiteFixture.article("خبر جديد عن القمح", "2025-03-01", "tags: [مصر]",
                TOPICS[1] + ".\n\n" + TOPICS[1] + ".\n\n" + TOPICS[4] + "."));
        delete("articles/a4.md");
        memo.forget(List.of(site.content.resolve("articles/new.md"), site.content.resolve("articles/a4.md")));
        SiteBuild.Generated quick = withMemo(true);
        assertTrue(quick.stale());
        assertTrue(page(quick, "index.html").contains("خبر جديد عن القمح"), "the new article is on the home page at once");
        String newPage = page(quick, "2025/03/خبر-جديد-عن-القمح/index.html");
        assertEquals(0, Jsoup.parse(newPage).select(".related a").size(), "its related articles come with the full build");
        for (OutputFile f : quick.files()) {
            if (f.bytes() != null && f.path().endsWith(".html")) {
                assertFalse(new String(f.bytes(), StandardCharsets.UTF_8).contains("خبر-رقم-5-"), f.path() + " links to the deleted article");
            }
        }
        assertTrue(Arrays.equals(bytes(first, search), bytes(quick, search)), "the search index is the last one until the full build");

        SiteBuild.Generated full = withMemo(false);
        assertFalse(full.stale());
        Map<String, String> clean = clean();
        assertSameSite(clean, files(full));
        assertNotEquals(0, Jsoup.parse(page(full, "2025/03/خبر-جديد-عن-القمح/index.html")).select(".related a").size(),
                "related articles after the full build");
        assertTrue(full.rendered() < first.rendered(), "pages unchanged since the quick build are not rendered again: "
                + full.rendered() + " of " + first.rendered());
    }

    @Test
    void aQuickRebuildOfASavedArticleShowsItAtOnceAndEqualsACleanBuildWhenTheSaveLeavesTheAnalysisAlone() throws IOException {
        String a3 = SiteFixture.article("خبر رقم 4 عن أسعار", "2025-02-04", "tags: [الطاقة]", TOPICS[3] + ".\n\n" + TOPICS[4] + ".");
        write("articles/a3.md", a3.replace("date:", "image: https://example.org/a.jpg\nimage_alt: صورة أولى\ndate:"));
        SiteBuild.Generated first = withMemo(false);
        String path = first.files().stream().map(OutputFile::path).filter(p -> p.matches("2025/02/خبر-رقم-4-[^/]+/index.html"))
                .findFirst().orElseThrow();

        write("articles/a3.md", a3.replace("date:", "image: https://example.org/a.jpg\nimage_alt: صورة بوصف جديد\ndate:"));
        memo.forget(List.of(site.content.resolve("articles/a3.md")));
        SiteBuild.Generated quick = withMemo(true);
        assertTrue(quick.stale(), "the collection-wide results are the last build's");
        assertTrue(page(quick, path).contains("صورة بوصف جديد"));
        assertTrue(quick.rendered() * 4 < first.rendered(), "only the pages that show the article are rendered: "
                + quick.rendered() + " of " + first.rendered());
        assertSameSite(clean(), files(quick));

        write("articles/a3.md", a3.replace(TOPICS[4], "نص جديد تماما عن الطاقة الشمسية في الأردن"));
        memo.forget(List.of(site.content.resolve("articles/a3.md")));
        assertTrue(page(withMemo(true), path).contains("نص جديد تماما عن الطاقة الشمسية"),
                "a saved body is shown at once");
        assertSameSite(clean(), files(withMemo(false)));
    }

    /**
     * A full build after a save takes an unchanged article's excerpt files from the search files the last one made; the
     * saved article's, and every file after a change of the links' form (in every article's metadata row), are made.
     */
    @Test
    void theFullBuildAfterASaveMakesOnlyTheSavedArticlesExcerptFiles() throws IOException {
        SiteBuild.Generated first = withMemo(false);
        long excerpts = first.files().stream().filter(f -> f.path().startsWith("search/e/")).count();
        assertEquals(12, excerpts, "one short part an article");
        assertEquals(0, memo.keptExcerptFiles());
        write("articles/a5.md", SiteFixture.article("خبر رقم 6 عن البرلمان", "2025-02-06", "tags: [الطاقة]",
                TOPICS[5] + ".\n\n" + TOPICS[0] + " اليوم."));
        memo.forget(List.of(site.content.resolve("articles/a5.md")));
        assertSameSite(clean(), files(withMemo(false)));
        assertEquals(excerpts - 1, memo.keptExcerptFiles(), "all but the saved article's");
        write("site.yaml", SiteFixture.SITE_YAML.replace("portable_links: true", "portable_links: false"));
        assertSameSite(clean(), files(withMemo(false)));
        assertEquals(0, memo.keptExcerptFiles(), "every article's link changed");
    }

    @Test
    void theFullBuildAfterASaveDraftsAgainOnlyTheSearchEntriesAndAnalysesTheSaveReaches() throws IOException {
        withMemo(false);
        int all = memo.searchEntries().drafted();
        assertEquals(0, memo.searchEntries().kept());
        write("articles/a5.md", SiteFixture.article("خبر رقم 6 عن البرلمان", "2025-02-06", "tags: [الطاقة]",
                TOPICS[5] + ".\n\n" + TOPICS[0] + " اليوم."));
        memo.forget(List.of(site.content.resolve("articles/a5.md")));
        assertSameSite(clean(), files(withMemo(false)));
        int drafted = memo.searchEntries().drafted();
        assertTrue(drafted > 0 && drafted < all / 2, drafted + " of " + all + " entries drafted again");
        assertTrue(memo.searchEntries().kept() > all / 2, memo.searchEntries().kept() + " of " + all + " kept");
        int articles = memo.analysis().kept() + memo.analysis().analysed();
        assertTrue(memo.analysis().analysed() > 0 && memo.analysis().kept() > 0,
                memo.analysis().analysed() + " of " + articles + " articles analysed again");
    }

    @Test
    void aQuickRebuildShowsASavedTitleOnEveryPageThatShowedTheOldOne() throws IOException {
        String old = "خبر رقم 4 عن أسعار";
        String a3 = SiteFixture.article(old, "2025-02-04", "slug: khabar-4\ntags: [الطاقة]", TOPICS[3] + ".\n\n" + TOPICS[4] + ".");
        write("articles/a3.md", a3);
        SiteBuild.Generated first = withMemo(false);
        List<String> showing = first.files().stream().filter(f -> f.bytes() != null && !f.path().startsWith("search/"))
                .filter(f -> new String(f.bytes(), StandardCharsets.UTF_8).contains(old)).map(OutputFile::path).toList();
        String a3Page = "2025/02/khabar-4/index.html";
        assertTrue(showing.stream().anyMatch(p -> !p.equals(a3Page) && p.matches("2025/02/[^/]+/index.html")
                && Jsoup.parse(page(first, p)).select(".related a").text().contains(old)), "another article lists it as related: " + showing);
        assertTrue(showing.containsAll(List.of(a3Page, "feed.xml", "tag/الطاقة/feed.xml")), showing.toString());
        assertTrue(showing.stream().anyMatch(p -> p.matches("(page/\\d+/)?index.html")), "a home page shows it: " + showing);

        String renamed = "عنوان جديد للخبر الرابع";
        write("articles/a3.md", a3.replace(old, renamed));
        memo.forget(List.of(site.content.resolve("articles/a3.md")));
        SiteBuild.Generated quick = withMemo(true);
        for (String path : showing) {
            String text = page(quick, path);
            assertFalse(text.contains(old), path + " still shows the old title");
            assertTrue(text.contains(renamed), path + " shows the new title");
        }
        int neighbours = 0;
        for (String path : showing) {
            if (!path.equals(a3Page) && path.matches("2025/02/[^/]+/index.html")
                    && Jsoup.parse(page(quick, path)).select("a[href*=khabar-4]").text().contains(renamed)) {
                neighbours++;
            }
        }
        assertTrue(neighbours >= 2, "its neighbours' and related articles' pages link to it under the new title");
    }

    @Test
    void theSearchFilesAreMergedAmongThePagesInPathOrder() {
        java.util.Random random = new java.util.Random(11);
        for (int round = 0; round < 200; round++) {
            List<OutputFile> pages = new java.util.ArrayList<>();
            List<OutputFile> search = new java.util.ArrayList<>();
            for (int i = random.nextInt(30); i > 0; i--) {
                pages.add(OutputFile.of(Integer.toString(random.nextInt(5000), 7), new byte[0]));
            }
            for (int i = random.nextInt(30); i > 0; i--) {
                search.add(OutputFile.of((random.nextBoolean() ? "search/" : "") + Integer.toString(random.nextInt(5000), 7), new byte[0]));
            }
            java.util.Comparator<OutputFile> byPath = java.util.Comparator.comparing(OutputFile::path);
            pages.sort(byPath);
            search.sort(byPath);
            List<OutputFile> expected = new java.util.ArrayList<>(pages);
            expected.addAll(search);
            expected.sort(byPath);
            assertEquals(expected.stream().map(OutputFile::path).toList(),
                    SiteBuild.merged(pages, search).stream().map(OutputFile::path).toList());
        }
    }

    static byte[] bytes(SiteBuild.Generated generated, String path) {
        return generated.files().stream().filter(f -> f.path().equals(path)).findFirst().orElseThrow().bytes();
    }

    @Test
    void pagesFoundClearOfTheSearchIndexAreAskedAgainOnlyWhenTheyOrTheIndexChange() {
        List<PlannedPage> planned = new java.util.ArrayList<>();
        for (int i = 0; i < 50; i++) {
            planned.add(new PlannedPage("p" + i + "/index.html", OutputKind.PAGE, "page", Map.of(), "source " + i));
        }
        List<OutputFile> block = List.of(OutputFile.of("search/manifest.js", new byte[0]));
        List<String> asked = new java.util.ArrayList<>();
        java.util.function.Predicate<PlannedPage> clear = p -> {
            asked.add(p.path());
            return !p.path().equals("p7/index.html");
        };
        memo.checkedAgainstSearch(planned, block, clear);
        assertEquals(50, asked.size());

        asked.clear();
        planned.set(3, new PlannedPage("p3/index.html", OutputKind.PAGE, "page", Map.of("changed", true), "source 3"));
        memo.checkedAgainstSearch(planned, block, clear);
        assertEquals(List.of("p3/index.html", "p7/index.html"), asked, "the changed page, and the one that was not clear");

        asked.clear();
        memo.checkedAgainstSearch(planned, List.of(OutputFile.of("search/manifest.js", new byte[1])), clear);
        assertEquals(50, asked.size(), "a new search index: every page again");
    }

    @Test
    void anUnchangedArticleIsCheckedAgainWhenThePageItLinksToGoes() throws IOException {
        SiteBuild.Generated first = withMemo(false);
        String target = first.files().stream().map(OutputFile::path)
                .filter(p -> p.startsWith("2025/") && p.endsWith("/index.html") && p.contains("-12-"))
                .findFirst().orElseThrow();
        String link = "/" + target.substring(0, target.length() - "index.html".length());
        site.write("articles/a0.md", SiteFixture.article("خبر رقم 1 مع رابط", "2025-02-01", "tags: [الاقتصاد]",
                "انظر [الخبر السابق](" + link + ") عن " + TOPICS[0] + "."));
        assertEquals(List.of(), brokenLinks(false), "the link leads to a page");
        assertEquals(List.of(), brokenLinks(false), "and still does when the article's findings are taken from the last build");

        write("articles/a11.md", SiteFixture.article("عنوان آخر للخبر الثاني عشر", "2025-02-12", "tags: [الطاقة]", TOPICS[5] + "."));
        List<String> broken = brokenLinks(false);
        assertEquals(1, broken.size(), "a0 did not change nor move, but the page it links to has another address: " + broken);
        assertTrue(broken.get(0).contains("a0.md"), broken.get(0));
        assertEquals(broken, brokenLinks(false), "reported again when nothing changed");
        assertEquals(broken, brokenLinks(true), "and by a quick build");
        Diagnostics clean = new Diagnostics();
        SiteBuild.generate(options(), clean);
        assertEquals(broken, linkWarnings(clean));
    }

    List<String> brokenLinks(boolean quick) throws IOException {
        Diagnostics diagnostics = new Diagnostics();
        SiteBuild.generate(options(), diagnostics, false, BuildObserver.NONE, memo, quick);
        return linkWarnings(diagnostics);
    }

    static List<String> linkWarnings(Diagnostics diagnostics) {
        return diagnostics.sorted().stream().map(Object::toString).filter(d -> d.contains("leads nowhere")).toList();
    }

    /**
     * The preview's follow-up build runs beside the builds that answer saves. Here, while one build has read the
     * articles and taken the templates, another is made after a template changed and an article was saved again:
     * the first build then renders that article's page with the old template, and what it leaves must not outlive it.
     */
    @Test
    void aBuildOverlappingATemplateChangeLeavesNothingMadeWithTheOldTemplate() throws IOException {
        withMemo(false);
        Path article = templates.resolve("article.peb");
        String marked = Files.readString(article).replace("<footer class=\"article-footer\">",
                "<footer class=\"article-footer\" data-version=\"2\">");
        assertNotEquals(Files.readString(article), marked);
        String first = SiteFixture.article("خبر رقم 2 معدل", "2025-02-02", "tags: [الطاقة]", TOPICS[2] + ".");
        String second = SiteFixture.article("خبر رقم 2 معدل", "2025-02-02", "tags: [الطاقة]", TOPICS[3] + ".");
        site.write("articles/a1.md", first);
        boolean[] overlapped = {false};
        BuildObserver meanwhile = (name, items) -> {
            if (name.equals("place") && !overlapped[0]) {
                overlapped[0] = true;
                try {
                    Files.writeString(article, marked);
                    site.write("articles/a1.md", second);
                    SiteBuild.generate(options(), new Diagnostics(), false, BuildObserver.NONE, memo, false);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
            return BuildObserver.NONE.begin(name, items);
        };
        SiteBuild.generate(options(), new Diagnostics(), false, meanwhile, memo, false);
        assertTrue(overlapped[0]);

        site.write("articles/a1.md", first);
        Map<String, String> next = files(withMemo(false));
        assertSameSite(clean(), next);
        assertEquals(0, next.values().stream().filter(html -> html.contains("<footer class=\"article-footer\">")).count(),
                "no page keeps the old footer");
        assertEquals(12, next.values().stream().filter(html -> html.contains("data-version=\"2\"")).count());
    }

    void write(String path, String text) {
        try {
            site.write(path, text);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    void delete(String path) {
        try {
            Files.delete(site.content.resolve(path));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
