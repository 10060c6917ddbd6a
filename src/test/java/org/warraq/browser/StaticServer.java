package org.warraq.browser;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.warraq.serve.ContentTypes;

/**
 * The JDK's HTTP server on 127.0.0.1 with an ephemeral port, serving a built site under a sub-path
 * (e.g. {@code http://127.0.0.1:PORT/warraq/}), the way a site is often published. GET and HEAD only.
 */
public final class StaticServer implements AutoCloseable {

    private final HttpServer server;
    private final Path root;
    private final String prefix;

    public StaticServer(Path root, String prefix) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.prefix = prefix;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    /** The site's address, ending in a slash. */
    public String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + prefix;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            URI uri = exchange.getRequestURI();
            String raw = uri.getRawPath();
            if (!raw.startsWith(prefix)) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            Path file = root.resolve(URLDecoder.decode(raw.substring(prefix.length()).replace("+", "%2B"), StandardCharsets.UTF_8))
                    .normalize();
            if (!file.startsWith(root)) {
                exchange.sendResponseHeaders(403, -1);
                return;
            }
            if (Files.isDirectory(file)) {
                if (!raw.endsWith("/")) {
                    exchange.getResponseHeaders().set("Location", raw + "/" + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
                    exchange.sendResponseHeaders(301, -1);
                    return;
                }
                file = file.resolve("index.html");
            }
            if (!Files.isRegularFile(file)) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            byte[] body = Files.readAllBytes(file);
            exchange.getResponseHeaders().set("Content-Type", ContentTypes.of(file.getFileName().toString()));
            if (method.equals("HEAD")) {
                exchange.sendResponseHeaders(200, -1);
                return;
            }
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
