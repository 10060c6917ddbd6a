package org.warraq.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The search benchmark (docs/search.md, "Measured"): for each corpus size, generate the corpus, build the
 * site with the shaded jar (time, peak memory), measure the index on disk, index the same pages with
 * Pagefind, then in headless Chromium over HTTP run a fixed mix of cold queries on both engines (bytes as
 * gzip -6, requests, round trips, time to first results; the engines take turns query by query, so that
 * the machine's load falls on both alike), recall at 10 on inflected forms, and whether each works from
 * file://. Prints the figures; run it with {@code mvn -Pbench-search package}.
 *
 * <p>System properties: {@code bench.articles} (sizes, default {@code 1000,10000}), {@code bench.dir}
 * (work folder), {@code bench.jar}, {@code bench.templates}, {@code bench.xmx} (the build's heap),
 * {@code bench.recall} (pairs, default 200), {@code bench.pagefind} (the pagefind command, else the
 * {@code PAGEFIND} environment variable; without either the Pagefind half is skipped), {@code bench.jvm} (the JVM
 * options file the build runs with, default {@code bin/jvm.options}; empty for the JVM's defaults).
 */
public final class SearchBenchmark {

    static final Instant NOW = Instant.parse("2030-01-01T00:00:00Z");
    static final int RESULTS = 10;

    private final Path work;
    private final Path jar;
    private final Path templates;
    private final String xmx;
    private final int recallPairs;
    private final String pagefind;
    private final PrintStream out;

    private SearchBenchmark(PrintStream out) {
        this.out = out;
        work = Path.of(System.getProperty("bench.dir", "target/bench-search")).toAbsolutePath();
        jar = Path.of(System.getProperty("bench.jar", "target/warraq.jar")).toAbsolutePath();
        templates = Path.of(System.getProperty("bench.templates", "templates")).toAbsolutePath();
        xmx = System.getProperty("bench.xmx", "8g");
        recallPairs = Integer.getInteger("bench.recall", 200);
        String pf = System.getProperty("bench.pagefind", "");
        pagefind = !pf.isBlank() ? pf : System.getenv("PAGEFIND");
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        SearchBenchmark bench = new SearchBenchmark(out);
        int[] sizes = Arrays.stream(System.getProperty("bench.articles", "1000,10000").split(",")).map(String::strip)
                .mapToInt(Integer::parseInt).toArray();
        for (int n : sizes) {
            bench.run(n);
        }
    }

    private void run(int n) throws IOException, InterruptedException {
        Path dir = work.resolve(String.valueOf(n));
        deleteTree(dir);
        Files.createDirectories(dir);
        Path content = new CorpusGenerator(1).write(dir, n);
        Path site = dir.resolve("site");
        SiteBuildProcess.Run build = SiteBuildProcess.run(WarraqJava.command(jar, xmx, "build", "--content", content.toString(),
                "--templates", templates.toString(), "--out", site.toString(), "--now", NOW.toString(), "--no-cache"), dir.resolve("build.log"));
        Map<String, IndexSize.Size> ours = IndexSize.of(site.resolve("search"));
        IndexSize.Size core = IndexSize.files(site.resolve("assets/search"), List.of("analyzer.js", "engine.js"));

        out.printf("%n## %,d articles%n%n", n);
        out.printf("Corpus: CorpusGenerator seed 1 (about 830 words an article). Build: %.1f s wall, peak RSS %s (java -Xmx%s -jar warraq.jar build, %s).%n",
                build.seconds(), Figures.mb(build.peakRssKb() * 1024.0), xmx, WarraqJava.described());

        SiteBuildProcess.Run pfRun = null;
        if (pagefind == null || pagefind.isBlank()) {
            out.println("\n*** PAGEFIND SKIPPED: pass -Dbench.pagefind=/path/to/pagefind or set PAGEFIND (npm install pagefind;"
                    + " the command is node_modules/.bin/pagefind) ***");
        } else {
            pfRun = SiteBuildProcess.run(List.of(pagefind, "--site", site.toString(), "--output-subdir", "pagefind", "--root-selector",
                    "article", "--glob", "[0-9][0-9][0-9][0-9]/*/*/index.html"), dir.resolve("pagefind.log"));
            out.printf("Pagefind: indexed the same %,d article pages (root selector `article`) in %.1f s.%n", n, pfRun.seconds());
        }
        sizes(ours, core, pfRun == null ? null : IndexSize.of(site.resolve("pagefind")));

        if (!HeadlessChromium.present()) {
            out.println("\n*** BROWSER FIGURES SKIPPED: " + HeadlessChromium.CHROMIUM + " or " + HeadlessChromium.CHROMEDRIVER + " is missing ***");
            return;
        }
        BenchCorpus corpus = BenchCorpus.load(content, NOW);
        List<QueryMix.Query> mix = QueryMix.of(corpus);
        List<InflectedQueries.Pair> pairs = InflectedQueries.of(corpus, recallPairs);
        ChromeDriver driver = HeadlessChromium.start(dir.resolve("profile"));
        try (BenchServer server = new BenchServer(site)) {
            ColdQueries cold = new ColdQueries(driver, server);
            List<ColdQueries.Sample> warraq = new ArrayList<>();
            List<ColdQueries.Sample> header = new ArrayList<>();
            List<ColdQueries.Sample> pf = new ArrayList<>();
            for (QueryMix.Query q : mix) {
                warraq.add(cold.warraq(q, Map.of("facets", false)));
                header.add(cold.warraq(q, Map.of("limit", 5, "facets", false, "excerpts", false)));
                if (pfRun != null) {
                    pf.add(cold.pagefind(q, RESULTS));
                }
            }
            Recall.Result ourRecall = Recall.warraq(driver, server, pairs);
            Recall.Result theirRecall = pfRun == null ? null : Recall.pagefind(driver, server, pairs);
            IndexSize.Size columns = IndexSize.files(site.resolve("search"), List.of("columns.js"));
            coldTable(warraq, header, pf, core, columns);
            kinds(warraq, pf);
            recall(pairs, ourRecall, theirRecall);
            fromDisk(driver, site, mix, pfRun != null);
            targets(n, warraq, core);
            out.println("\nQuery mix: " + String.join(" | ", mix.stream().map(q -> q.kind() + ": " + q.text()).toList()));
        } finally {
            driver.quit();
        }
    }

    private void sizes(Map<String, IndexSize.Size> ours, IndexSize.Size core, Map<String, IndexSize.Size> theirs) {
        out.println("\n### Index on disk (gzipped: each file alone, level 6)\n");
        out.println("| | files | raw | gzipped |");
        out.println("|---|---:|---:|---:|");
        row("Warraq `search/`", IndexSize.total(ours));
        ours.forEach((family, size) -> row("  `" + family + (family.endsWith(".js") ? "`" : "/`"), size));
        row("Warraq core (analyzer.js + engine.js)", core);
        if (theirs != null) {
            row("Pagefind `pagefind/` (files are gzip already)", IndexSize.total(theirs));
        }
    }

    private void row(String name, IndexSize.Size s) {
        out.printf("| %s | %s | %s | %s |%n", name, Figures.num(s.files()), Figures.kb(s.raw()), Figures.kb(s.gzipped()));
    }

    private void coldTable(List<ColdQueries.Sample> page, List<ColdQueries.Sample> header, List<ColdQueries.Sample> pf,
                           IndexSize.Size core, IndexSize.Size columns) {
        out.printf("%n### Cold queries: %d queries, each on a fresh page, over HTTP, gzip -6, nothing cached (median / p95)%n%n", page.size());
        out.println("| | Warraq, search page: 10 results with excerpts | Warraq, header box: 5 titles | Pagefind: search + 10 × data() | Warraq page / Pagefind (medians) |");
        out.println("|---|---|---|---|---|");
        line("bytes per cold query (metadata, index, results)", page, header, pf, s -> s.coldBytes(), Figures::kb);
        line("  of which metadata (manifest.js; entry + pf_meta)", page, header, pf, s -> s.coldBytes() - s.queryBytes(), Figures::kb);
        line("files per cold query (runtime excluded)", page, header, pf, s -> s.files(), Figures::num);
        line("sequential round trips to results (runtime included)", page, header, pf, s -> s.sequential(), Figures::num);
        line("time to first results (runtime load included)", page, header, pf, s -> s.ms(), Figures::ms);
        double pfRuntime = pf.isEmpty() ? Double.NaN : Figures.median(pf, s -> s.bytes(ColdQueries.PAGEFIND_RUNTIME));
        out.printf("| runtime before the first query (gzipped) | %s (analyzer.js + engine.js) | same | %s (pagefind.js, worker, wasm) | %s |%n",
                Figures.kb(core.gzipped()), Figures.kb(pfRuntime), Figures.ratio(core.gzipped(), pfRuntime));
        out.printf("%nThe search page also shows facets: it loads `columns.js` once, %s gzipped (not in the figures above).%n",
                Figures.kb(columns.gzipped()));
    }

    private void line(String name, List<ColdQueries.Sample> page, List<ColdQueries.Sample> header, List<ColdQueries.Sample> pf,
                      ToDoubleFunction<ColdQueries.Sample> f, java.util.function.DoubleFunction<String> format) {
        out.printf("| %s | %s / %s | %s / %s | %s / %s | %s |%n", name,
                format.apply(Figures.median(page, f)), format.apply(Figures.p95(page, f)),
                format.apply(Figures.median(header, f)), format.apply(Figures.p95(header, f)),
                pf.isEmpty() ? "–" : format.apply(Figures.median(pf, f)), pf.isEmpty() ? "–" : format.apply(Figures.p95(pf, f)),
                pf.isEmpty() ? "–" : Figures.ratio(Figures.median(page, f), Figures.median(pf, f)));
    }

    private void kinds(List<ColdQueries.Sample> page, List<ColdQueries.Sample> pf) {
        out.println("\n### By kind of query: median bytes per cold query and round trips (Warraq page | Pagefind)\n");
        out.println("| kind | queries | Warraq | Pagefind |");
        out.println("|---|---:|---|---|");
        Map<String, List<Integer>> byKind = new LinkedHashMap<>();
        for (int i = 0; i < page.size(); i++) {
            byKind.computeIfAbsent(page.get(i).query().kind(), k -> new ArrayList<>()).add(i);
        }
        byKind.forEach((kind, idx) -> {
            List<ColdQueries.Sample> ours = idx.stream().map(page::get).toList();
            List<ColdQueries.Sample> theirs = pf.isEmpty() ? List.of() : idx.stream().map(pf::get).toList();
            out.printf("| %s | %d | %s, %s trips | %s |%n", kind, idx.size(), Figures.kb(Figures.median(ours, s -> s.coldBytes())),
                    Figures.num(Figures.median(ours, s -> s.sequential())),
                    theirs.isEmpty() ? "–" : Figures.kb(Figures.median(theirs, s -> s.coldBytes())) + ", "
                            + Figures.num(Figures.median(theirs, s -> s.sequential())) + " trips");
        });
        out.println("\nRound trips of each query on the search page, the runtime's included (in brackets, the requests the engine"
                + " counted, the manifest's included):\n");
        StringBuilder each = new StringBuilder();
        for (ColdQueries.Sample s : page) {
            each.append(each.length() > 0 ? " · " : "").append(s.query().text()).append(' ').append(s.sequential())
                    .append(" (").append(s.engineRequests()).append(')');
        }
        out.println(each);
    }

    private void recall(List<InflectedQueries.Pair> pairs, Recall.Result ours, Recall.Result theirs) {
        out.printf("%n### Recall@10 on inflected forms: %d (article, query) pairs, the word's family in at most %d articles%n%n",
                pairs.size(), InflectedQueries.MAX_FAMILY);
        out.println("| | overall | " + String.join(" | ", InflectedQueries.KINDS) + " |");
        out.println("|---|---:|" + "---:|".repeat(InflectedQueries.KINDS.size()));
        recallRow("Warraq", ours);
        if (theirs != null) {
            recallRow("Pagefind", theirs);
        }
        out.println("\nExamples of pairs: " + String.join(", ", pairs.stream().limit(8).map(p -> p.original() + " → " + p.query()).toList()));
        out.println("Warraq misses: " + String.join(", ", ours.misses().stream().limit(10).toList()));
        if (theirs != null) {
            out.println("Pagefind misses: " + String.join(", ", theirs.misses().stream().limit(10).toList()));
        }
    }

    private void recallRow(String name, Recall.Result r) {
        StringBuilder row = new StringBuilder("| " + name + " | " + Figures.percent(r.overall()) + " |");
        for (String kind : InflectedQueries.KINDS) {
            row.append(' ').append(Figures.percent(r.byKind().getOrDefault(kind, Double.NaN))).append(" |");
        }
        out.println(row);
    }

    /** The search page from file:// (Warraq), and Pagefind's API from a page on disk. */
    private void fromDisk(ChromeDriver driver, Path site, List<QueryMix.Query> mix, boolean pagefindIndexed) throws IOException {
        String word = mix.stream().filter(q -> q.kind().equals("rare")).findFirst().orElseThrow().text();
        out.println("\n### From disk (file://, a reader's browser without flags)\n");
        driver.get(site.resolve("search/index.html").toUri() + "?q=" + java.net.URLEncoder.encode(word, StandardCharsets.UTF_8));
        String ours;
        try {
            new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> !d.findElements(By.cssSelector(".search-results li")).isEmpty());
            ours = "works: " + driver.findElements(By.cssSelector(".search-results li")).size() + " results for «" + word + "» on search/index.html";
        } catch (RuntimeException e) {
            ours = "does not work: " + e.getClass().getSimpleName();
        }
        out.println("- Warraq: " + ours);
        if (pagefindIndexed) {
            Path probe = site.resolve("__pagefind-from-disk.html");
            Files.writeString(probe, "<!DOCTYPE html><meta charset=\"utf-8\"><title>waiting</title><script type=\"module\">"
                    + "import('./pagefind/pagefind.js').then((pf) => pf.search(" + jsString(word) + "))"
                    + ".then((r) => { document.title = 'works: ' + r.results.length + ' results'; },"
                    + " (e) => { document.title = 'does not work: ' + e.message; });</script>", StandardCharsets.UTF_8);
            driver.get(probe.toUri().toString());
            String title;
            try {
                new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> !"waiting".equals(d.getTitle()));
                title = driver.getTitle();
            } catch (RuntimeException e) {
                title = "does not work: no answer in 30 s";
            }
            out.println("- Pagefind: " + title);
        }
    }

    private void targets(int n, List<ColdQueries.Sample> page, IndexSize.Size core) {
        double median = Figures.median(page, s -> s.coldBytes());
        out.printf("%nTargets (at 10,000 articles): median cold query under 35 kB: %s (%s at %,d articles); core under 15 kB gzipped: %s (%s).%n",
                median < 35_000 ? "met" : "NOT met", Figures.kb(median), n, core.gzipped() < 15_000 ? "met" : "NOT met", Figures.kb(core.gzipped()));
    }

    private static String jsString(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
