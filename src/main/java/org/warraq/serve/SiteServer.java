package org.warraq.serve;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;
import org.warraq.output.OutputFile;

/**
 * The preview's HTTP side, on 127.0.0.1 only: the site from memory (folder addresses answered with
 * their {@code index.html}, unknown ones with the site's 404 page), plus three addresses of its own
 * under {@code /__warraq/}: the reload script, the event stream and the latest build's problems as
 * JSON. HTML pages get one {@code <script src>} for the reload script, nothing inline, and every
 * response carries the Content-Security-Policy recommended for the published site, so a page that
 * would break under it breaks in the preview first. Requests naming another host are refused
 * (a web page cannot reach the preview through DNS rebinding).
 */
final class SiteServer implements AutoCloseable {

    /** The policy the README recommends for the published site. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' https: data:; style-src 'self';"
            + " script-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";
    static final String PREFIX = "/__warraq/";
    static final String RELOAD_SCRIPT = PREFIX + "reload.js";
    private static final Pattern HEAD_END = Pattern.compile("(?i)</head\\s*>");
    private static final int MIN_GZIP_BYTES = 512;
    private static final byte[] RELOAD_SCRIPT_BYTES = resource("reload.js");
    private static final byte[] NO_SITE_YET = ("<!DOCTYPE html>\n<html lang=\"en\" dir=\"ltr\"><head><meta charset=\"utf-8\">"
            + "<title>Warraq preview: the build failed</title>" + scriptTag(0) + "</head><body><h1>The site could not be built</h1>"
            + "<p>The problems are listed in the terminal and above. This page reloads when they are fixed.</p></body></html>\n")
            .getBytes(StandardCharsets.UTF_8);

    static {
        // The JDK's server otherwise leaves Nagle's algorithm on: on a kept-alive connection each response then
        // waits for the client's delayed acknowledgement, about 40 ms a request, between a save and its page.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private final LiveSite live;
    private final ReloadEvents events;
    private final HttpServer server;
    private final ExecutorService threads;

    SiteServer(LiveSite live, ReloadEvents events, int port) throws IOException {
        this.live = live;
        this.events = events;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        this.threads = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "warraq-http");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(threads);
        server.createContext("/", this::handle);
    }

    void start() {
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try {
            String method = exchange.getRequestMethod();
            if (!allowedHost(exchange.getRequestHeaders().getFirst("Host"))) {
                text(exchange, 403, "This preview answers only to 127.0.0.1 and localhost.\n");
            } else if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                text(exchange, 405, "Only GET and HEAD.\n");
            } else {
                route(exchange);
                return;
            }
        } catch (IOException | UncheckedIOException e) {
            exchange.close();
            return;
        }
        exchange.close();
    }

    private void route(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        if (path == null || path.isEmpty()) {
            path = "/";
        }
        switch (path) {
            case PREFIX + "events" -> {
                events.open(exchange, live.status().generation());
                return;
            }
            case RELOAD_SCRIPT -> send(exchange, 200, "text/javascript; charset=utf-8", RELOAD_SCRIPT_BYTES);
            case PREFIX + "error" -> send(exchange, 200, "application/json; charset=utf-8",
                    live.status().toJson().getBytes(StandardCharsets.UTF_8));
            default -> page(exchange, path.substring(1));
        }
        exchange.close();
    }

    private void page(HttpExchange exchange, String path) throws IOException {
        MemorySite site = live.site();
        if (site == null) {
            send(exchange, 503, "text/html; charset=utf-8", NO_SITE_YET);
            return;
        }
        String file = path.isEmpty() || path.endsWith("/") ? path + "index.html" : path;
        Optional<OutputFile> found = site.find(file);
        if (found.isEmpty() && site.find(path + "/index.html").isPresent()) {
            String query = exchange.getRequestURI().getRawQuery();
            exchange.getResponseHeaders().set("Location", exchange.getRequestURI().getRawPath() + "/"
                    + (query == null ? "" : "?" + query));
            text(exchange, 301, "Moved to the folder address.\n");
            return;
        }
        int status = 200;
        if (found.isEmpty()) {
            status = 404;
            file = "404.html";
            found = site.find(file);
            if (found.isEmpty()) {
                text(exchange, 404, "Not found.\n");
                return;
            }
        }
        OutputFile output = found.get();
        String type = ContentTypes.of(file);
        if (output.bytes() == null && (!ContentTypes.compressible(type) || MemorySite.size(output) > 8 * 1024 * 1024)) {
            stream(exchange, status, type, output);
            return;
        }
        byte[] bytes;
        try {
            bytes = MemorySite.bytes(output);
        } catch (java.nio.file.NoSuchFileException e) {
            text(exchange, 404, "Not found (the file was just deleted).\n");
            return;
        }
        send(exchange, status, type, type.startsWith("text/html") ? withReloadScript(bytes, site.generation()) : bytes);
    }

    /** The page with the reload script added at the end of its head; the script learns which build it came from. */
    static byte[] withReloadScript(byte[] html, long generation) {
        String text = new String(html, StandardCharsets.UTF_8);
        var end = HEAD_END.matcher(text);
        String injected = end.find()
                ? text.substring(0, end.start()) + scriptTag(generation) + "\n" + text.substring(end.start())
                : text + scriptTag(generation) + "\n";
        return injected.getBytes(StandardCharsets.UTF_8);
    }

    static String scriptTag(long generation) {
        return "<script src=\"" + RELOAD_SCRIPT + "?generation=" + generation + "\" defer></script>";
    }

    private void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        Headers headers = headers(exchange, type);
        byte[] payload = body;
        if (ContentTypes.compressible(type) && body.length >= MIN_GZIP_BYTES && acceptsGzip(exchange)) {
            payload = gzip(body);
            headers.set("Content-Encoding", "gzip");
        }
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : payload.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(payload);
            }
        }
    }

    private void stream(HttpExchange exchange, int status, String type, OutputFile file) throws IOException {
        headers(exchange, type);
        boolean head = exchange.getRequestMethod().equals("HEAD");
        long size;
        try {
            size = Files.size(file.copyOf());
        } catch (java.nio.file.NoSuchFileException e) {
            text(exchange, 404, "Not found (the file was just deleted).\n");
            return;
        }
        exchange.sendResponseHeaders(status, head ? -1 : size == 0 ? -1 : size);
        if (!head && size > 0) {
            try (OutputStream out = exchange.getResponseBody(); InputStream in = Files.newInputStream(file.copyOf())) {
                in.transferTo(out);
            }
        }
    }

    private void text(HttpExchange exchange, int status, String message) throws IOException {
        send(exchange, status, "text/plain; charset=utf-8", message.getBytes(StandardCharsets.UTF_8));
    }

    private static Headers headers(HttpExchange exchange, String type) {
        Headers headers = exchange.getResponseHeaders();
        headers.set("Content-Type", type);
        headers.set("Cache-Control", "no-store");
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        headers.set("Vary", "Accept-Encoding");
        return headers;
    }

    static boolean acceptsGzip(HttpExchange exchange) {
        String accepted = exchange.getRequestHeaders().getFirst("Accept-Encoding");
        if (accepted == null) {
            return false;
        }
        for (String part : accepted.split(",")) {
            String[] pieces = part.strip().split(";");
            String coding = pieces[0].strip().toLowerCase(Locale.ROOT);
            boolean refused = pieces.length > 1 && pieces[1].replace(" ", "").matches("q=0(\\.0*)?");
            if ((coding.equals("gzip") || coding.equals("*")) && !refused) {
                return true;
            }
        }
        return false;
    }

    private boolean allowedHost(String host) {
        if (host == null) {
            return false;
        }
        String name = host.strip().toLowerCase(Locale.ROOT).replaceFirst(":\\d+$", "");
        return name.equals("127.0.0.1") || name.equals("localhost") || name.equals("[::1]");
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 3 + 64);
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(bytes);
        }
        return out.toByteArray();
    }

    private static byte[] resource(String name) {
        try (InputStream in = SiteServer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " missing from the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        events.close();
        server.stop(0);
        threads.shutdownNow();
    }
}
