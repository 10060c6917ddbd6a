package org.warraq.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentLoaderTest {

    @TempDir
    Path tmp;

    private Path content;
    private final Diagnostics diagnostics = new Diagnostics();

    @BeforeEach
    void site() throws IOException {
        content = tmp.resolve("content");
        write("site.yaml", "title: المرصد\ntimezone: Africa/Cairo\n");
    }

    private Path write(String path, String text) throws IOException {
        Path file = content.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    private static String article(String title) {
        return "---\ntitle: " + title + "\ndate: 2024-03-01\n---\nنص المقال.\n";
    }

    private Content load() {
        return ContentLoader.load(content, diagnostics, UnaryOperator.identity());
    }

    private List<String> messages() {
        return diagnostics.sorted().stream().map(Diagnostic::toString).toList();
    }

    @Test
    void loadsArticlesFromSubFoldersInPathOrder() throws IOException {
        write("2024/03/ب.md", article("الثاني"));
        write("2024/03/أ.md", article("الأول"));
        write("2025-01-05-نشرة.txt", "صدرت النشرة الأولى للعام الجديد. وتضمنت عشرة أخبار.\n");
        write("analysis/deep/تحليل.md", article("تحليل معمق"));
        Content c = load();
        assertTrue(messages().isEmpty(), messages()::toString);
        assertEquals("المرصد", c.config().title());
        assertEquals(List.of("content/2024/03/أ.md", "content/2024/03/ب.md", "content/2025-01-05-نشرة.txt",
                "content/analysis/deep/تحليل.md"), c.articles().stream().map(a -> a.source().toString()).toList());
        assertEquals(List.of("الأول", "الثاني", "صدرت النشرة الأولى للعام الجديد", "تحليل معمق"),
                c.articles().stream().map(Article::title).toList());
        assertEquals("Africa/Cairo", c.articles().get(0).date().getZone().getId());
    }

    @Test
    void filesUnderPagesArePages() throws IOException {
        write("pages/من-نحن.md", "---\ntitle: من نحن\n---\nفريق التحرير.\n");
        write("pages/sub/اتصل.md", "---\ntitle: اتصل بنا\n---\n");
        write("2024/خبر.md", article("خبر"));
        write("news/pages/ليست-صفحة.md", article("ليست صفحة"));
        Content c = load();
        assertEquals(List.of("اتصل بنا", "من نحن"), c.pages().stream().map(Article::title).toList());
        assertTrue(c.pages().stream().allMatch(Article::page));
        assertEquals(List.of("خبر", "ليست صفحة"), c.articles().stream().map(Article::title).toList());
        assertTrue(c.articles().stream().noneMatch(Article::page));
    }

    @Test
    void otherFilesAreAssetsAndSiteYamlIsNot() throws IOException {
        Path photo = write("images/ميناء.jpg", "jpeg");
        write("2024/report.pdf", "pdf");
        write("2024/خبر.md", article("خبر"));
        Content c = load();
        assertEquals(List.of(new Content.Asset(content.resolve("2024/report.pdf").toAbsolutePath().normalize(), "2024/report.pdf"),
                new Content.Asset(photo.toAbsolutePath().normalize(), "images/ميناء.jpg")), c.assets());
    }

    @Test
    void hiddenFilesAndFoldersAreSkipped() throws IOException {
        write(".draft.md", "no front matter, no title");
        write(".git/config", "[core]");
        write("2024/.DS_Store", "x");
        write(".cache/2024/خبر.md", article("مخفي"));
        write("2024/خبر.md", article("ظاهر"));
        Content c = load();
        assertEquals(List.of("ظاهر"), c.articles().stream().map(Article::title).toList());
        assertTrue(c.assets().isEmpty(), c.assets()::toString);
        assertTrue(messages().isEmpty(), messages()::toString);
    }

    @Test
    void symbolicLinksLeavingTheFolderAreNotFollowed() throws IOException {
        Path secret = tmp.resolve("secret.md");
        Files.writeString(secret, article("سر"));
        Path secretDir = Files.createDirectories(tmp.resolve("outside"));
        Files.writeString(secretDir.resolve("passwords.txt"), "hunter2");
        Files.createDirectories(content.resolve("2024"));
        Files.createSymbolicLink(content.resolve("2024/leak.md"), secret);
        Files.createSymbolicLink(content.resolve("images"), secretDir);
        Files.createSymbolicLink(content.resolve("key.pem"), tmp.resolve("missing.pem"));
        Content c = load();
        assertTrue(c.articles().isEmpty(), c.articles()::toString);
        assertTrue(c.assets().isEmpty(), c.assets()::toString);
        List<Diagnostic> warnings = diagnostics.sorted();
        assertEquals(List.of("content/2024/leak.md", "content/images", "content/key.pem"),
                warnings.stream().map(d -> d.file().toString()).toList());
        assertTrue(warnings.stream().noneMatch(Diagnostic::isError));
        assertTrue(warnings.get(0).message().contains("outside the content folder"), warnings.get(0).message());
        assertTrue(warnings.get(1).message().contains("not followed"), warnings.get(1).message());
    }

    @Test
    void symbolicLinksInsideTheFolderAreFollowed() throws IOException {
        Path logo = write("images/logo.svg", "<svg/>");
        Files.createSymbolicLink(content.resolve("images/شعار.svg"), logo);
        Content c = load();
        assertEquals(List.of("images/logo.svg", "images/شعار.svg"), c.assets().stream().map(Content.Asset::path).toList());
        assertTrue(messages().isEmpty(), messages()::toString);
    }

    /** A content folder given as a symbolic link (to a shared checkout, say) is the folder it leads to, not an empty one. */
    @Test
    void aContentFolderGivenAsASymbolicLinkIsLoadedWhole() throws IOException {
        write("2024/أ.md", article("أول"));
        write("images/logo.svg", "<svg/>");
        Path link = Files.createSymbolicLink(tmp.resolve("content-link"), content);
        Content c = ContentLoader.load(link, diagnostics, UnaryOperator.identity());
        assertEquals(List.of("أول"), c.articles().stream().map(Article::title).toList());
        assertEquals(List.of("images/logo.svg"), c.assets().stream().map(Content.Asset::path).toList());
        assertTrue(c.articles().get(0).source().endsWith(Path.of("content-link", "2024", "أ.md")), "shown under the folder as given: "
                + c.articles().get(0).source());
        assertTrue(messages().isEmpty(), messages()::toString);
    }

    @Test
    void errorsFromEveryFileAreCollected() throws IOException {
        write("2024/أ.md", "---\ntitle: أ\ndate: أمس\n---\nنص\n");
        write("2024/ب.md", "---\ntitle: ب\ndate: 2024-01-01\ndraft: ربما\n---\nنص\n");
        write("2024/ج.md", "   \n");
        write("2024/د.md", article("سليم"));
        write("site.yaml", "title: المرصد\ntimezone: Mars/Base\n");
        Content c = load();
        List<Diagnostic> errors = diagnostics.sorted().stream().filter(Diagnostic::isError).toList();
        assertEquals(List.of("content/2024/أ.md:3", "content/2024/ب.md:4", "content/2024/ج.md:1", "content/site.yaml:2"),
                errors.stream().map(d -> d.file() + ":" + d.line()).toList(), errors::toString);
        assertEquals(List.of("سليم"), c.articles().stream().map(Article::title).toList());
    }

    @Test
    void overridesApplyToTheLoadedSettings() throws IOException {
        write("2024/خبر.md", article("خبر"));
        Content c = ContentLoader.load(content, diagnostics, cfg -> cfg.withBaseUrl("https://preview.example/"));
        assertEquals("https://preview.example/", c.config().baseUrl());
        assertEquals("المرصد", c.config().title());
    }

    @Test
    void aMissingSiteYamlIsOnlyAWarning() throws IOException {
        Files.delete(content.resolve("site.yaml"));
        write("خبر.md", article("خبر"));
        Content c = load();
        assertEquals(SiteConfig.defaults(), c.config());
        assertEquals(1, c.articles().size());
        assertEquals(List.of("content/site.yaml: warning: no site.yaml found; using default settings"), messages());
    }

    @Test
    void aMissingContentFolderFails() {
        BuildFailedException e = assertThrows(BuildFailedException.class,
                () -> ContentLoader.load(tmp.resolve("nowhere"), diagnostics, UnaryOperator.identity()));
        assertTrue(e.getMessage().contains("content folder not found"), e.getMessage());
    }

    /**
     * The preview's reload: after a walk, the files the watcher reported are read again and nothing else is
     * looked at, and the result equals a fresh load; any change it cannot apply (a file added or removed,
     * site.yaml) asks for a walk instead.
     */
    @Nested
    class Reload {

        private final LoadedFiles remembered = new LoadedFiles();

        @BeforeEach
        void articles() throws IOException {
            write("articles/a.md", article("الأول", "نص المقال الأول."));
            write("articles/b.md", article("الثاني", "نص المقال الثاني."));
            write("articles/c.md", article("الثالث", "نص المقال الثالث.").replace("date:", "image: /images/logo.svg\ndate:"));
            write("pages/about.md", "---\ntitle: من نحن\n---\nعن الموقع.\n");
            write("images/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        }

        private static String article(String title, String body) {
            return "---\ntitle: " + title + "\ndate: 2024-03-01\n---\n" + body + "\n";
        }

        private Content walk(Diagnostics diagnostics) {
            return ContentLoader.load(content, diagnostics, UnaryOperator.identity(), remembered, StoredText::of);
        }

        private Optional<Content> reload(Diagnostics diagnostics) {
            return ContentLoader.reload(content, diagnostics, UnaryOperator.identity(), remembered, StoredText::of);
        }

        private Content fresh(Diagnostics diagnostics) {
            return ContentLoader.load(content, diagnostics, UnaryOperator.identity());
        }

        @Test
        void readsOnlyTheReportedFilesAndEqualsAFreshLoad() throws IOException {
            Content first = walk(new Diagnostics());
            Path edited = write("articles/b.md", article("الثاني معدلا", "نص جديد للمقال الثاني."));
            remembered.forget(List.of(edited));

            Diagnostics reloadedProblems = new Diagnostics();
            Content reloaded = reload(reloadedProblems).orElseThrow();
            Diagnostics freshProblems = new Diagnostics();
            assertEquals(fresh(freshProblems), reloaded, "a reload gives what a walk of the folder gives");
            assertEquals(freshProblems.sorted(), reloadedProblems.sorted(), "the unchanged files' warnings are reported again");
            assertTrue(reloadedProblems.sorted().stream().anyMatch(d -> d.toString().contains("c.md")), reloadedProblems.sorted()::toString);
            assertEquals("الثاني معدلا", reloaded.articles().get(1).title());
            assertNotSame(first.articles().get(1), reloaded.articles().get(1));
            assertSame(first.articles().get(0), reloaded.articles().get(0), "an unreported file is not read again");
            assertSame(first.articles().get(2), reloaded.articles().get(2));
            assertSame(first.pages().get(0), reloaded.pages().get(0));

            Files.writeString(content.resolve("articles/a.md"), article("الأول بلا إبلاغ", "نص."));
            assertEquals("الأول", reload(new Diagnostics()).orElseThrow().articles().get(0).title(),
                    "a reload trusts the watcher: what it did not report is not looked at (the follow-up walk is)");
            assertEquals("الأول بلا إبلاغ", walk(new Diagnostics()).articles().get(0).title());
        }

        @Test
        void aFileAddedOrRemovedOrTheSettingsAskForAWalk() throws IOException {
            walk(new Diagnostics());
            remembered.forget(List.of(write("articles/d.md", article("الرابع", "نص."))));
            assertTrue(reload(new Diagnostics()).isEmpty(), "a new article");
            assertEquals(4, walk(new Diagnostics()).articles().size());
            assertTrue(reload(new Diagnostics()).isPresent(), "the walk took the change in");

            Path removed = content.resolve("articles/a.md");
            Files.delete(removed);
            remembered.forget(List.of(removed));
            assertTrue(reload(new Diagnostics()).isEmpty(), "a deleted article");
            walk(new Diagnostics());

            remembered.forget(List.of(write("site.yaml", "title: المرصد الجديد\ntimezone: Africa/Cairo\n")));
            assertTrue(reload(new Diagnostics()).isEmpty(), "the settings");
            walk(new Diagnostics());

            Path logo = content.resolve("images/logo.svg");
            Files.delete(logo);
            remembered.forget(List.of(logo));
            assertTrue(reload(new Diagnostics()).isEmpty(), "a deleted asset");
            walk(new Diagnostics());

            remembered.forget(List.of(write("articles/sub/e.md", article("الخامس", "نص.")).getParent()));
            assertTrue(reload(new Diagnostics()).isEmpty(), "a new folder");
        }

        @Test
        void aTemporaryFileThatCameAndWentAndAnEditedAssetNeedNoWalk() throws IOException {
            walk(new Diagnostics());
            Path temporary = write("articles/.b.md.swp", "x");
            Files.delete(temporary);
            Path other = content.resolve("articles/4913");
            remembered.forget(List.of(temporary, other, write("images/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><g/></svg>")));
            Diagnostics problems = new Diagnostics();
            assertEquals(fresh(new Diagnostics()), reload(problems).orElseThrow());
        }

        @Test
        void nothingToReloadBeforeAWalkOrForAnotherFolder() throws IOException {
            assertTrue(reload(new Diagnostics()).isEmpty(), "nothing listed yet");
            walk(new Diagnostics());
            Path other = tmp.resolve("other");
            Files.createDirectories(other);
            assertTrue(ContentLoader.reload(other, new Diagnostics(), UnaryOperator.identity(), remembered, StoredText::of).isEmpty());
            assertTrue(ContentLoader.reload(content, new Diagnostics(), c -> c.withBaseUrl("https://example.org/other/"), remembered,
                    StoredText::of).isEmpty(), "the build's options changed the settings");
        }

        @Test
        void aFailedFileFailsTheReloadAsItFailedTheWalk() throws IOException {
            walk(new Diagnostics());
            Path broken = write("articles/b.md", "---\ntitle: [غير مغلق\ndate: 2024-03-01\n---\nنص.\n");
            remembered.forget(List.of(broken));
            Diagnostics problems = new Diagnostics();
            Content reloaded = reload(problems).orElseThrow();
            assertTrue(problems.hasErrors(), problems.sorted()::toString);
            assertEquals(2, reloaded.articles().size());
            Diagnostics again = new Diagnostics();
            reload(again).orElseThrow();
            assertTrue(again.hasErrors(), "a remembered failure is reported again");
        }
    }
}
