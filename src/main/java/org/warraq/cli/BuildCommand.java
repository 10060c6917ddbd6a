package org.warraq.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.warraq.build.BuildObserver;
import org.warraq.build.BuildOptions;
import org.warraq.build.BuildTimings;
import org.warraq.build.BuildResult;
import org.warraq.build.SiteBuild;
import org.warraq.content.BuildFailedException;
import org.warraq.content.Diagnostic;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code warraq build}: regenerates the whole site into the output folder, atomically. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Build the site from the content and templates folders into the output folder.%n"
                + "The previous output is replaced only when the whole build succeeded.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the site was built", "1:the input has errors (each is printed as file:line: error: message)",
                "2:wrong command-line usage"})
public final class BuildCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    InputFolders inputs = new InputFolders();

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path out = Path.of("site-output");

    @Option(names = "--drafts", description = "Include articles marked 'draft: true'.")
    boolean drafts;

    @Option(names = "--base-url", paramLabel = "URL", description = "Absolute URL the site is served from; overrides site.yaml.")
    String baseUrl;

    @Option(names = "--portable", negatable = true,
            description = "Links end in index.html so the site can be browsed from disk (--no-portable for pretty URLs); overrides site.yaml.")
    Boolean portable;

    @Option(names = "--now", paramLabel = "ISO-TIME",
            description = "The build's clock, e.g. 2025-03-14T09:00:00Z; later articles are not published (default: the current time).")
    String now;

    @Option(names = "--cache", paramLabel = "DIR",
            description = "Folder of the build cache, where rendered bodies and the search index's runs of articles wait for the next build (default: ${DEFAULT-VALUE}).")
    Path cache = Path.of(".warraq-cache");

    @Option(names = "--no-cache", description = "Build without the build cache, neither reading nor filling it.")
    boolean noCache;

    @Option(names = "--verbose", description = "Show stack traces for internal errors.")
    boolean verbose;

    @Option(names = "--timings", description = "Print the wall and CPU time of each stage, and the process's totals and peak memory.")
    boolean timings;

    @Option(names = "--progress", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Show the progress of long stages on standard error: a bar on a terminal, a line every few seconds"
                    + " otherwise (default: on; --no-progress to hide).")
    boolean progress;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        Instant clock;
        try {
            clock = now == null ? Instant.now() : parseNow(now);
        } catch (DateTimeParseException e) {
            err.println("warraq: --now: cannot read '" + now + "'; write e.g. 2025-03-14T09:00:00Z");
            return 2;
        }
        long start = System.nanoTime();
        try {
            BuildTimings stages = new BuildTimings();
            List<BuildObserver> observers = new ArrayList<>(List.of(stages));
            if (progress) {
                observers.add(new ProgressDisplay(err, System.console() != null));
            }
            BuildOptions options = new BuildOptions(inputs.content, inputs.templates, this.out, drafts, baseUrl, portable, clock)
                    .withCache(noCache ? null : cache);
            BuildResult result = SiteBuild.run(options, BuildObserver.all(observers));
            result.warnings().forEach(err::println);
            out.printf("Built %d articles and %d pages into %s (%d files) in %.1f s%s%n", result.articles(), result.pages(),
                    this.out, result.files(), (System.nanoTime() - start) / 1e9,
                    result.cachedBodies() < 0 ? "" : "; " + result.unreadSources() + " sources unchanged, not read again, "
                            + result.cachedBodies() + " bodies from the build cache, "
                            + result.keptPages() + " pages unchanged, not rendered again, " + result.keptEntries() + " of "
                            + (result.keptEntries() + result.draftedEntries()) + " search entries, " + result.keptSpellingFiles() + " of "
                            + (result.keptSpellingFiles() + result.madeSpellingFiles()) + " spelling files, " + result.keptExcerptFiles() + " of "
                            + result.excerptFiles() + " excerpt files and " + result.keptAnalyses() + " of "
                            + result.articles() + " articles' analyses kept");
            if (timings) {
                out.print(stages.report(result.articles()));
                out.flush();
            }
            return 0;
        } catch (BuildFailedException e) {
            e.diagnostics().forEach(err::println);
            long errors = e.diagnostics().stream().filter(Diagnostic::isError).count();
            err.println("warraq: build failed with " + errors + (errors == 1 ? " error" : " errors")
                    + "; " + this.out + " was not changed");
            return 1;
        } catch (Exception e) {
            err.println("warraq: build failed: " + e.getMessage() + "; " + this.out + " was not changed");
            if (verbose) {
                e.printStackTrace(err);
            }
            return 1;
        }
    }

    static Instant parseNow(String text) {
        String t = text.strip();
        if (t.length() == 10) {
            return LocalDate.parse(t).atStartOfDay(ZoneOffset.UTC).toInstant();
        }
        try {
            return OffsetDateTime.parse(t).toInstant();
        } catch (DateTimeParseException e) {
            return Instant.parse(t);
        }
    }
}
