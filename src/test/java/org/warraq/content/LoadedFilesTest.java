package org.warraq.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warraq.testing.FileClock;

/** A remembered file is read again only when its stamp changed, it was forgotten, or the settings changed; its problems are reported every time. */
class LoadedFilesTest {

    @TempDir
    Path tmp;

    final LoadedFiles remembered = new LoadedFiles();
    final AtomicInteger reads = new AtomicInteger();

    Optional<Article> load(Path file, Diagnostics diagnostics) {
        return remembered.load(file, Path.of("content/a.md"), false, FileDates.none(), diagnostics, found -> {
            reads.incrementAndGet();
            found.warning(Path.of("content/a.md"), 2, "read " + reads.get());
            return Optional.empty();
        });
    }

    @Test
    void readsAgainOnlyWhatChanged() throws IOException {
        Path file = tmp.resolve("a.md");
        Files.writeString(file, "---\ntitle: أ\n---\nنص.\n");
        remembered.settings(SiteConfig.defaults());
        Diagnostics first = new Diagnostics();
        load(file, first);
        Diagnostics second = new Diagnostics();
        load(file, second);
        assertEquals(1, reads.get(), "an unchanged file is not read again");
        assertEquals(first.sorted(), second.sorted(), "its warnings are reported again");
        assertEquals(List.of("read 1"), second.sorted().stream().map(Diagnostic::message).toList());

        Files.writeString(file, "---\ntitle: أب\n---\nنص.\n");
        load(file, new Diagnostics());
        assertEquals(2, reads.get(), "a new size");

        Files.setLastModifiedTime(file, FileTime.fromMillis(Files.getLastModifiedTime(file).toMillis() + 5_000));
        load(file, new Diagnostics());
        assertEquals(3, reads.get(), "a new modification time");

        remembered.forget(List.of(file));
        load(file, new Diagnostics());
        assertEquals(4, reads.get(), "a file the watcher saw change");

        remembered.settings(SiteConfig.defaults().withBaseUrl("https://example.org/other/"));
        load(file, new Diagnostics());
        assertEquals(5, reads.get(), "new settings");
        assertTrue(remembered.size() == 1);
    }

    @Test
    void aReadMadeBeforeASaveDoesNotReplaceOneMadeAfterIt() throws IOException {
        Path file = tmp.resolve("a.md");
        Files.writeString(file, "---\ntitle: أ\n---\nنص.\n");
        remembered.settings(SiteConfig.defaults());
        Path shown = Path.of("content/a.md");
        Diagnostics outer = new Diagnostics();
        remembered.load(file, shown, false, FileDates.none(), outer, found -> {
            try {
                // While the follow-up build reads the old text, the editor saves and the quick build reads the new one.
                Files.writeString(file, "---\ntitle: أ ب\n---\nنص أطول.\n");
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            remembered.forget(List.of(file));
            remembered.load(file, shown, false, FileDates.none(), new Diagnostics(), newer -> {
                newer.warning(shown, 1, "the text after the save");
                return Optional.empty();
            });
            found.warning(shown, 1, "the text before the save");
            return Optional.empty();
        });
        assertEquals(List.of("the text after the save"),
                remembered.entry(file.toAbsolutePath().normalize()).problems().stream().map(Diagnostic::message).toList());
        assertEquals(List.of("the text after the save"), outer.sorted().stream().map(Diagnostic::message).toList(),
                "the earlier read reports what the later one found");
    }

    /** The content folder of the tests of records kept between command-line builds: a full article, a dateless desk file, a page. */
    private Path folder() throws IOException {
        Path content = tmp.resolve("content");
        Files.createDirectories(content.resolve("2024"));
        Files.createDirectories(content.resolve("pages"));
        // Without its image's description, so that the file gives a warning to keep.
        Files.writeString(content.resolve("2024/budget.md"), ArticleLoaderTest.EVERY_FIELD.replace("image_alt: قاعة البرلمان أثناء التصويت\n", ""));
        Files.writeString(content.resolve("2024/desk.txt"), "الموانئ تستعيد نشاطها\n\nعادت السفن إلى الميناء.\n");
        Files.writeString(content.resolve("pages/about.md"), "---\ntitle: من نحن\n---\nمجلة تحليلية.\n");
        return content;
    }

    private static Content loadWith(Path content, LoadedFiles remembered, Diagnostics diagnostics) {
        return ContentLoader.load(content, diagnostics, c -> c, remembered, text -> StoredText.named(StoredText.of(text), StoredText.nameOf(text)));
    }

    private static LoadedFiles kept(LoadedFiles loaded, long before) throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.io.DataOutputStream out = new java.io.DataOutputStream(bytes)) {
            loaded.write(out, before);
        }
        return LoadedFiles.read(new java.io.DataInputStream(new java.io.ByteArrayInputStream(bytes.toByteArray())));
    }

    private static List<Article> sorted(Content content) {
        List<Article> all = new java.util.ArrayList<>(content.articles());
        all.addAll(content.pages());
        all.sort(java.util.Comparator.comparing(a -> a.source().toString()));
        return all;
    }

    /** An article without its body text, to compare what was loaded with what was kept. */
    private static Article withoutBody(Article a) {
        return a.withBodyText(StoredText.of(""));
    }

    /**
     * The next command-line build takes each file whose stamp is unchanged as the last one loaded it, without reading
     * it: every value and warning the same, the body read from the file only when a stage asks for it.
     */
    @Test
    void aKeptRecordTakesUnchangedFilesWithoutReadingThem() throws IOException {
        Path content = folder();
        Diagnostics firstProblems = new Diagnostics();
        LoadedFiles first = new LoadedFiles();
        List<Article> loaded = sorted(loadWith(content, first, firstProblems));
        assertEquals(0, first.unread());
        assertEquals(3, loaded.size());
        assertTrue(firstProblems.sorted().stream().anyMatch(d -> d.message().contains("image_alt")), firstProblems.sorted().toString());
        assertTrue(firstProblems.sorted().stream().anyMatch(d -> d.message().contains("modification time")), firstProblems.sorted().toString());

        LoadedFiles restored = kept(first, Long.MAX_VALUE);
        Diagnostics againProblems = new Diagnostics();
        List<Article> again = sorted(loadWith(content, restored, againProblems));
        assertEquals(3, restored.unread(), "no file is read");
        assertEquals(firstProblems.sorted(), againProblems.sorted(), "each file's warnings are reported again");
        assertEquals(loaded.stream().map(LoadedFilesTest::withoutBody).toList(), again.stream().map(LoadedFilesTest::withoutBody).toList());
        for (int i = 0; i < loaded.size(); i++) {
            assertEquals(loaded.get(i).bodyText().identity(), again.get(i).bodyText().identity());
            assertEquals(loaded.get(i).body(), again.get(i).body(), "read from the file when asked for");
        }

        LoadedFiles next = kept(restored, Long.MAX_VALUE);
        loadWith(content, next, new Diagnostics());
        assertEquals(3, next.unread(), "what was taken unread is kept again");
    }

    /** A file rewritten with its old size and modification time is read again: its change time moved. */
    @Test
    void aFileRewrittenWithItsOldSizeAndTimeIsReadAgain() throws IOException {
        Path content = folder();
        LoadedFiles first = new LoadedFiles();
        loadWith(content, first, new Diagnostics());
        Path about = content.resolve("pages/about.md");
        FileTime modified = Files.getLastModifiedTime(about);
        String text = Files.readString(about);
        FileClock.afterTheClockMoves(tmp, about);
        Files.writeString(about, text.replace("مجلة تحليلية", "مجلة إخبارية"));
        assertEquals(text.length(), Files.readString(about).length());
        Files.setLastModifiedTime(about, modified);

        LoadedFiles restored = kept(first, Long.MAX_VALUE);
        List<Article> again = sorted(loadWith(content, restored, new Diagnostics()));
        assertEquals(2, restored.unread());
        assertTrue(again.stream().anyMatch(a -> a.body().contains("مجلة إخبارية")), again.toString());
    }

    /**
     * What changed at or after the time the build began to look is not kept (it may change again within the same tick
     * of the clock and keep its stamp); nor is anything under other settings.
     */
    @Test
    void recentFilesAndOtherSettingsAreReadAgain() throws IOException {
        Path content = folder();
        LoadedFiles first = new LoadedFiles();
        loadWith(content, first, new Diagnostics());
        long budget = ((FileTime) Files.getAttribute(content.resolve("2024/budget.md"), "unix:ctime")).to(java.util.concurrent.TimeUnit.NANOSECONDS);
        LoadedFiles restored = kept(first, budget);
        loadWith(content, restored, new Diagnostics());
        assertTrue(restored.unread() < 3, "the file changed at the time the build began is read again: " + restored.unread());

        LoadedFiles other = kept(first, Long.MAX_VALUE);
        ContentLoader.load(content, new Diagnostics(), c -> c.withBaseUrl("https://other.example/"), other,
                text -> StoredText.named(StoredText.of(text), StoredText.nameOf(text)));
        assertEquals(0, other.unread(), "other settings");
    }

    /** A body asked for after its file changed during the build is refused, with the file named, rather than mixed in. */
    @Test
    void aBodyWhoseFileChangedDuringTheBuildIsRefused() throws IOException {
        Path content = folder();
        LoadedFiles first = new LoadedFiles();
        loadWith(content, first, new Diagnostics());
        LoadedFiles restored = kept(first, Long.MAX_VALUE);
        Article about = loadWith(content, restored, new Diagnostics()).pages().get(0);
        Files.writeString(content.resolve("pages/about.md"), "---\ntitle: من نحن\n---\nنص آخر تماما.\n");
        BuildFailedException e = org.junit.jupiter.api.Assertions.assertThrows(BuildFailedException.class, about::body);
        assertEquals(Path.of("content/pages/about.md"), e.diagnostics().get(0).file());
        assertTrue(e.diagnostics().get(0).message().contains("changed while the site was being built"), e.diagnostics().toString());
    }
}
