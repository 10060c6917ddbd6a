package org.warraq.serve;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.warraq.build.BuildOptions;

/**
 * {@code warraq serve} as an object: binds the server, builds the site in memory (drafts shown,
 * marked as drafts by the templates), then watches the sources and rebuilds on every change. The
 * output folder is never written. Closing it stops the server, the watcher and the event streams.
 */
public final class PreviewServer implements AutoCloseable {

    /**
     * @param port   0 for any free port
     * @param drafts show articles marked {@code draft: true}
     * @param clock  the build clock (articles dated after it are not shown); read again at each rebuild
     */
    public record Options(Path content, Path templates, int port, boolean drafts, Clock clock) {
    }

    private static final Path NEVER_WRITTEN = Path.of("site-output");

    /** Saves the preview goes through, with articles as they are, before it starts answering ({@link LiveSite#warmUp}). */
    static final int WARM_UP_SAVES = 3;

    private final Options options;
    private final SiteServer server;
    private final LiveSite live;
    private final ReloadEvents events = new ReloadEvents();
    private final SourceWatcher watcher;
    private final ScheduledExecutorService pings;

    private PreviewServer(Options options, PrintWriter out, PrintWriter err) throws IOException {
        this.options = options;
        this.live = new LiveSite(this::buildOptions, events, out, err);
        this.server = new SiteServer(live, events, options.port());
        // Watching starts before the first build, so that a save made while it runs (a minute on a large site) is
        // built right after it instead of waiting for the next save.
        this.watcher = new SourceWatcher(List.of(options.content(), options.templates()), live::rebuild);
        try {
            live.rebuild(Set.of());
            live.warmUp(WARM_UP_SAVES);
            server.start();
        } catch (RuntimeException | Error e) {
            watcher.close();
            throw e;
        }
        this.pings = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "warraq-ping");
            thread.setDaemon(true);
            return thread;
        });
        pings.scheduleAtFixedRate(events::ping, 15, 15, TimeUnit.SECONDS);
    }

    /** The build's options for the next rebuild: in memory, links and feeds pointing at this server. */
    private BuildOptions buildOptions() {
        return new BuildOptions(options.content(), options.templates(), NEVER_WRITTEN, options.drafts(), url(), null,
                options.clock().instant());
    }

    /** Builds the site and starts serving it; throws if the port cannot be bound. */
    public static PreviewServer start(Options options, PrintWriter out, PrintWriter err) throws IOException {
        return new PreviewServer(options, out, err);
    }

    public int port() {
        return server.port();
    }

    public String url() {
        return "http://127.0.0.1:" + port() + "/";
    }

    @Override
    public void close() throws IOException {
        pings.shutdownNow();
        watcher.close();
        server.close();
    }
}
