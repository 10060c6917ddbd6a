package org.warraq.serve;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Watches the content and templates folders, sub-folders included (the JDK's WatchService sees one
 * folder at a time, so each is registered, and new ones as they appear), and reports a batch of
 * changed files once the editor's save has settled: an editor writing a temporary file and renaming
 * it gives one rebuild, not three. Hidden files (editor swap files, {@code .git}) are ignored, and
 * symbolic links inside the folders are not followed (a folder given as one is watched where it leads). An empty batch means "too many changes to list: rebuild all".
 */
final class SourceWatcher implements AutoCloseable {

    /**
     * Quiet time that ends a batch: an editor's save (write a temporary file, rename it) takes a few milliseconds,
     * and every millisecond here is one the editor waits to see the page.
     */
    static final long QUIET_MILLIS = 20;
    /** A batch is delivered after this long even if changes keep coming. */
    static final long MAX_BATCH_MILLIS = 400;

    private final WatchService service;
    private final Map<WatchKey, Path> folders = new HashMap<>();
    private final Consumer<Set<Path>> onChange;
    private final Thread thread;

    SourceWatcher(List<Path> roots, Consumer<Set<Path>> onChange) throws IOException {
        this.service = FileSystems.getDefault().newWatchService();
        this.onChange = onChange;
        for (Path root : roots) {
            if (Files.isDirectory(root)) {
                register(root.toAbsolutePath().normalize());
            }
        }
        this.thread = new Thread(this::loop, "warraq-watcher");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    /** Watches {@code top} and the folders under it, walked where they really are ({@code top} may be a link), named as given. */
    private void register(Path top) throws IOException {
        Path real = top.toRealPath();
        Files.walkFileTree(real, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                if (!dir.equals(real) && hidden(dir)) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                Path named = top.resolve(real.relativize(dir).toString());
                folders.put(dir.register(service, ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY), named);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private void loop() {
        try {
            while (true) {
                WatchKey first = service.take();
                Set<Path> batch = new LinkedHashSet<>();
                boolean all = drain(first, batch);
                long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(MAX_BATCH_MILLIS);
                for (WatchKey key = service.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS); key != null;
                     key = System.nanoTime() < deadline ? service.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS) : null) {
                    all |= drain(key, batch);
                }
                if (all || !batch.isEmpty()) {
                    onChange.accept(all ? Set.of() : batch);
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Adds the key's changed files to {@code batch}; true when events were lost. */
    private boolean drain(WatchKey key, Set<Path> batch) {
        Path dir = folders.get(key);
        boolean lost = false;
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == OVERFLOW || dir == null) {
                lost = true;
                continue;
            }
            Path changed = dir.resolve((Path) event.context());
            if (hidden(changed)) {
                continue;
            }
            if (event.kind() == ENTRY_CREATE && Files.isDirectory(changed, LinkOption.NOFOLLOW_LINKS)) {
                try {
                    register(changed);
                } catch (IOException e) {
                    lost = true;
                }
            }
            batch.add(changed);
        }
        if (!key.reset()) {
            folders.remove(key);
        }
        return lost;
    }

    private static boolean hidden(Path path) {
        String name = path.getFileName() == null ? "" : path.getFileName().toString();
        return name.startsWith(".") || name.endsWith("~");
    }

    @Override
    public void close() throws IOException {
        service.close();
        thread.interrupt();
    }
}
