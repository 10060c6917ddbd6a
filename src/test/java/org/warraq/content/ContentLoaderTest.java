package org.warraq.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeEach;
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
}
