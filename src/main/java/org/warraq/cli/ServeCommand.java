package org.warraq.cli;

import java.io.IOException;
import java.net.BindException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.warraq.serve.PreviewServer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code warraq serve}: the live preview an editor keeps open while writing. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        header = "Live preview with reload on save and the errors over the page.",
        description = "Build the site in memory and serve it on http://127.0.0.1:PORT/, drafts included and marked. "
                + "Watches the content and templates folders: every save rebuilds the site and reloads the open "
                + "tabs. A build error is shown in the terminal and over the page, and the last good version stays "
                + "online. Nothing is written to the output folder. Stop with Ctrl-C.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:stopped", "1:the server could not start (e.g. the port is in use)", "2:wrong command-line usage"})
public final class ServeCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--port", paramLabel = "PORT", description = "Port on 127.0.0.1; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int port = 8080;

    @CommandLine.Mixin
    InputFolders inputs = new InputFolders();

    @Option(names = "--drafts", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Show articles marked 'draft: true' (default); --no-drafts shows the site as it will be published.")
    boolean drafts = true;

    @Option(names = "--now", paramLabel = "ISO-TIME",
            description = "A fixed clock, e.g. 2025-03-14T09:00:00Z, to preview scheduled articles (default: the current time).")
    String now;

    @Option(names = "--verbose", description = "Show stack traces for internal errors.")
    boolean verbose;

    @Override
    public Integer call() throws InterruptedException {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        Clock clock;
        try {
            clock = now == null ? Clock.systemUTC() : Clock.fixed(BuildCommand.parseNow(now), ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            err.println("warraq: --now: cannot read '" + now + "'; write e.g. 2025-03-14T09:00:00Z");
            return 2;
        }
        PreviewServer server;
        try {
            server = PreviewServer.start(new PreviewServer.Options(inputs.content, inputs.templates, port, drafts, clock), out, err);
        } catch (BindException e) {
            err.println("warraq: port " + port + " is in use; stop the other server or choose another with --port");
            return 1;
        } catch (Exception e) {
            err.println("warraq: cannot start the preview: " + e.getMessage());
            if (verbose) {
                e.printStackTrace(err);
            }
            return 1;
        }
        out.println("Serving " + inputs.content + " at " + server.url() + (drafts ? " (drafts shown)" : "") + "; press Ctrl-C to stop");
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                server.close();
            } catch (IOException e) {
                err.println("warraq: " + e.getMessage());
            }
            stopped.countDown();
        }));
        stopped.await();
        return 0;
    }
}
