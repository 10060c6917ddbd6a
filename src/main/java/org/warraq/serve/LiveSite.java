package org.warraq.serve;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.warraq.build.BuildMemo;
import org.warraq.build.BuildObserver;
import org.warraq.build.BuildOptions;
import org.warraq.build.SiteBuild;
import org.warraq.content.BuildFailedException;
import org.warraq.content.Diagnostic;
import org.warraq.content.Diagnostics;

/**
 * The site being previewed: rebuilt in memory with the build's own pipeline whenever sources
 * change, and replaced only by a build that succeeded, so a broken save never blanks the preview.
 * Rebuilds share a {@link BuildMemo}, so only what a save changed is read, rendered again and
 * re-served; a saved article is shown at once with the last related articles, key terms, places and
 * search index, and a full build in the background brings those up to date and reloads the tabs.
 * A change that only edits files copied as they are (a stylesheet, an image) needs no rebuild: they
 * are read from disk when served, so the tabs just reload. Problems go to the terminal and to the
 * tabs, through {@link ReloadEvents} and {@link BuildStatus}.
 */
final class LiveSite {

    private final Supplier<BuildOptions> options;
    private final ReloadEvents events;
    private final PrintWriter out;
    private final PrintWriter err;
    private volatile MemorySite site;
    private volatile BuildStatus status = new BuildStatus(0, false, List.of());
    private final BuildMemo memo = new BuildMemo();
    private final AtomicLong edits = new AtomicLong();
    /**
     * How long the full build after a quick one waits before it starts: the open tabs reload and fetch the saved
     * page first, instead of sharing the cores with it (the full build takes seconds; this is a fraction of one).
     */
    static final long FOLLOW_UP_DELAY_MILLIS = 250;

    private final ScheduledExecutorService followUp = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "warraq-follow-up");
        thread.setDaemon(true);
        return thread;
    });
    /**
     * The follow-up builds' own threads: their parallel stages run here, not in the common pool, so a save
     * made while one runs shares the cores with it instead of queueing behind its tasks.
     */
    private final ForkJoinPool followUpPool = new ForkJoinPool(Runtime.getRuntime().availableProcessors());

    LiveSite(Supplier<BuildOptions> options, ReloadEvents events, PrintWriter out, PrintWriter err) {
        this.options = options;
        this.events = events;
        this.out = out;
        this.err = err;
    }

    /** The last good site, or null before the first build succeeded. */
    MemorySite site() {
        return site;
    }

    BuildStatus status() {
        return status;
    }

    /** @param changed the files that changed; empty means unknown, so everything is rebuilt */
    synchronized void rebuild(Set<Path> changed) {
        long start = System.nanoTime();
        String what = describe(changed);
        MemorySite current = site;
        if (current != null && status.ok() && !changed.isEmpty()
                && changed.stream().allMatch(p -> Files.isRegularFile(p) && current.copies(p))) {
            site = current.next(current.generation() + 1);
            status = new BuildStatus(site.generation(), true, status.problems());
            events.reload(site.generation());
            out.printf("%s %s; nothing to rebuild, reloading %d tab(s)%n", now(), what, events.tabs());
            return;
        }
        memo.forget(changed);
        long edit = edits.incrementAndGet();
        boolean quick = current != null && !changed.isEmpty() && changed.stream().allMatch(LiveSite::isArticleSource);
        Diagnostics diagnostics = new Diagnostics();
        try {
            SiteBuild.Generated generated = SiteBuild.generate(options.get(), diagnostics, false, BuildObserver.NONE, memo, quick);
            long generation = current == null ? 1 : current.generation() + 1;
            site = MemorySite.of(generated.files(), generated.copies(), generation);
            List<Diagnostic> warnings = diagnostics.sorted();
            status = new BuildStatus(generation, true, warnings);
            warnings.forEach(err::println);
            events.reload(generation);
            out.printf("%s %s; %s (%d articles and %d pages, %d files) in %d ms%s, reloading %d tab(s)%n", now(), what,
                    current == null ? "built" : "rendered " + generated.rendered() + " changed pages",
                    generated.articles(), generated.pages(), generated.files().size(), (System.nanoTime() - start) / 1_000_000,
                    generated.stale() ? "; related articles, key terms, places and search follow" : "", events.tabs());
            if (generated.stale()) {
                followUp.schedule(() -> bringUpToDate(edit), FOLLOW_UP_DELAY_MILLIS, TimeUnit.MILLISECONDS);
            }
        } catch (BuildFailedException e) {
            failed(what, e.diagnostics());
        } catch (IOException | RuntimeException | StackOverflowError | OutOfMemoryError e) {
            failed(what, List.of(Diagnostic.error(null, 0, "internal error: " + e + "; run 'warraq build --verbose' for details")));
        }
    }

    /**
     * Takes the path of a save a few times before the server answers. Each of {@code saves} articles, spread over
     * the site, is read again as it is on disk, and the site is placed, planned and rendered again for it as for a
     * save; what is served does not change, since the articles did not. A save runs code that the first build never
     * ran, and the JVM runs new code slowly until it has compiled it: without this, the first save after start on a
     * 10,000-article site was shown in about half a second, against 100–250 ms for the saves after it.
     *
     * @return how many saves it went through (none when the site did not build)
     */
    synchronized int warmUp(int saves) {
        if (site == null || !status.ok()) {
            return 0;
        }
        int done = 0;
        for (Path source : memo.articleSources(saves)) {
            memo.forget(List.of(source));
            try {
                SiteBuild.generate(options.get(), new Diagnostics(), false, BuildObserver.NONE, memo, true);
            } catch (IOException | RuntimeException e) {
                return done;
            }
            done++;
        }
        return done;
    }

    /**
     * The full build after a quick one: related articles, key terms, places and the search index computed
     * again for the articles as they are now. Dropped when another save came in meanwhile (that save's own
     * follow-up replaces it).
     */
    private void bringUpToDate(long edit) {
        if (edits.get() != edit) {
            return;
        }
        long start = System.nanoTime();
        Diagnostics diagnostics = new Diagnostics();
        SiteBuild.Generated generated;
        try {
            generated = followUpPool.submit(() -> SiteBuild.generate(options.get(), diagnostics, false, BuildObserver.NONE, memo, false)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof BuildFailedException)) {
                err.printf("%s bringing related articles and search up to date failed: %s%n", now(), e.getCause());
            }
            return;
        }
        synchronized (this) {
            MemorySite current = site;
            if (edits.get() != edit || current == null) {
                return;
            }
            MemorySite next = MemorySite.of(generated.files(), generated.copies(), current.generation() + 1);
            int changed = next.differences(current);
            if (changed == 0) {
                return;
            }
            site = next;
            status = new BuildStatus(next.generation(), true, diagnostics.sorted());
            events.reload(next.generation());
            out.printf("%s related articles, key terms, places and search brought up to date in %d ms (%d files changed), reloading %d tab(s)%n",
                    now(), (System.nanoTime() - start) / 1_000_000, changed, events.tabs());
        }
    }

    /** An article or page source: a save of one can be shown before collection-wide results are computed again. */
    private static boolean isArticleSource(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        return name.endsWith(".md") || name.endsWith(".txt");
    }

    private void failed(String what, List<Diagnostic> problems) {
        MemorySite current = site;
        status = new BuildStatus(current == null ? 0 : current.generation(), false, problems);
        problems.forEach(err::println);
        long errors = problems.stream().filter(Diagnostic::isError).count();
        err.printf("%s %s; the build failed with %d error(s): still serving the last good version%n", now(), what, errors);
        events.problem(status.generation());
    }

    private static String describe(Set<Path> changed) {
        if (changed.isEmpty()) {
            return "sources read";
        }
        List<Path> shown = changed.stream().filter(Files::exists).toList();
        List<Path> named = shown.isEmpty() ? List.copyOf(changed) : shown;
        String names = named.stream().limit(3).map(p -> String.valueOf(p.getFileName())).collect(Collectors.joining(", "));
        return names + (named.size() > 3 ? " and " + (named.size() - 3) + " more" : "") + " changed";
    }

    private static String now() {
        return "[" + LocalTime.now().truncatedTo(ChronoUnit.SECONDS) + "]";
    }
}
