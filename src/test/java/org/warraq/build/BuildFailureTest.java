package org.warraq.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.warraq.testing.TestFolders;
import org.junit.jupiter.api.io.TempDir;
import org.warraq.content.BuildFailedException;
import org.warraq.content.Diagnostic;

/** Bad input stops the build with a message naming the file and line, and the previous site stays as it was. */
class BuildFailureTest {

    @TempDir
    Path tmp;
    SiteFixture site;

    @BeforeEach
    void goodSite() throws IOException {
        site = new SiteFixture(tmp)
                .write("articles/rates.md", SiteFixture.article("البنك المركزي يثبت الفائدة", "2025-03-14T09:30:00+03:00",
                        "tags: [الفائدة, التضخم]", "## الخلفية\n\nقرر البنك المركزي الإبقاء على أسعار الفائدة دون تغيير."));
        site.build();
    }

    private List<String> failure(String path, String text) throws IOException {
        Map<String, byte[]> before = SiteFixture.snapshot(site.out);
        site.write(path, text);
        BuildFailedException e = assertThrows(BuildFailedException.class, site::build);
        Map<String, byte[]> after = SiteFixture.snapshot(site.out);
        assertEquals(before.keySet(), after.keySet(), "the previous site is intact");
        before.forEach((k, v) -> assertArrayEquals(v, after.get(k), k));
        try (var siblings = Files.list(tmp)) {
            assertEquals(List.of("content", "site-output"), siblings.map(p -> p.getFileName().toString()).sorted().toList(),
                    "no staging folder is left behind");
        }
        return e.diagnostics().stream().filter(Diagnostic::isError).map(Diagnostic::toString).toList();
    }

    @Test
    void invalidYamlNamesFileAndLine() throws IOException {
        List<String> errors = failure("articles/bad.md", "---\ntitle: عنوان\ndate: 2025-01-01\ntags: [a, b\n---\nنص.\n");
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.get(0).startsWith("content/articles/bad.md:"), errors.get(0));
        assertTrue(errors.get(0).contains("invalid YAML"), errors.get(0));
    }

    @Test
    void unparseableDateNamesItsLine() throws IOException {
        List<String> errors = failure("articles/bad-date.md", "---\ntitle: عنوان\ndate: الرابع من مارس\n---\nنص.\n");
        assertEquals(List.of("content/articles/bad-date.md:3: error: cannot read date 'الرابع من مارس' in 'date';"
                + " write 2025-03-14 or 2025-03-14T09:30:00+02:00"), errors);
    }

    @Test
    void missingTitleEmptyFileAndInvalidUtf8AreAllReportedInOneRun() throws IOException {
        site.write("articles/no-title.md", "---\ndate: 2025-01-01\n---\nنص بلا عنوان.\n");
        site.write("articles/empty.md", "");
        Files.write(site.content.resolve("articles/latin1.txt"), new byte[] {'a', '\n', (byte) 0xE9, 't', 'e', '\n'});
        List<String> errors = failure("articles/also-empty.txt", "  \n\n");
        assertEquals(4, errors.size(), errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.startsWith("content/articles/no-title.md:1: error: no title")), errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.startsWith("content/articles/empty.md:1: error: file is empty")), errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.startsWith("content/articles/latin1.txt:2: error: not valid UTF-8")), errors.toString());
    }

    @Test
    void twoArticlesAtOneUrlNameBothFiles() throws IOException {
        site.write("articles/a.md", SiteFixture.article("نفس العنوان", "2025-04-01", "", "نص أول."));
        List<String> errors = failure("articles/b.md", SiteFixture.article("نفس العنوانِ", "2025-04-02", "", "نص ثان."));
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.get(0).contains("content/articles/a.md") && errors.get(0).contains("content/articles/b.md"), errors.get(0));
    }

    @Test
    void aSlugOnAReservedPathIsRefused() throws IOException {
        List<String> errors = failure("pages/tag.md", "---\ntitle: الوسوم\nslug: tag\n---\nنص.\n");
        assertTrue(errors.get(0).contains("reserved"), errors.toString());
    }

    @Test
    void aTemplateErrorNamesTheTemplateAndKeepsTheSite() throws IOException {
        Path templates = tmp.resolve("templates");
        TestFolders.copyTree(SiteFixture.PROJECT_TEMPLATES, templates);
        Files.writeString(templates.resolve("robots.peb"), "Sitemap: {{ sitemapp }}\n");
        Map<String, byte[]> before = SiteFixture.snapshot(site.out);
        var options = new BuildOptions(site.content, templates, site.out, false, null, null, SiteFixture.NOW);
        BuildFailedException e = assertThrows(BuildFailedException.class, () -> SiteBuild.run(options));
        assertTrue(e.getMessage().contains("robots.peb"), e.getMessage());
        assertEquals(before.keySet(), SiteFixture.snapshot(site.out).keySet());
        try (var siblings = Files.list(tmp)) {
            assertEquals(List.of("content", "site-output", "templates"), siblings.map(p -> p.getFileName().toString()).sorted().toList(),
                    "a build failing after the search export leaves no staging folder and no spool");
        }
    }

    @Test
    void aFileOfTheContentWhereTheSearchIndexGoesIsRefusedAfterTheExport() throws IOException {
        List<String> errors = failure("search/manifest.js", "window.x = 1;\n");
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.get(0).startsWith("content/search/manifest.js") && errors.get(0).contains("search index"), errors.get(0));
    }

    @Test
    void anOutputFolderNotMadeByWarraqIsNeverReplaced() throws IOException {
        Path foreign = tmp.resolve("documents");
        Files.createDirectories(foreign);
        Files.writeString(foreign.resolve("thesis.txt"), "important");
        var options = new BuildOptions(site.content, SiteFixture.PROJECT_TEMPLATES, foreign, false, null, null, SiteFixture.NOW);
        assertThrows(IOException.class, () -> SiteBuild.run(options));
        assertEquals("important", Files.readString(foreign.resolve("thesis.txt")));
        assertFalse(Files.exists(foreign.resolve("index.html")));
    }
}
