package org.warraq.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The watcher sees saves in a folder given as a symbolic link, and names them under the link, as the build does. */
class SourceWatcherTest {

    @TempDir
    Path tmp;

    @Test
    void aSaveInAFolderGivenAsASymbolicLinkIsSeenUnderTheLink() throws Exception {
        Path real = Files.createDirectories(tmp.resolve("shared/content/articles"));
        Files.writeString(real.resolve("a.md"), "قبل");
        Path link = Files.createSymbolicLink(tmp.resolve("content"), tmp.resolve("shared/content"));
        LinkedBlockingQueue<Set<Path>> batches = new LinkedBlockingQueue<>();
        try (SourceWatcher watcher = new SourceWatcher(List.of(link), batches::add)) {
            Files.writeString(real.resolve("a.md"), "بعد");
            Set<Path> batch = batches.poll(20, TimeUnit.SECONDS);
            assertEquals(Set.of(link.toAbsolutePath().resolve("articles/a.md")), batch);
        }
    }
}
