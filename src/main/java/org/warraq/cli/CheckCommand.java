package org.warraq.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.Callable;
import org.warraq.build.BuildOptions;
import org.warraq.build.SiteBuild;
import org.warraq.content.BuildFailedException;
import org.warraq.content.Diagnostic;
import org.warraq.content.Diagnostics;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code warraq check}: everything a build would find, and a little more, without writing
 * anything. It runs the build's own pipeline in memory in strict mode, so a check and a build can
 * never disagree about what is wrong.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        header = "Check everything a build would, and links and images, writing nothing.",
        description = "Check the content as a build would, without writing anything: front matter, dates, authors and "
                + "sections, duplicate addresses, unsafe file names, site-root links and images that lead nowhere, "
                + "headlines that are too long or mix digit systems. One line per problem:%n"
                + "  file:line:column: error|warning: message",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:no errors (warnings may have been printed)", "1:errors were found", "2:wrong command-line usage"})
public final class CheckCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    InputFolders inputs = new InputFolders();

    @Option(names = "--drafts", description = "Also check the pages of articles marked 'draft: true'.")
    boolean drafts;

    @Option(names = "--now", paramLabel = "ISO-TIME",
            description = "The build's clock, e.g. 2025-03-14T09:00:00Z (default: the current time).")
    String now;

    @Option(names = "--verbose", description = "Show stack traces for internal errors.")
    boolean verbose;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        Instant clock;
        try {
            clock = now == null ? Instant.now() : BuildCommand.parseNow(now);
        } catch (DateTimeParseException e) {
            err.println("warraq: --now: cannot read '" + now + "'; write e.g. 2025-03-14T09:00:00Z");
            return 2;
        }
        Diagnostics diagnostics = new Diagnostics();
        List<Diagnostic> problems;
        int files = 0;
        try {
            files = SiteBuild.generate(new BuildOptions(inputs.content, inputs.templates, Path.of("site-output"), drafts, null, null, clock),
                    diagnostics, true).files().size();
            problems = diagnostics.sorted();
        } catch (BuildFailedException e) {
            Diagnostics all = new Diagnostics();
            new LinkedHashSet<>(concat(diagnostics.sorted(), e.diagnostics())).forEach(all::add);
            problems = all.sorted();
        } catch (Exception e) {
            err.println("warraq: check failed: " + e.getMessage());
            if (verbose) {
                e.printStackTrace(err);
            }
            return 1;
        }
        problems.forEach(out::println);
        long errors = problems.stream().filter(Diagnostic::isError).count();
        long warnings = problems.size() - errors;
        err.println("warraq check: " + plural(errors, "error") + ", " + plural(warnings, "warning")
                + (errors == 0 ? " (the site would build: " + files + " files)" : ""));
        return errors == 0 ? 0 : 1;
    }

    private static List<Diagnostic> concat(List<Diagnostic> a, List<Diagnostic> b) {
        List<Diagnostic> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
