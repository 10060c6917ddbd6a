package org.warraq.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Runs queries in headless Chromium over HTTP, each on a fresh page with nothing cached (the server
 * forbids caching): the page loads the engine, searches, and has the top results with their titles and
 * excerpts. For each query: the time from the first byte asked to the results, the requests and bytes
 * the server saw, split into runtime, metadata and query files, and the sequential round trips.
 */
final class ColdQueries {

    static final String WARRAQ_PAGE = "__bench-warraq.html";
    static final String PAGEFIND_PAGE = "__bench-pagefind.html";

    /** Makes every script the page adds say when it was asked (see {@link BenchServer}). */
    static final String SCRIPT_STAMP = "<script>(() => { const d = Object.getOwnPropertyDescriptor(HTMLScriptElement.prototype, 'src');"
            + " Object.defineProperty(HTMLScriptElement.prototype, 'src', { get() { return d.get.call(this); }, set(v) { v = String(v);"
            + " d.set.call(this, v + (v.includes('?') ? '&' : '?') + '__b=' + (performance.timeOrigin + performance.now())); } }); })();</script>";

    /** Makes every fetch of Pagefind's page and worker say when it was asked. */
    static final String FETCH_PRELUDE = "(() => { const f = self.fetch; self.fetch = (u, o) => { u = String(u && u.url ? u.url : u);"
            + " return f(u + (u.includes('?') ? '&' : '?') + '__b=' + (performance.timeOrigin + performance.now()), o); }; })();\n";

    private static final String WARRAQ = """
            const done = arguments[arguments.length - 1];
            const [q, options] = arguments;
            const t0 = performance.now();
            const script = (src) => new Promise((ok, ko) => {
              const el = document.createElement('script');
              el.src = src;
              el.async = false;
              if (src.startsWith('search/')) el.dataset.warraqManifest = '';
              el.onload = () => { el.remove(); ok(); };
              el.onerror = () => { el.remove(); ko(new Error('cannot load ' + src)); };
              document.head.appendChild(el);
            });
            // As site.js does: the engine and the index's manifest in one round trip.
            Promise.all([script('assets/search/analyzer.js'), script('assets/search/engine.js'), script('search/manifest.js')])
              .then(() => warraq.search(q, options))
              .then((r) => done({ ms: performance.now() - t0, total: r.total, requests: r.requests,
                urls: r.results.map((x) => x.url), titles: r.results.filter((x) => x.title).length,
                excerpts: r.results.filter((x) => x.excerpt && x.excerpt.length).length }),
                (e) => done({ error: String(e && e.stack || e) }));
            """;

    private static final String PAGEFIND = """
            const done = arguments[arguments.length - 1];
            const [q, limit] = arguments;
            const t0 = performance.now();
            import('./pagefind/pagefind.js')
              .then(async (pf) => {
                const r = await pf.search(q);
                const top = await Promise.all(r.results.slice(0, limit).map((x) => x.data()));
                done({ ms: performance.now() - t0, total: r.results.length, requests: -1, urls: top.map((d) => d.url),
                  titles: top.filter((d) => d.meta && d.meta.title).length, excerpts: top.filter((d) => d.excerpt).length });
              })
              .catch((e) => done({ error: String(e && e.stack || e) }));
            """;

    /** One cold query: its time, its result, and the requests the server logged for it. */
    record Sample(QueryMix.Query query, double ms, long total, List<String> urls, int excerpts, List<BenchServer.Hit> hits,
                  Predicate<String> runtime, Predicate<String> metadata, int engineRequests) {

        long bytes(Predicate<String> which) {
            return hits.stream().filter(h -> which.test(h.path())).mapToLong(BenchServer.Hit::bytes).sum();
        }

        /** Index and result bytes: everything but the runtime (metadata included). */
        long coldBytes() {
            return bytes(runtime.negate());
        }

        long queryBytes() {
            return bytes(runtime.negate().and(metadata.negate()));
        }

        long files() {
            return hits.stream().filter(h -> runtime.negate().test(h.path())).count();
        }

        /**
         * Round trips from the first request to the results: how many times the page asked for a file while
         * none it had asked for was still on its way (so files asked together count once, however the
         * browser queued them on its connections).
         */
        int sequential() {
            List<BenchServer.Hit> sorted = new ArrayList<>(hits);
            sorted.sort((a, b) -> Double.compare(a.asked(), b.asked()));
            int trips = 0;
            double busyUntil = Double.NEGATIVE_INFINITY;
            for (BenchServer.Hit h : sorted) {
                if (h.asked() >= busyUntil) {
                    trips++;
                }
                busyUntil = Math.max(busyUntil, h.answered());
            }
            return trips;
        }
    }

    static final Predicate<String> WARRAQ_RUNTIME = p -> p.startsWith("/assets/search/");
    static final Predicate<String> WARRAQ_METADATA = p -> p.equals("/search/manifest.js");
    static final Predicate<String> PAGEFIND_RUNTIME = p -> p.endsWith("/pagefind.js") || p.endsWith("/pagefind-worker.js") || p.contains("/wasm.");
    static final Predicate<String> PAGEFIND_METADATA = p -> p.endsWith("/pagefind-entry.json") || p.endsWith(".pf_meta");

    private final ChromeDriver driver;
    private final BenchServer server;

    ColdQueries(ChromeDriver driver, BenchServer server) {
        this.driver = driver;
        this.server = server;
        String head = "<!DOCTYPE html><html lang=\"ar\" dir=\"rtl\" data-root=\"\"><head><meta charset=\"utf-8\"><title>bench</title>";
        server.page(WARRAQ_PAGE, head + SCRIPT_STAMP + "</head><body></body></html>");
        server.page(PAGEFIND_PAGE, head + "</head><body></body></html>");
        server.prelude("/pagefind.js", FETCH_PRELUDE);
        server.prelude("/pagefind-worker.js", FETCH_PRELUDE);
    }

    /** Warraq with the given search options (a JavaScript object as a map). */
    Sample warraq(QueryMix.Query q, Map<String, Object> options) throws InterruptedException {
        return run(q, WARRAQ_PAGE, WARRAQ, List.of(q.text(), options), WARRAQ_RUNTIME, WARRAQ_METADATA);
    }

    /** Pagefind: search, then the data (title, excerpt, address) of the first {@code limit} results. */
    Sample pagefind(QueryMix.Query q, int limit) throws InterruptedException {
        return run(q, PAGEFIND_PAGE, PAGEFIND, List.of(q.text(), limit), PAGEFIND_RUNTIME, PAGEFIND_METADATA);
    }

    @SuppressWarnings("unchecked")
    private Sample run(QueryMix.Query q, String page, String script, List<Object> args, Predicate<String> runtime, Predicate<String> metadata)
            throws InterruptedException {
        driver.get("about:blank");
        driver.get(server.base() + page);
        server.take();
        Map<String, Object> r = (Map<String, Object>) driver.executeAsyncScript(script, args.toArray());
        List<BenchServer.Hit> hits = server.take();
        if (r.get("error") != null) {
            throw new IllegalStateException(q.text() + ": " + r.get("error"));
        }
        return new Sample(q, ((Number) r.get("ms")).doubleValue(), ((Number) r.get("total")).longValue(), (List<String>) r.get("urls"),
                ((Number) r.get("excerpts")).intValue(), hits, runtime, metadata, ((Number) r.get("requests")).intValue());
    }
}
