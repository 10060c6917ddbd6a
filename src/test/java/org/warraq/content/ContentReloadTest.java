package org.warraq.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The preview's reload: after a walk, the files the watcher reported are read again and nothing else is
 * looked at, and the result equals a fresh load; any change it cannot apply (a file added or removed,
 * site.yaml) asks for a walk instead.
 */
class ContentReloadTest {

    @TempDir
    Path tmp;

    private Path content;
    private final LoadedFiles remembered = new LoadedFiles();

    @BeforeEach
    void site() throws IOException {
        content = tmp.resolve("content");
        write("site.yaml", "title: المرصد\ntimezone: Africa/Cairo\n");
        write("articles/a.md", article("الأول", "نص المقال الأول."));
        write("articles/b.md", article("الثاني", "نص المقال الثاني."));
        write("articles/c.md", article("الثالث", "نص المقال الثالث.").replace("date:", "image: /images/logo.svg\ndate:"));
        write("pages/about.md", "---\ntitle: من نحن\n---\nعن الموقع.\n");
        write("images/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
    }

    private Path write(String path, String text) throws IOException {
        Path file = content.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
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
