package org.warraq.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The open browser tabs, each listening on {@code /__warraq/events} (server-sent events). A
 * rebuild is announced to all of them; a tab that went away is forgotten at the next message.
 */
final class ReloadEvents implements AutoCloseable {

    private final List<HttpExchange> tabs = new CopyOnWriteArrayList<>();

    /** Keeps the exchange open as an event stream and greets the tab with the current generation. */
    void open(HttpExchange exchange, long generation) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        tabs.add(exchange);
        send(exchange, "retry: 500\n\n" + message("hello", generation));
    }

    int tabs() {
        return tabs.size();
    }

    void reload(long generation) {
        broadcast(message("reload", generation));
    }

    void problem(long generation) {
        broadcast(message("problem", generation));
    }

    /** A comment line: proxies and browsers keep the stream open, and closed tabs are noticed. */
    void ping() {
        broadcast(": ping\n\n");
    }

    private static String message(String event, long generation) {
        return "event: " + event + "\ndata: {\"generation\":" + generation + "}\n\n";
    }

    private void broadcast(String text) {
        for (HttpExchange tab : tabs) {
            send(tab, text);
        }
    }

    private void send(HttpExchange tab, String text) {
        OutputStream body = tab.getResponseBody();
        try {
            synchronized (tab) {
                body.write(text.getBytes(StandardCharsets.UTF_8));
                body.flush();
            }
        } catch (IOException e) {
            tabs.remove(tab);
            tab.close();
        }
    }

    @Override
    public void close() {
        for (HttpExchange tab : tabs) {
            tab.close();
        }
        tabs.clear();
    }
}
