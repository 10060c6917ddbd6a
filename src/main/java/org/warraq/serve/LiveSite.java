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
import org.warraq.build.BuildOptions;
import org.warraq.build.SiteBuild;
import org.warraq.content.BuildFailedException;
import org.warraq.content.Diagnostic;
import org.warraq.content.Diagnostics;

/**
 * The site being previewed: rebuilt in memory with the build's own pipeline whenever sources
 * change, and replaced only by a build that succeeded, so a broken save never blanks the preview.
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
        Diagnostics diagnostics = new Diagnostics();
        try {
            SiteBuild.Generated generated = SiteBuild.generate(options.get(), diagnostics);
            long generation = current == null ? 1 : current.generation() + 1;
            site = MemorySite.of(generated.files(), generation);
            List<Diagnostic> warnings = diagnostics.sorted();
            status = new BuildStatus(generation, true, warnings);
            warnings.forEach(err::println);
            events.reload(generation);
            out.printf("%s %s; rebuilt %d articles and %d pages (%d files) in %d ms, reloading %d tab(s)%n", now(), what,
                    generated.articles(), generated.pages(), generated.files().size(),
                    (System.nanoTime() - start) / 1_000_000, events.tabs());
        } catch (BuildFailedException e) {
            failed(what, e.diagnostics());
        } catch (IOException | RuntimeException | StackOverflowError | OutOfMemoryError e) {
            failed(what, List.of(Diagnostic.error(null, 0, "internal error: " + e + "; run 'warraq build --verbose' for details")));
        }
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
