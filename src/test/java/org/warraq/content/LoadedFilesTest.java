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
}
