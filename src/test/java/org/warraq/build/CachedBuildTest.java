package org.warraq.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.warraq.testing.FileClock;
import org.warraq.testing.TestFolders;
import org.junit.jupiter.api.io.TempDir;
import org.warraq.content.BuildFailedException;
import org.warraq.output.Publisher;

/** A command-line build with the build cache makes the bytes a clean build makes, whatever changed since the last. */
class CachedBuildTest {

    @TempDir
    Path tmp;

    private static void assertSameSite(Path expected, Path actual) throws IOException {
        Map<String, byte[]> a = SiteFixture.snapshot(expected);
        Map<String, byte[]> b = SiteFixture.snapshot(actual);
        a.remove(Publisher.MARKER);
        b.remove(Publisher.MARKER);
        assertEquals(a.keySet(), b.keySet());
        for (String path : a.keySet()) {
            assertTrue(Arrays.equals(a.get(path), b.get(path)), path);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A site in {@code tmp/site} with {@code n} short articles about ports, one a day from 1 March 2025. */
    private SiteFixture portArticles(int n) throws IOException {
        SiteFixture site = new SiteFixture(tmp.resolve("site"));
        for (int i = 1; i <= n; i++) {
            site.write("economy/a" + i + ".md", SiteFixture.article("مقال " + i, "2025-03-0" + i + "T09:00:00+03:00",
                    "tags: [موانئ]", "فقرة عن الموانئ رقم " + i + ".\n"));
        }
        return site;
    }

    /** A clean build of the same options, without a cache, into a folder of its own. */
    private Path clean(BuildOptions options, String name) throws IOException {
        Path out = tmp.resolve(name);
        SiteBuild.run(new BuildOptions(options.content(), options.templates(), out, options.drafts(), options.baseUrl(),
                options.portable(), options.now()));
        return out;
    }

    @Test
    void theSampleSiteFromTheCacheIsTheCleanSite() throws IOException {
        Path cache = tmp.resolve("cache");
        BuildOptions options = SiteFixture.sample(tmp.resolve("site-output")).withCache(cache);
        BuildResult first = SiteBuild.run(options);
        assertEquals(0, first.cachedBodies());
        BuildResult second = SiteBuild.run(options);
        assertEquals(first.articles() + first.pages(), second.cachedBodies(), "every body comes from the cache");
        assertSameSite(clean(options, "clean"), options.out());
    }

    /**
     * Templates given as a symbolic link (to a shared theme, say): their assets are copied and an edit of a template
     * is seen, as with the folder itself. Walked as a link, the folder had no assets and no templates to digest.
     */
    @Test
    void templatesGivenAsASymbolicLinkAreCopiedAndTheirEditsSeen() throws IOException {
        Path real = tmp.resolve("theme");
        TestFolders.copyTree(SiteFixture.PROJECT_TEMPLATES, real);
        Path templates = Files.createSymbolicLink(tmp.resolve("templates"), real);
        SiteFixture site = new SiteFixture(tmp.resolve("site"));
        site.write("economy/a1.md", SiteFixture.article("مقال 1", "2025-03-01T09:00:00+03:00", "tags: [موانئ]", "فقرة عن الموانئ.\n"));
        BuildOptions options = new BuildOptions(site.content, templates, site.out, false, null, null, SiteFixture.NOW)
                .withCache(tmp.resolve("cache"));
        SiteBuild.run(options);
        assertArrayEquals(Files.readAllBytes(real.resolve("assets/site.css")), Files.readAllBytes(site.out.resolve("assets/site.css")));
        assertTrue(SiteBuild.run(options).keptPages() > 0, "nothing changed: pages are taken back");
        Files.writeString(real.resolve("article.peb"), Files.readString(real.resolve("article.peb")) + "{# تغيير لا يظهر #}\n");
        assertEquals(0, SiteBuild.run(options).keptPages(), "a template changed behind the link: every page is rendered");
        assertSameSite(clean(new BuildOptions(site.content, real, site.out, false, null, null, SiteFixture.NOW), "clean"), site.out);
    }

    /**
     * A page whose template, settings and model are those the last build recorded is taken back from the site as it is,
     * not rendered; anything else about it, or a file edited in the output, and it is rendered again.
     */
    @Test
    void unchangedPagesAreTakenBackAndEverythingElseIsRenderedAgain() throws IOException {
        Path templates = tmp.resolve("templates");
        TestFolders.copyTree(SiteFixture.PROJECT_TEMPLATES, templates);
        SiteFixture site = portArticles(4);
        BuildOptions options = new BuildOptions(site.content, templates, site.out, false, null, null, SiteFixture.NOW)
                .withCache(tmp.resolve("cache"));
        BuildResult first = SiteBuild.run(options);
        int pages = first.renderedPages();
        assertTrue(pages > 20, "pages: " + pages);
        assertEquals(0, first.keptPages());
        assertEquals(0, first.keptEntries());
        assertEquals(0, first.keptAnalyses());
        assertTrue(first.draftedEntries() > 10, "search entries: " + first.draftedEntries());
        assertEquals(0, first.keptSpellingFiles());
        assertTrue(first.madeSpellingFiles() > 0, "spelling files: " + first.madeSpellingFiles());

        BuildResult again = SiteBuild.run(options);
        assertEquals(pages, again.keptPages(), "nothing changed: every page is taken back");
        assertEquals(0, again.renderedPages());
        assertEquals(first.draftedEntries(), again.keptEntries(), "every search entry is taken back");
        assertEquals(0, again.draftedEntries());
        assertEquals(first.madeSpellingFiles(), again.keptSpellingFiles(), "every spelling file is taken back");
        assertEquals(0, again.madeSpellingFiles());
        assertEquals(4, again.keptAnalyses(), "every article's analysis is taken back");
        assertSameSite(clean(options, "clean"), site.out);

        String home = Files.readString(site.out.resolve("index.html"));
        Files.writeString(site.out.resolve("index.html"), home.replace("مقال 4", "مقال 5"));
        BuildResult mended = SiteBuild.run(options);
        assertEquals(1, mended.renderedPages(), "the home page edited by hand is made again");
        assertEquals(home, Files.readString(site.out.resolve("index.html")));

        site.write("economy/a2.md", SiteFixture.article("مقال 2", "2025-03-02T09:00:00+03:00", "tags: [موانئ]",
                "فقرة عُدّلت عن الموانئ.\n"));
        BuildResult edited = SiteBuild.run(options);
        assertTrue(edited.renderedPages() > 0 && edited.keptPages() > 0,
                edited.renderedPages() + " rendered, " + edited.keptPages() + " kept");
        assertTrue(edited.draftedEntries() > 0, "an edited article's search entries are drafted again");
        assertTrue(edited.keptAnalyses() < 4, "the edited article is analysed again");
        assertSameSite(clean(options, "clean-edited"), site.out);

        Path article = templates.resolve("article.peb");
        Files.writeString(article, Files.readString(article) + "{# تغيير لا يظهر #}\n");
        assertEquals(0, SiteBuild.run(options).keptPages(), "a template changed: every page is rendered");
        site.write("site.yaml", SiteFixture.SITE_YAML.replace("موقع الاختبار", "موقع آخر"));
        assertEquals(0, SiteBuild.run(options).keptPages(), "the site's settings changed: every page is rendered");
        assertSameSite(clean(options, "clean-settings"), site.out);
    }

    /**
     * An article's search excerpt files whose inputs (its document number, metadata row and indexed text) are those the
     * last build recorded are taken back from the previous site as they are; a file edited or deleted in the output by
     * hand, and the files of an article whose text or metadata changed, are made again.
     */
    @Test
    void unchangedArticlesExcerptFilesAreTakenBackAndTheRestMade() throws IOException {
        SiteFixture site = portArticles(4);
        BuildOptions options = site.options().withCache(tmp.resolve("cache"));
        BuildResult first = SiteBuild.run(options);
        assertEquals(4, first.excerptFiles(), "one short part an article");
        assertEquals(0, first.keptExcerptFiles());
        Path excerpt = site.out.resolve("search/e/1-0.js");
        Object made = Files.readAttributes(excerpt, java.nio.file.attribute.BasicFileAttributes.class).fileKey();

        BuildResult again = SiteBuild.run(options);
        assertEquals(4, again.keptExcerptFiles(), "nothing changed: every excerpt file is taken back");
        assertEquals(made, Files.readAttributes(excerpt, java.nio.file.attribute.BasicFileAttributes.class).fileKey(),
                "taken back as the very file");

        byte[] bytes = Files.readAllBytes(excerpt);
        Files.writeString(excerpt, "window.altered = 1;\n");
        Files.delete(site.out.resolve("search/e/2-0.js"));
        assertEquals(2, SiteBuild.run(options).keptExcerptFiles(), "a file edited and one deleted by hand are made again");
        assertArrayEquals(bytes, Files.readAllBytes(excerpt));
        assertSameSite(clean(options, "clean"), site.out);

        site.write("economy/a2.md", SiteFixture.article("مقال 2", "2025-03-02T09:00:00+03:00", "tags: [موانئ]", "فقرة عُدّلت عن الموانئ.\n"));
        site.write("economy/a3.md", SiteFixture.article("مقال 3", "2025-03-03T10:00:00+03:00", "tags: [موانئ]", "فقرة عن الموانئ رقم 3.\n"));
        BuildResult edited = SiteBuild.run(options);
        assertEquals(2, edited.keptExcerptFiles(), "an edited body's files and those of an article whose hour (in its metadata) moved are made again");
        assertEquals(4, edited.excerptFiles());
        assertSameSite(clean(options, "clean-edited"), site.out);
        assertEquals(-1, SiteBuild.run(new BuildOptions(site.content, site.options().templates(), tmp.resolve("uncached"), false, null,
                null, SiteFixture.NOW)).keptExcerptFiles(), "no cache, nothing taken back");
    }

    /**
     * The replaced site waits in the cache for the next build to stage into, and holds only files the published site
     * has, as the same files: nothing of a deleted article, no earlier text of an edited one.
     */
    private static void assertPreviousSiteHoldsOnlyThePublishedFiles(Path previous, Path out) throws IOException {
        assertTrue(Files.isDirectory(previous), "the replaced site is kept in the cache");
        int files = 0;
        try (var walk = Files.walk(previous)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                Path published = out.resolve(previous.relativize(p).toString());
                assertTrue(Files.isRegularFile(published), previous.relativize(p) + " is not in the site");
                assertEquals(Files.readAttributes(published, java.nio.file.attribute.BasicFileAttributes.class).fileKey(),
                        Files.readAttributes(p, java.nio.file.attribute.BasicFileAttributes.class).fileKey(), p.toString());
                files++;
            }
        }
        assertTrue(files > 0, "the unchanged files are kept");
    }

    @Test
    void afterEditsTheCachedBuildIsTheCleanBuild() throws IOException {
        SiteFixture site = new SiteFixture(tmp.resolve("site"));
        for (int i = 1; i <= 6; i++) {
            site.write("economy/a" + i + ".md", SiteFixture.article("مقال " + i, "2025-03-0" + i + "T09:00:00+03:00",
                    "tags: [موانئ, تجارة]", "## عنوان " + i + "\n\nفقرة عن [المقال الأول](/economy/a1/) رقم " + i + ".\n"));
        }
        site.write("economy/2025-03-09-note.txt", "ملاحظة قصيرة عن الموانئ.\n\nفقرة ثانية عن التجارة.\n");
        Path cache = tmp.resolve("cache");
        BuildOptions options = site.options().withCache(cache);
        BuildResult first = SiteBuild.run(options);
        assertEquals(0, first.cachedBodies());
        int bodies = first.articles() + first.pages();

        site.write("economy/a2.md", SiteFixture.article("مقال 2", "2025-03-02T09:00:00+03:00", "tags: [موانئ]",
                "## عنوان جديد\n\nفقرة عُدّلت.\n"));
        site.write("economy/a3.md", SiteFixture.article("عنوان آخر للمقال 3", "2025-03-03T09:00:00+03:00", "tags: [موانئ, تجارة]",
                "## عنوان 3\n\nفقرة عن [المقال الأول](/economy/a1/) رقم 3.\n"));
        Files.delete(site.content.resolve("economy/a4.md"));
        site.write("economy/a7.md", SiteFixture.article("مقال 7", "2025-03-08T09:00:00+03:00", "", "فقرة جديدة.\n"));
        site.write("economy/a5.md", SiteFixture.article("مقال 5", "2025-03-05T09:00:00+03:00", "tags: [موانئ, تجارة]",
                "## عنوان 5\n\nفقرة عن [مقال غائب](/economy/missing/) رقم 5.\n"));
        BuildResult edited = SiteBuild.run(options);
        assertEquals(bodies - 3, edited.cachedBodies(), "the two edited bodies and the new article are rendered; a new title is not in the body");
        assertTrue(edited.warnings().stream().anyMatch(w -> w.message().contains("/economy/missing/")), edited.warnings().toString());
        BuildResult again = SiteBuild.run(options);
        assertEquals(edited.warnings(), again.warnings(), "the links the checks read come from the cache, with their lines");
        Path clean = tmp.resolve("clean-edited");
        BuildResult fresh = SiteBuild.run(new BuildOptions(site.content, site.options().templates(), clean, false, null, null, SiteFixture.NOW));
        assertEquals(fresh.warnings(), again.warnings());
        assertSameSite(clean, site.out);
        assertPreviousSiteHoldsOnlyThePublishedFiles(cache.resolve("previous-site"), site.out);

        BuildOptions rebased = new BuildOptions(site.content, site.options().templates(), site.out, false, "https://other.example/news/",
                null, SiteFixture.NOW).withCache(cache);
        assertEquals(0, SiteBuild.run(rebased).cachedBodies(), "the base URL is in every feed's body");
        assertSameSite(clean(rebased, "clean-rebased"), site.out);
    }

    /**
     * A rebuild takes each source file whose stamp is unchanged as the last build loaded it, without reading it; a file
     * rewritten with its old size and modification time, a new one, and one whose first build was too recent to trust
     * are read; each time the site is a clean build's.
     */
    @Test
    void unchangedSourcesAreNotReadAgain() throws IOException {
        SiteFixture site = portArticles(4);
        BuildOptions options = site.options().withCache(tmp.resolve("cache"));
        FileClock.afterTheClockMoves(tmp, site.content.resolve("economy/a4.md"));
        assertEquals(0, SiteBuild.run(options).unreadSources());
        assertEquals(4, SiteBuild.run(options).unreadSources());

        Path a2 = site.content.resolve("economy/a2.md");
        String text = Files.readString(a2);
        java.nio.file.attribute.FileTime modified = Files.getLastModifiedTime(a2);
        Files.writeString(a2, text.replace("الموانئ رقم 2", "المراكب رقم 2"));
        Files.setLastModifiedTime(a2, modified);
        site.write("economy/a5.md", SiteFixture.article("مقال 5", "2025-03-05T09:00:00+03:00", "tags: [موانئ]", "فقرة جديدة.\n"));
        FileClock.afterTheClockMoves(tmp, site.content.resolve("economy/a5.md"));
        BuildResult edited = SiteBuild.run(options);
        assertEquals(3, edited.unreadSources(), "the rewritten file and the new one are read");
        assertEquals(3, edited.cachedBodies());
        assertSameSite(clean(options, "clean-edited"), site.out);
        assertEquals(5, SiteBuild.run(options).unreadSources());
        assertSameSite(clean(options, "clean-again"), site.out);
    }

    /**
     * The search index's runs know a body from the cache by the name of its text, without reading it: a body edited
     * and nothing else about its article, its text no longer than it was, must still be indexed again.
     */
    @Test
    void aBodyEditedAloneIsIndexedAgain() throws IOException {
        SiteFixture site = portArticles(3);
        BuildOptions options = site.options().withCache(tmp.resolve("cache"));
        SiteBuild.run(options);
        assertEquals(3, SiteBuild.run(options).cachedBodies());
        site.write("economy/a2.md", SiteFixture.article("مقال 2", "2025-03-02T09:00:00+03:00", "tags: [موانئ]",
                "فقرة عن المراكب رقم 2.\n"));
        assertEquals(2, SiteBuild.run(options).cachedBodies());
        assertSameSite(clean(options, "clean-edited"), site.out);
        try (var files = Files.walk(site.out.resolve("search"))) {
            assertTrue(files.filter(Files::isRegularFile).anyMatch(f -> read(f).contains("\"المراكب\"")),
                    "the edited body's word is in the search index");
        }
    }

    @Test
    void aDamagedRunOfTheSearchIndexIsMadeAfresh() throws IOException {
        Path cache = tmp.resolve("cache");
        BuildOptions options = SiteFixture.sample(tmp.resolve("site-output")).withCache(cache);
        SiteBuild.run(options);
        Path largest;
        try (var files = Files.walk(cache.resolve("index-runs"))) {
            largest = files.filter(f -> f.getParent().getFileName().toString().equals("index") && !f.getFileName().toString().startsWith("segments"))
                    .max(java.util.Comparator.comparingLong(f -> f.toFile().length())).orElseThrow();
        }
        byte[] bytes = Files.readAllBytes(largest);
        bytes[bytes.length / 2] ^= 0x10;
        Files.write(largest, bytes);
        BuildResult damaged = SiteBuild.run(options);
        // The run is read where it is, not merged: its files are checked when it is taken back, and it alone is indexed again.
        assertEquals(1, damaged.warnings().stream().filter(w -> w.message().contains("1 cached runs of the search index could not be read back"))
                .count(), damaged.warnings().toString());
        assertSameSite(clean(options, "clean"), options.out());
        BuildResult next = SiteBuild.run(options);
        assertTrue(next.warnings().isEmpty(), next.warnings().toString());
        assertSameSite(clean(options, "clean"), options.out());
    }

    @Test
    void aFailedBuildLeavesTheSiteAndKeepsWhatItRendered() throws IOException {
        SiteFixture site = new SiteFixture(tmp.resolve("site"));
        site.write("economy/a1.md", SiteFixture.article("مقال", "2025-03-01T09:00:00+03:00", "", "فقرة.\n"));
        FileClock.afterTheClockMoves(tmp, site.content.resolve("economy/a1.md"));
        Path cache = tmp.resolve("cache");
        BuildOptions options = site.options().withCache(cache);
        SiteBuild.run(options);
        Map<String, byte[]> before = SiteFixture.snapshot(site.out);
        site.write("economy/a2.md", SiteFixture.article("مقال ثان", "2025-03-02T09:00:00+03:00", "", "فقرة ثانية.\n"));
        site.write("economy/bad.md", "---\ntitle: [غير مغلق\n---\nنص\n");
        BuildFailedException e = assertThrows(BuildFailedException.class, () -> SiteBuild.run(options));
        assertTrue(e.getMessage().contains("bad.md"), e.getMessage());
        Map<String, byte[]> after = SiteFixture.snapshot(site.out);
        assertEquals(before.keySet(), after.keySet(), "the failed build left the site as it was");
        assertFalse(Files.exists(cache.resolve("sources.next")), "what the failed build loaded is not kept");

        Files.delete(site.content.resolve("economy/bad.md"));
        BuildResult fixed = SiteBuild.run(options);
        assertEquals(fixed.articles() + fixed.pages(), fixed.cachedBodies() + 1, "only the new article is rendered");
        assertEquals(1, fixed.unreadSources(), "the first build's record still holds for the file it loaded");
        assertSameSite(clean(options, "clean"), site.out);
    }

    @Test
    void aCacheThatCannotBeWrittenIsAWarningAndTheSiteIsBuilt() throws IOException {
        Path cache = tmp.resolve("cache");
        // A folder where the cache's index goes: reading it finds no index, and writing one fails.
        Files.createDirectories(cache.resolve("index/in-the-way"));
        BuildOptions options = SiteFixture.sample(tmp.resolve("site-output")).withCache(cache);
        BuildResult result = SiteBuild.run(options);
        assertEquals(1, result.warnings().stream().filter(w -> w.message().contains("could not be written")).count(),
                result.warnings().toString());
        assertSameSite(clean(options, "clean"), options.out());
    }

    @Test
    void theCacheMayNotOverlapTheOutputOrHoldTheInputs() throws IOException {
        SiteFixture site = new SiteFixture(tmp.resolve("site"));
        site.write("economy/a1.md", SiteFixture.article("مقال", "2025-03-01T09:00:00+03:00", "", "فقرة.\n"));
        for (Path cache : new Path[] {site.out.resolve("cache"), site.out, site.root}) {
            BuildFailedException e = assertThrows(BuildFailedException.class, () -> SiteBuild.run(site.options().withCache(cache)));
            assertTrue(e.getMessage().contains(cache.toString()), e.getMessage());
            assertTrue(e.getMessage().contains("--cache"), e.getMessage());
        }
        assertTrue(Files.notExists(site.out), "nothing was built");
        BuildResult inside = SiteBuild.run(site.options().withCache(site.content.resolve(".cache")));
        assertEquals(0, inside.cachedBodies(), "a hidden folder in the content is not read as content");
        assertEquals(1, SiteBuild.run(site.options().withCache(site.content.resolve(".cache"))).cachedBodies());
    }
}
