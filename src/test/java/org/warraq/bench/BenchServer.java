package org.warraq.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.zip.GZIPOutputStream;
import org.warraq.serve.ContentTypes;

/**
 * A static host on 127.0.0.1 as a benchmark sees it: every response gzip-encoded at level 6, compressed
 * once and kept (files that are gzip already are sent as they are), nothing cacheable, and a log of each request with the bytes it
 * cost, when it arrived and when it was answered. A request may carry {@code __b=<epoch ms>}, the moment
 * the page asked for it (before the browser queued it for a connection), so that sequential round trips
 * can be told from parallel ones. Pages given to {@link #page} are served from memory.
 */
final class BenchServer implements AutoCloseable {

    /** One request: the path, its transfer size, and epoch microseconds of asking, arrival and answer. */
    /** Requests whose handler has started and not yet logged them; guarded by this. */
    private int answering;

    record Hit(String path, long bytes, double asked, double arrived, double answered) {
    }

    private final HttpServer server;
    private final Path root;
    private final Map<String, byte[]> pages = new ConcurrentHashMap<>();
    private final Map<String, String> preludes = new ConcurrentHashMap<>();
    private final Map<Path, byte[]> compressed = new ConcurrentHashMap<>();
    private final List<Hit> hits = new ArrayList<>();

    BenchServer(Path root) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(8, r -> {
            Thread t = new Thread(r, "bench-server");
            t.setDaemon(true);
            return t;
        }));
        server.createContext("/", this::handle);
        server.start();
    }

    String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    /** Serves {@code html} at {@code path} (from the root, no leading slash); not logged. */
    void page(String path, String html) {
        pages.put("/" + path, html.getBytes(StandardCharsets.UTF_8));
    }

    /** Prepends {@code js} to the files whose path ends with {@code suffix}; the log counts the file as it is on disk. */
    void prelude(String suffix, String js) {
        preludes.put(suffix, js);
    }

    /**
     * The requests since the last call, and forgets them; first waits for the requests being answered to be
     * logged (a page can have read a response before its handler has logged it).
     */
    synchronized List<Hit> take() throws InterruptedException {
        while (answering > 0) {
            wait();
        }
        List<Hit> out = List.copyOf(hits);
        hits.clear();
        return out;
    }

    private synchronized void started() {
        answering++;
    }

    private synchronized void finished() {
        answering--;
        notifyAll();
    }

    private synchronized void log(Hit hit) {
        hits.add(hit);
    }

    private void handle(HttpExchange exchange) throws IOException {
        started();
        try (exchange) {
            double arrived = micros();
            String raw = exchange.getRequestURI().getRawPath();
            String query = exchange.getRequestURI().getRawQuery();
            String path = URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            byte[] page = pages.get(path);
            if (page != null) {
                send(exchange, "page.html", gzip(page), true);
                return;
            }
            Path file = root.resolve(path.substring(1)).normalize();
            if (Files.isDirectory(file)) {
                file = file.resolve("index.html");
            }
            if (!file.startsWith(root) || !Files.isRegularFile(file)) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            byte[] body = Files.readAllBytes(file);
            boolean gzipped = body.length > 2 && (body[0] & 0xff) == 0x1f && (body[1] & 0xff) == 0x8b;
            byte[] original = body;
            byte[] wire = gzipped ? body : compressed.computeIfAbsent(file, f -> gzip(original));
            long counted = wire.length;
            for (Map.Entry<String, String> p : preludes.entrySet()) {
                if (path.endsWith(p.getKey())) {
                    wire = gzip((p.getValue() + new String(body, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
                }
            }
            String name = file.getFileName().toString();
            send(exchange, name, wire, !gzipped);
            log(new Hit(path, counted, asked(query, arrived), arrived, micros()));
        } finally {
            finished();
        }
    }

    /** Sends bytes as they are, saying they are gzip-encoded when {@code encoded} (files that are gzip already are not). */
    private static void send(HttpExchange exchange, String name, byte[] body, boolean encoded) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", ContentTypes.of(name));
        if (encoded) {
            exchange.getResponseHeaders().set("Content-Encoding", "gzip");
        }
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream o = exchange.getResponseBody()) {
            o.write(body);
        }
    }

    /** gzip at level 6, the default of {@code gzip} and of most static hosts. */
    static byte[] gzip(byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(data.length / 3 + 64);
        try (GZIPOutputStream z = new GZIPOutputStream(out) {
            {
                def.setLevel(6);
            }
        }) {
            z.write(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static double asked(String query, double arrived) {
        if (query != null) {
            for (String part : query.split("&")) {
                if (part.startsWith("__b=")) {
                    return Double.parseDouble(part.substring(4)) * 1000;
                }
            }
        }
        return arrived;
    }

    private static double micros() {
        Instant now = Instant.now();
        return now.getEpochSecond() * 1e6 + now.getNano() / 1e3;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
