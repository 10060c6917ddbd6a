package org.warraq.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.warraq.testing.Poll;
import java.util.regex.Pattern;

/**
 * How long an editor waits, on a live preview of a large site, between saving an article and seeing the
 * saved text in its page: {@code warraq serve} and {@code hugo server} side by side on the same articles.
 * Each edit appends a new paragraph to one article, and the page is fetched every few milliseconds until it
 * shows the paragraph. The next edit waits for the server's log to say it finished with the save (for Warraq:
 * related articles, key terms, places and the search index up to date, which is measured too), so edits never
 * overlap.
 */
final class PreviewLatency {

    /** Save-to-page times and save-to-settled times (the server's log line for the save), in ms. */
    record Result(List<Double> page, List<Double> followUp, double startSeconds) {
    }

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private PreviewLatency() {
    }

    /**
     * @param command the server's command line
     * @param url     the edited article's page on that server
     * @param done    what the server prints when it has finished with a save (for Warraq: collection-wide results
     *                up to date); the next save waits for it
     */
    static Result measure(List<String> command, Path log, Path article, String url, String done, int edits)
            throws IOException, InterruptedException {
        long start = System.nanoTime();
        Process server = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            await(() -> fetch(url) != null, server, log, Duration.ofMinutes(10));
            double started = (System.nanoTime() - start) / 1e9;
            List<Double> shown = new ArrayList<>();
            List<Double> followed = new ArrayList<>();
            String original = Files.readString(article);
            for (int i = 1; i <= edits; i++) {
                String marker = "فقرة أضيفت لقياس المعاينة رقم " + i + " " + System.nanoTime();
                int finishedBefore = count(read(log), done);
                long saved = System.nanoTime();
                Files.writeString(article, original + "\n" + marker + "\n", StandardCharsets.UTF_8);
                await(() -> {
                    String body = fetch(url);
                    return body != null && body.contains(marker);
                }, server, log, Duration.ofMinutes(5));
                shown.add((System.nanoTime() - saved) / 1e6);
                await(() -> count(read(log), done) > finishedBefore, server, log, Duration.ofMinutes(10));
                followed.add((System.nanoTime() - saved) / 1e6);
            }
            Files.writeString(article, original, StandardCharsets.UTF_8);
            return new Result(shown, followed, started);
        } finally {
            server.destroy();
            if (!server.waitFor(10, TimeUnit.SECONDS)) {
                server.destroyForcibly().waitFor();
            }
        }
    }

    /** Waits for {@code condition}, failing with the server's log if the server stops or the limit passes. */
    private static void await(BooleanSupplier condition, Process server, Path log, Duration limit) {
        boolean held = Poll.until(limit, () -> {
            if (!server.isAlive()) {
                throw new IllegalStateException("the server stopped:\n" + read(log));
            }
            return condition.getAsBoolean();
        });
        if (!held) {
            throw new IllegalStateException("nothing after " + limit + ":\n" + read(log));
        }
    }

    private static String fetch(String url) {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return response.statusCode() == 200 ? response.body() : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private static String read(Path log) {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    /** A port nobody listens on now. */
    static int freePort() throws IOException {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** The site path of the built page whose headline is {@code title}, found in a built site. */
    static String pageOf(Path site, String title) throws IOException {
        try (var walk = Files.walk(site)) {
            for (Path p : walk.filter(f -> f.toString().endsWith(".html")).toList()) {
                String html = Files.readString(p, StandardCharsets.UTF_8);
                if (html.matches("(?s).*<h1[^>]*>\\s*" + Pattern.quote(title) + "\\s*</h1>.*")) {
                    String path = site.relativize(p).toString().replace('\\', '/');
                    return path.endsWith("index.html") ? path.substring(0, path.length() - "index.html".length()) : path;
                }
            }
        }
        throw new IllegalStateException("no page with the headline " + title + " in " + site);
    }

    private static int count(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }
}
