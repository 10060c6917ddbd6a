package org.warraq.serve;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warraq.build.BuildOptions;
import org.warraq.build.SiteBuild;
import org.warraq.content.Diagnostics;
import org.warraq.testing.Poll;

/** A save made while {@code warraq serve} builds the site for the first time is not lost. */
class PreviewStartTest {

    @TempDir
    Path tmp;

    @Test
    void aSaveMadeWhileThePreviewBuildsTheSiteIsShownOnceItStarts() throws Exception {
        Path content = tmp.resolve("content");
        PreviewServerTest.writeSite(content, 300);
        // How long a build of this site takes here once compiled, so that the save below falls inside the preview's first build,
        // after it has read the articles.
        long buildMillis = 0;
        for (int run = 0; run < 2; run++) {
            long start = System.nanoTime();
            SiteBuild.generate(new BuildOptions(content, PreviewServerTest.TEMPLATES, tmp.resolve("unused"), true, null, null,
                    PreviewServerTest.NOW), new Diagnostics());
            buildMillis = (System.nanoTime() - start) / 1_000_000;
        }

        StringWriter terminal = new StringWriter();
        CompletableFuture<PreviewServer> starting = CompletableFuture.supplyAsync(() -> {
            try {
                return PreviewServer.start(new PreviewServer.Options(content, PreviewServerTest.TEMPLATES, 0, true,
                        Clock.fixed(PreviewServerTest.NOW, ZoneOffset.UTC)), new PrintWriter(terminal, true), new PrintWriter(terminal, true));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        // Not a wait for a result: it places the save inside the first build. A preview that watches from the start
        // shows the save wherever it falls; one that starts watching after the build misses a save that falls here.
        Thread.sleep(Math.max(100, buildMillis * 2 / 5));
        String saved = "نص حفظه المحرر والمعاينة تبدأ.";
        PreviewServerTest.writeFile(content.resolve("articles/a7.md"), PreviewServerTest.article("خبر رقم 8 عن الفائدة", saved));
        try (PreviewServer server = starting.get(2, TimeUnit.MINUTES)) {
            HttpClient http = HttpClient.newHttpClient();
            String page = server.url() + "2025/03/" + java.net.URLEncoder.encode("خبر-رقم-8-عن-الفائدة", StandardCharsets.UTF_8) + "/";
            assertTrue(Poll.until(Duration.ofSeconds(30), () -> {
                try {
                    return http.send(HttpRequest.newBuilder(URI.create(page)).build(), HttpResponse.BodyHandlers.ofString()).body().contains(saved);
                } catch (IOException e) {
                    return false;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }), "the save made during the first build (" + buildMillis + " ms) is shown; terminal:\n" + terminal);
        }
    }
}
