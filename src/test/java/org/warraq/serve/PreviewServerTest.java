package org.warraq.serve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warraq.build.BuildOptions;
import org.warraq.build.SiteBuild;
import org.warraq.output.OutputFile;
import org.warraq.testing.Poll;
import org.warraq.testing.TestFolders;

/**
 * {@code warraq serve} over real HTTP: pages from memory with the right types, gzip, drafts shown,
 * the reload event after a save, a broken save reported as JSON while the last good page is still
 * served, and the output folder never written.
 */
class PreviewServerTest {

    static final Path TEMPLATES = Path.of("templates").toAbsolutePath();
    static final Instant NOW = Instant.parse("2026-06-01T00:00:00Z");
    static final String SITE_YAML = """
            title: موقع المعاينة
            base_url: https://example.org/repo/
            timezone: Asia/Riyadh
            authors:
              - key: salma
                name: سلمى الراشد
            categories:
              - key: economy
                name: اقتصاد
            """;
    static final String ARTICLE = "articles/economy/rates.md";
    static final String ARTICLE_URL = "2025/03/البنك-المركزي-يثبت-الفائدة/";

    @TempDir
    Path tmp;
    Path content;
    PreviewServer server;
    final StringWriter terminalOut = new StringWriter();
    final StringWriter terminalErr = new StringWriter();
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    final BlockingQueue<Event> events = new LinkedBlockingQueue<>();

    /** One line of the event stream and when it arrived. */
    record Event(String line, long nanos) {
    }

    static String article(String title, String body) {
        return "---\ntitle: \"" + title + "\"\ndate: 2025-03-14T09:30:00+03:00\nauthor: salma\ncategory: economy\n---\n" + body + "\n";
    }

    /** Writes {@code site.yaml} and {@code count} articles ({@code articles/a0.md} …, titled «خبر رقم N عن الفائدة») under {@code content}. */
    static void writeSite(Path content, int count) throws IOException {
        writeFile(content.resolve("site.yaml"), SITE_YAML);
        for (int i = 0; i < count; i++) {
            writeFile(content.resolve("articles/a" + i + ".md"), article("خبر رقم " + (i + 1) + " عن الفائدة",
                    "قرر البنك المركزي الإبقاء على أسعار الفائدة للمرة " + (i + 1) + ".\n\nوقال المحافظ إن التضخم تراجع."));
        }
    }

    static void writeFile(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    void write(String path, String text) throws IOException {
        Path file = content.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    @BeforeEach
    void start() throws IOException {
        content = tmp.resolve("content");
        write("site.yaml", SITE_YAML);
        write(ARTICLE, article("البنك المركزي يثبت الفائدة", "قرر البنك المركزي الإبقاء على أسعار الفائدة."));
        write("articles/economy/draft.md", "---\ntitle: مسودة عن الموازنة\ndate: 2025-03-15\ndraft: true\n---\nنص لم يكتمل.\n");
        write("images/chart.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"><rect width=\"10\" height=\"10\"/></svg>\n");
        server = PreviewServer.start(new PreviewServer.Options(content, TEMPLATES, 0, true, Clock.fixed(NOW, ZoneOffset.UTC)),
                new PrintWriter(terminalOut, true), new PrintWriter(terminalErr, true));
    }

    @AfterEach
    void stop() throws IOException {
        server.close();
    }

    HttpResponse<byte[]> get(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + encode(path))).timeout(Duration.ofSeconds(20));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    String text(String path) throws IOException, InterruptedException {
        return new String(get(path).body(), StandardCharsets.UTF_8);
    }

    static String encode(String path) {
        return String.join("/", Stream.of(path.split("/", -1)).map(s -> URLEncoder.encode(s, StandardCharsets.UTF_8)).toList());
    }

    void listen() {
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.url() + "__warraq/events")).build();
        http.sendAsync(request, HttpResponse.BodyHandlers.ofLines()).thenAccept(response -> {
            try (Stream<String> lines = response.body()) {
                lines.forEach(line -> events.add(new Event(line, System.nanoTime())));
            } catch (RuntimeException closed) {
                events.add(new Event("closed", System.nanoTime()));
            }
        });
    }

    /** The next "event: NAME" line of the stream, waiting up to 10 s. */
    Event next(String name) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        for (Event e = events.poll(10, TimeUnit.SECONDS); e != null; e = events.poll(Math.max(0, end - System.nanoTime()), TimeUnit.NANOSECONDS)) {
            if (e.line().equals("event: " + name)) {
                return e;
            }
        }
        throw new AssertionError("no '" + name + "' event within 10 s; terminal:\n" + terminalOut + terminalErr);
    }

    @Test
    void servesTheSiteFromMemoryWithTypesGzipAndDrafts() throws Exception {
        HttpResponse<byte[]> home = get("/");
        assertEquals(200, home.statusCode());
        assertEquals("true", System.getProperty("sun.net.httpserver.nodelay"),
                "responses are not held back by Nagle's algorithm (40 ms a request on a kept-alive connection)");
        assertEquals("text/html; charset=utf-8", home.headers().firstValue("Content-Type").orElseThrow());
        assertEquals(SiteServer.CONTENT_SECURITY_POLICY, home.headers().firstValue("Content-Security-Policy").orElseThrow());
        String homeHtml = new String(home.body(), StandardCharsets.UTF_8);
        assertTrue(homeHtml.contains("<script src=\"/__warraq/reload.js?generation=1\" defer></script>\n</head>"), homeHtml);
        assertTrue(Jsoup.parse(homeHtml).select("script:not([src]):not([type=application/ld+json])").isEmpty(),
                "no inline script (JSON-LD data blocks are data, never run)");
        assertEquals("http://127.0.0.1:" + server.port() + "/", Jsoup.parse(homeHtml).selectFirst("link[rel=canonical]").attr("href"),
                "links and feeds point at the preview, not at base_url");

        var draft = Jsoup.parse(text("/2025/03/مسودة-عن-الموازنة/"));
        assertEquals("مسودة", draft.selectFirst(".badge-draft").text(), "drafts are shown, marked as drafts");
        assertEquals(1, Jsoup.parse(homeHtml).select(".card .badge-draft").size(), "and marked in lists");

        for (String[] expected : new String[][] {
                {"/assets/site.css", "text/css; charset=utf-8"},
                {"/assets/site.js", "text/javascript; charset=utf-8"},
                {"/feed.xml", "application/xml; charset=utf-8"},
                {"/robots.txt", "text/plain; charset=utf-8"},
                {"/images/chart.svg", "image/svg+xml; charset=utf-8"},
                {"/search/manifest.js", "text/javascript; charset=utf-8"},
                {"/__warraq/reload.js", "text/javascript; charset=utf-8"},
                {"/__warraq/error", "application/json; charset=utf-8"}}) {
            HttpResponse<byte[]> response = get(expected[0]);
            assertEquals(200, response.statusCode(), expected[0]);
            assertEquals(expected[1], response.headers().firstValue("Content-Type").orElseThrow(), expected[0]);
            assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElseThrow(), expected[0]);
        }
        assertFalse(text("/__warraq/reload.js").matches("(?s).*(\\.innerHTML|\\.outerHTML|insertAdjacentHTML|document\\.write|setAttribute\\(\"style).*"),
                "the overlay is built with DOM calls, and styled through the CSSOM (allowed by style-src 'self')");
        assertFalse(text("/assets/site.css").contains("__warraq"), "only HTML pages get the reload script");

        HttpResponse<byte[]> plain = get("/assets/site.css");
        HttpResponse<byte[]> zipped = get("/assets/site.css", "Accept-Encoding", "br, gzip;q=0.8");
        assertEquals("gzip", zipped.headers().firstValue("Content-Encoding").orElseThrow());
        assertTrue(zipped.body().length < plain.body().length / 2);
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(zipped.body()))) {
            assertArrayEquals(plain.body(), in.readAllBytes());
        }
        assertTrue(get("/assets/site.css", "Accept-Encoding", "gzip;q=0").headers().firstValue("Content-Encoding").isEmpty());
        assertTrue(get("/images/chart.svg", "Accept-Encoding", "gzip").headers().firstValue("Content-Encoding").isEmpty(),
                "small files are not worth compressing");

        HttpResponse<byte[]> missing = get("/2020/01/لا-يوجد/");
        assertEquals(404, missing.statusCode());
        assertTrue(new String(missing.body(), StandardCharsets.UTF_8).contains("الصفحة غير موجودة"), "the site's own 404 page");
        HttpResponse<byte[]> folder = get("/" + ARTICLE_URL.substring(0, ARTICLE_URL.length() - 1));
        assertEquals(301, folder.statusCode());
        assertEquals("/" + encode(ARTICLE_URL), folder.headers().firstValue("Location").orElseThrow());

        try (var files = Files.list(tmp)) {
            assertEquals(List.of("content"), files.map(p -> p.getFileName().toString()).toList(), "nothing is written to disk");
        }
    }

    @Test
    void aSaveReloadsTheTabsAndABrokenSaveKeepsTheLastGoodPage() throws Exception {
        listen();
        next("hello");
        String page = "/" + ARTICLE_URL;
        assertEquals("البنك المركزي يثبت الفائدة", Jsoup.parse(text(page)).selectFirst("h1").text());

        List<Long> millis = new ArrayList<>();
        for (int edit = 1; edit <= 5; edit++) {
            String body = "تعديل رقم " + edit + " على النص.";
            events.clear();
            long saved = System.nanoTime();
            write(ARTICLE, article("البنك المركزي يثبت الفائدة", body));
            Event reload = next("reload");
            millis.add((reload.nanos() - saved) / 1_000_000);
            assertTrue(Poll.until(Duration.ofSeconds(10), () -> fetch(page).contains(body)), "the page shows edit " + edit);
        }
        List<Long> sorted = millis.stream().sorted().toList();
        System.out.println("BENCHMARK warraq serve: save to reload event " + millis + " ms (median " + sorted.get(2)
                + " ms, goal < 1000 ms)");

        write(ARTICLE, "---\ntitle: [غير مغلق\ndate: 2025-03-14\n---\nنص.\n");
        next("problem");
        String report = text("/__warraq/error");
        assertTrue(report.matches("\\{\"generation\":\\d+,\"ok\":false,\"problems\":\\[\\{\"file\":\"content/articles/economy/rates.md\","
                + "\"line\":3,\"column\":0,\"severity\":\"error\",\"message\":\"invalid YAML: .*"), report);
        assertTrue(report.contains("\"text\":\"content/articles/economy/rates.md:3: error: invalid YAML: "), report);
        assertTrue(fetch(page).contains("تعديل رقم 5 على النص."), "the last good page is still served");
        assertTrue(Poll.until(Duration.ofSeconds(10), () -> terminalErr.toString().contains("still serving the last good version")));
        assertTrue(terminalErr.toString().contains("content/articles/economy/rates.md:3: error: invalid YAML: "), terminalErr.toString());

        write(ARTICLE, article("البنك المركزي يثبت الفائدة", "النص بعد الإصلاح."));
        next("reload");
        assertTrue(Poll.until(Duration.ofSeconds(10), () -> fetch("/__warraq/error").matches("\\{\"generation\":\\d+,\"ok\":true,\"problems\":\\[]}")));
        assertTrue(fetch(page).contains("النص بعد الإصلاح."));
    }

    @Test
    void aSaveShowsAtOnceAndRelatedArticlesAndSearchFollowAsACleanBuildMakesThem() throws Exception {
        listen();
        next("hello");
        String wheat = "ارتفعت أسعار القمح في الأسواق العالمية بعد موجة الجفاف في روسيا وأوكرانيا وتراجع المخزون.";
        write("articles/economy/wheat.md", article("أسعار القمح ترتفع", wheat + "\n\n" + wheat));
        write(ARTICLE, article("البنك المركزي يثبت الفائدة", "قرر البنك المركزي الإبقاء على أسعار الفائدة.\n\n" + wheat + "\n\n" + wheat));
        assertTrue(Poll.until(Duration.ofSeconds(60), () -> terminalOut.toString().contains("brought up to date")), terminalOut.toString());
        String quick = terminalOut.toString().lines().filter(l -> l.contains("rates.md") || l.contains("wheat.md")).findFirst().orElse("");
        assertTrue(quick.contains("related articles, key terms, places and search follow"), terminalOut.toString());

        SiteBuild.Generated clean = SiteBuild.generate(new BuildOptions(content, TEMPLATES, Path.of("site-output"), true, server.url(),
                null, NOW), new org.warraq.content.Diagnostics());
        assertTrue(Poll.until(Duration.ofSeconds(60), () -> {
            try {
                return served(clean);
            } catch (IOException | InterruptedException e) {
                return false;
            }
        }), "the preview serves what a clean build makes");
        assertTrue(Jsoup.parse(text("/" + ARTICLE_URL)).select(".related a").size() > 0, "related coverage after the follow-up");
    }

    /** Whether every file of {@code clean} is served with the same bytes (pages with the reload script added). */
    boolean served(SiteBuild.Generated clean) throws IOException, InterruptedException {
        String status = text("/__warraq/error");
        long generation = Long.parseLong(status.replaceAll("^\\{\"generation\":(\\d+),.*", "$1").strip());
        for (OutputFile f : clean.files()) {
            byte[] expected = f.bytes() != null ? f.bytes() : Files.readAllBytes(f.copyOf());
            if (f.path().endsWith(".html")) {
                expected = SiteServer.withReloadScript(expected, generation);
            }
            String path = "/" + f.path().replaceFirst("(^|/)index\\.html$", "$1");
            if (!java.util.Arrays.equals(expected, get(path).body())) {
                return false;
            }
        }
        return true;
    }

    @Test
    void aStylesheetEditNeedsNoRebuildAndNewFilesAndFoldersAreWatched() throws Exception {
        Path templates = tmp.resolve("templates");
        TestFolders.copyTree(TEMPLATES, templates);
        server.close();
        server = PreviewServer.start(new PreviewServer.Options(content, templates, 0, true, Clock.fixed(NOW, ZoneOffset.UTC)),
                new PrintWriter(terminalOut, true), new PrintWriter(terminalErr, true));
        listen();
        next("hello");
        Files.writeString(templates.resolve("assets/site.css"), "\n.preview-marker { color: red; }\n", java.nio.file.StandardOpenOption.APPEND);
        next("reload");
        assertTrue(text("/assets/site.css").contains(".preview-marker"));
        assertTrue(Poll.until(Duration.ofSeconds(10), () -> terminalOut.toString().contains("site.css changed; nothing to rebuild")),
                terminalOut.toString());

        write("images/new.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n");
        next("reload");
        assertEquals(200, get("/images/new.svg").statusCode());

        write("articles/culture/2025/books.md", "---\ntitle: معرض الكتاب\nslug: books\ndate: 2025-03-16\n---\nنص أول.\n");
        next("reload");
        assertTrue(Poll.until(Duration.ofSeconds(10), () -> fetch("/2025/03/books/").contains("نص أول.")), "an article in a new folder");
        write("articles/culture/2025/books.md", "---\ntitle: معرض الكتاب\nslug: books\ndate: 2025-03-16\n---\nنص ثان.\n");
        next("reload");
        assertTrue(Poll.until(Duration.ofSeconds(10), () -> fetch("/2025/03/books/").contains("نص ثان.")),
                "new folders are watched too");
    }

    @Test
    void refusesOtherHostsAndOtherMethods() throws Exception {
        assertTrue(rawRequest("GET / HTTP/1.1\r\nHost: attacker.example:" + server.port() + "\r\nConnection: close\r\n\r\n")
                .startsWith("HTTP/1.1 403"));
        assertTrue(rawRequest("POST / HTTP/1.1\r\nHost: localhost:" + server.port() + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
                .startsWith("HTTP/1.1 405"));
        assertTrue(rawRequest("GET /../../../etc/passwd HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                .startsWith("HTTP/1.1 404"));
    }

    private String rawRequest(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.UTF_8));
            out.flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private String fetch(String path) {
        try {
            return text(path);
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    @Test
    void aSiteThatNeverBuiltShowsItsErrorsAndRecovers() throws Exception {
        server.close();
        write("site.yaml", SITE_YAML + "per_page: كثير\n");
        server = PreviewServer.start(new PreviewServer.Options(content, TEMPLATES, 0, true, Clock.fixed(NOW, ZoneOffset.UTC)),
                new PrintWriter(terminalOut, true), new PrintWriter(terminalErr, true));
        HttpResponse<byte[]> page = get("/");
        assertEquals(503, page.statusCode());
        assertNotNull(Jsoup.parse(new String(page.body(), StandardCharsets.UTF_8)).selectFirst("script[src^=/__warraq/reload.js]"));
        assertEquals("{\"generation\":0,\"ok\":false,\"problems\":[{\"file\":\"content/site.yaml\",\"line\":10,\"column\":0,"
                + "\"severity\":\"error\",\"message\":\"'per_page' must be a whole number, found 'كثير'\",\"text\":"
                + "\"content/site.yaml:10: error: 'per_page' must be a whole number, found 'كثير'\"}]}", text("/__warraq/error"));
        listen();
        next("hello");
        write("site.yaml", SITE_YAML);
        next("reload");
        assertEquals(200, get("/").statusCode());
    }
}
