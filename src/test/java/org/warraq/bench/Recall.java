package org.warraq.bench;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Recall at 10 on inflected forms ({@link InflectedQueries}): for each engine, one page runs every query
 * and returns the addresses of its first ten results; a query counts when the target article is among them.
 */
final class Recall {

    private static final String WARRAQ = """
            const done = arguments[arguments.length - 1];
            const queries = arguments[0];
            const script = (src) => new Promise((ok, ko) => {
              const el = document.createElement('script');
              el.src = src;
              el.onload = ok;
              el.onerror = () => ko(new Error('cannot load ' + src));
              document.head.appendChild(el);
            });
            Promise.all([script('assets/search/analyzer.js'), script('assets/search/engine.js')]).then(async () => {
              const out = [];
              for (const q of queries) out.push((await warraq.search(q, { facets: false, excerpts: false })).results.map((r) => r.url));
              return out;
            }).then(done, (e) => done(String(e && e.stack || e)));
            """;

    private static final String PAGEFIND = """
            const done = arguments[arguments.length - 1];
            const queries = arguments[0];
            import('./pagefind/pagefind.js').then(async (pf) => {
              const out = [];
              for (const q of queries) {
                const r = await pf.search(q);
                out.push((await Promise.all(r.results.slice(0, 10).map((x) => x.data()))).map((d) => d.url));
              }
              return out;
            }).then(done, (e) => done(String(e && e.stack || e)));
            """;

    /** Recall overall and by kind of inflection. */
    record Result(double overall, Map<String, Double> byKind, List<String> misses) {
    }

    private Recall() {
    }

    static Result warraq(ChromeDriver driver, BenchServer server, List<InflectedQueries.Pair> pairs) {
        return run(driver, server.base() + ColdQueries.WARRAQ_PAGE, WARRAQ, pairs);
    }

    static Result pagefind(ChromeDriver driver, BenchServer server, List<InflectedQueries.Pair> pairs) {
        return run(driver, server.base() + ColdQueries.PAGEFIND_PAGE, PAGEFIND, pairs);
    }

    @SuppressWarnings("unchecked")
    private static Result run(ChromeDriver driver, String page, String script, List<InflectedQueries.Pair> pairs) {
        driver.get(page);
        Object out = driver.executeAsyncScript(script, pairs.stream().map(InflectedQueries.Pair::query).toList());
        if (!(out instanceof List)) {
            throw new IllegalStateException("recall run failed: " + out);
        }
        List<List<String>> results = (List<List<String>>) out;
        Map<String, int[]> kinds = new TreeMap<>();
        List<String> misses = new ArrayList<>();
        int found = 0;
        for (int i = 0; i < pairs.size(); i++) {
            InflectedQueries.Pair p = pairs.get(i);
            boolean hit = results.get(i).stream().map(Recall::address).anyMatch(address(p.url())::equals);
            found += hit ? 1 : 0;
            int[] k = kinds.computeIfAbsent(p.kind(), x -> new int[2]);
            k[0] += hit ? 1 : 0;
            k[1]++;
            if (!hit) {
                misses.add(p.original() + " → " + p.query());
            }
        }
        Map<String, Double> byKind = new TreeMap<>();
        kinds.forEach((kind, k) -> byKind.put(kind, (double) k[0] / k[1]));
        return new Result(pairs.isEmpty() ? Double.NaN : (double) found / pairs.size(), byKind, misses);
    }

    /** An article's address in either engine's form: decoded, from the site root, without {@code index.html}. */
    static String address(String url) {
        String a = URLDecoder.decode(url.replace("+", "%2B"), StandardCharsets.UTF_8);
        a = a.replaceFirst("^(\\./|/)+", "");
        return a.endsWith("index.html") ? a.substring(0, a.length() - "index.html".length()) : a;
    }
}
