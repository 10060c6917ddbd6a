package org.warraq.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The build benchmark (docs/performance.md): for each corpus size, generate the corpus, then build it
 * several times with the shaded jar as a user would ({@code warraq build --timings}), rebuild after one
 * article changes, and, side by side on the same articles, build it with Hugo and index Hugo's pages with
 * Pagefind. Prints medians of wall time, CPU time (all threads) and peak RSS, CPU per article, and the
 * build's own per-stage times. Not a test: run it with {@code mvn -B -Pbench package}.
 *
 * <p>System properties: {@code bench.articles} (default {@code 1000,10000}), {@code bench.runs} (default
 * 3), {@code bench.dir}, {@code bench.jar}, {@code bench.templates}, {@code bench.xmx} (the build's heap),
 * {@code bench.hugo} (default {@code hugo}; {@code none} skips it), {@code bench.pagefind} (else the
 * {@code PAGEFIND} environment variable; without either Pagefind is skipped), {@code bench.edits} (saves
 * measured on the live previews, {@code warraq serve} and {@code hugo server}; default 5, 0 skips them),
 * {@code bench.rebuilds} (rebuilds after one change; default {@code bench.runs}, 0 skips them), {@code bench.related}
 * ({@code false} skips Hugo's build with related articles, which is slow at 100,000 articles; Pagefind then indexes
 * Hugo's plain build), {@code bench.jvm} (the JVM options file Warraq runs with, default {@code bin/jvm.options};
 * empty for the JVM's defaults).
 */
public final class BuildBenchmark {

    private static final Pattern STAGE = Pattern.compile("stage (\\S+)\\s+wall\\s+([\\d.]+) ms\\s+cpu\\s+([\\d.]+) ms");

    private final PrintStream out;
    private final Path work;
    private final Path jar;
    private final Path templates;
    private final String xmx;
    private final int runs;
    private final String hugo;
    private final String pagefind;
    private final int edits;
    private final int rebuilds;
    private final boolean related;

    private BuildBenchmark(PrintStream out) {
        this.out = out;
        work = Path.of(System.getProperty("bench.dir", "target/bench")).toAbsolutePath();
        jar = Path.of(System.getProperty("bench.jar", "target/warraq.jar")).toAbsolutePath();
        templates = Path.of(System.getProperty("bench.templates", "templates")).toAbsolutePath();
        xmx = System.getProperty("bench.xmx", "8g");
        runs = Integer.getInteger("bench.runs", 3);
        hugo = System.getProperty("bench.hugo", "hugo");
        String pf = System.getProperty("bench.pagefind", "");
        pagefind = !pf.isBlank() ? pf : System.getenv("PAGEFIND");
        edits = Integer.getInteger("bench.edits", 5);
        rebuilds = Integer.getInteger("bench.rebuilds", runs);
        related = Boolean.parseBoolean(System.getProperty("bench.related", "true"));
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        BuildBenchmark bench = new BuildBenchmark(out);
        int[] sizes = Arrays.stream(System.getProperty("bench.articles", "1000,10000").split(",")).map(String::strip)
                .mapToInt(Integer::parseInt).toArray();
        out.printf("# Build benchmark: %d cores, java %s, %s; Warraq runs with %s%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), System.getProperty("os.name"), WarraqJava.described());
        for (int n : sizes) {
            bench.run(n);
        }
    }

    /** One measured process, with the stages the build reported. */
    private record Sample(SiteBuildProcess.Run run, Map<String, double[]> stages) {
    }

    private void run(int n) throws IOException, InterruptedException {
        Path dir = work.resolve(String.valueOf(n));
        SearchBenchmark.deleteTree(dir);
        Files.createDirectories(dir);
        Path content = new CorpusGenerator(1).write(dir, n);
        Path site = dir.resolve("site");
        Path cache = dir.resolve("cache");
        List<Sample> clean = new ArrayList<>();
        for (int r = 0; r < runs; r++) {
            SearchBenchmark.deleteTree(site);
            SearchBenchmark.deleteTree(cache);
            clean.add(warraq(content, site, cache, dir.resolve("build-" + r + ".log")));
        }
        // Each rebuild follows its own edit of one article, so the cache never holds the edited body.
        Path changed = firstArticle(content);
        List<Sample> again = new ArrayList<>();
        for (int r = 0; r < rebuilds; r++) {
            Files.writeString(changed, Files.readString(changed) + "\nفقرة " + (r + 1) + " أضيفت لقياس إعادة البناء بعد تغيير مقال واحد.\n");
            again.add(warraq(content, site, cache, dir.resolve("rebuild-" + r + ".log")));
        }
        List<Sample> uncached = new ArrayList<>();
        if (rebuilds > 0) {
            Files.writeString(changed, Files.readString(changed) + "\nفقرة أخيرة أضيفت لإعادة البناء دون ذاكرة البناء.\n");
            uncached.add(warraq(content, site, null, dir.resolve("rebuild-uncached.log")));
        }

        List<SiteBuildProcess.Run> hugoRuns = new ArrayList<>();
        List<SiteBuildProcess.Run> hugoPlainRuns = new ArrayList<>();
        List<SiteBuildProcess.Run> pagefindRuns = new ArrayList<>();
        String skipped = "";
        String pagefindFailed = "";
        if (!"none".equals(hugo) && available(hugo)) {
            Path hugoDir = related ? HugoSite.write(dir.resolve("hugo"), content, true) : null;
            Path plainDir = HugoSite.write(dir.resolve("hugo-plain"), content, false);
            for (int r = 0; r < runs; r++) {
                SearchBenchmark.deleteTree(dir.resolve("hugo-plain-out"));
                hugoPlainRuns.add(SiteBuildProcess.run(List.of(hugo, "--source", plainDir.toString(), "--destination",
                        dir.resolve("hugo-plain-out").toString(), "--quiet"), dir.resolve("hugo-plain-" + r + ".log")));
                if (related) {
                    SearchBenchmark.deleteTree(dir.resolve("hugo-out"));
                    hugoRuns.add(SiteBuildProcess.run(List.of(hugo, "--source", hugoDir.toString(), "--destination",
                            dir.resolve("hugo-out").toString(), "--quiet"), dir.resolve("hugo-" + r + ".log")));
                }
                if (pagefind != null && !pagefind.isBlank() && pagefindFailed.isEmpty()) {
                    Path indexed = dir.resolve(related ? "hugo-out" : "hugo-plain-out");
                    SearchBenchmark.deleteTree(indexed.resolve("pagefind"));
                    SiteBuildProcess.Run run = SiteBuildProcess.attempt(List.of(pagefind, "--site", indexed.toString()),
                            dir.resolve("pagefind-" + r + ".log"));
                    if (run.exitCode() == 0) {
                        pagefindRuns.add(run);
                    } else {
                        pagefindFailed = String.format(Locale.ROOT, "%n*** PAGEFIND FAILED on %,d articles: exit code %d after %.1f s, "
                                + "peak RSS %s (the kernel log says whether it was killed for want of memory); see %s ***%n",
                                n, run.exitCode(), run.seconds(), Figures.mb(run.peakRssKb() * 1024.0), dir.resolve("pagefind-" + r + ".log"));
                    }
                }
            }
            skipped = pagefindFailed;
            if (pagefindRuns.isEmpty() && pagefindFailed.isEmpty()) {
                skipped = "\n*** PAGEFIND SKIPPED: pass -Dbench.pagefind=/path/to/pagefind or set PAGEFIND ***\n";
            }
        } else {
            skipped = "\n*** HUGO SKIPPED: '" + hugo + "' is not on this machine (apt-get install hugo, or -Dbench.hugo=PATH) ***\n";
        }

        PreviewLatency.Result preview = null;
        PreviewLatency.Result hugoPreview = null;
        if (edits > 0) {
            int port = PreviewLatency.freePort();
            preview = PreviewLatency.measure(WarraqJava.command(jar, xmx, "serve",
                            "--content", content.toString(), "--templates", templates.toString(), "--port", String.valueOf(port),
                            "--now", SearchBenchmark.NOW.toString()), dir.resolve("serve.log"), changed,
                    "http://127.0.0.1:" + port + "/" + warraqPath(content, changed), "brought up to date", edits);
            if (!hugoPlainRuns.isEmpty()) {
                int hugoPort = PreviewLatency.freePort();
                Path relative = content.relativize(changed);
                String hugoPath = relative.toString().replace('\\', '/').replaceFirst("\\.md$", "/");
                hugoPreview = PreviewLatency.measure(List.of(hugo, "server", "--source", dir.resolve("hugo-plain").toString(),
                                "--bind", "127.0.0.1", "--port", String.valueOf(hugoPort), "--baseURL", "http://127.0.0.1:" + hugoPort + "/",
                                "--disableLiveReload", "--appendPort=false"),
                        dir.resolve("hugo-server.log"), changed, "http://127.0.0.1:" + hugoPort + "/" + hugoPath, "Total in", edits);
            }
        }

        out.printf("%n## %,d articles (CorpusGenerator seed 1, about 830 words each), median of %d runs%n%n", n, runs);
        out.println("| build | wall | CPU | CPU per article | peak RSS |");
        out.println("|---|---|---|---|---|");
        row("Warraq, clean (pages, feeds, related, search index)", clean.stream().map(Sample::run).toList(), n);
        if (!again.isEmpty()) {
            row("Warraq, after one article changed, with the build cache", again.stream().map(Sample::run).toList(), n);
            row("Warraq, after one article changed, without the build cache (one run)", uncached.stream().map(Sample::run).toList(), n);
        }
        if (!hugoPlainRuns.isEmpty()) {
            row("Hugo " + version(hugo) + " (pages, feeds)", hugoPlainRuns, n);
        }
        if (!hugoRuns.isEmpty()) {
            row("Hugo " + version(hugo) + " (pages, feeds, five related articles a page)", hugoRuns, n);
        }
        if (!pagefindRuns.isEmpty()) {
            row("Pagefind on Hugo's pages (search index)", pagefindRuns, n);
            List<SiteBuildProcess.Run> plain = sum(hugoPlainRuns, pagefindRuns);
            List<SiteBuildProcess.Run> both = sum(hugoRuns, pagefindRuns);
            row("Hugo (pages, feeds) + Pagefind", plain, n);
            if (!hugoRuns.isEmpty()) {
                row("Hugo (with related) + Pagefind", both, n);
            }
            double ours = median(clean.stream().map(Sample::run).toList(), SiteBuildProcess.Run::seconds);
            out.printf(Locale.ROOT, "%nWall time, Warraq ÷ Hugo (pages, feeds): %.2f; ÷ (Hugo + Pagefind): %.2f",
                    ours / median(hugoPlainRuns, SiteBuildProcess.Run::seconds), ours / median(plain, SiteBuildProcess.Run::seconds));
            out.printf(Locale.ROOT, hugoRuns.isEmpty() ? "%n" : "; ÷ (Hugo with related + Pagefind): %.2f%n",
                    ours / median(both, SiteBuildProcess.Run::seconds));
        }
        out.print(skipped);
        if (preview != null) {
            out.printf("%nLive preview, save to page (median of %d edits, one article, a new paragraph each time):%n%n", edits);
            out.println("| server | start (site built, first page served) | save → page shows the edit | save → related, key terms, places, search up to date |");
            out.println("|---|---|---|---|");
            out.printf(Locale.ROOT, "| warraq serve | %.1f s | %.0f ms (all: %s) | %.1f s |%n", preview.startSeconds(),
                    median(preview.page(), d -> d), whole(preview.page()), median(preview.followUp(), d -> d) / 1000);
            if (hugoPreview != null) {
                out.printf(Locale.ROOT, "| hugo server (pages, feeds) | %.1f s | %.0f ms (all: %s) | (no search index) |%n",
                        hugoPreview.startSeconds(), median(hugoPreview.page(), d -> d), whole(hugoPreview.page()));
            }
        }
        out.println("\nWarraq's stages (medians; CPU is the whole process's, all threads):\n");
        out.println("| stage | clean, wall | clean, CPU | rebuild with the cache, wall | rebuild with the cache, CPU |");
        out.println("|---|---|---|---|---|");
        for (String stage : clean.get(0).stages().keySet()) {
            out.printf(Locale.ROOT, "| %s | %.0f ms | %.0f ms | %.0f ms | %.0f ms |%n", stage,
                    median(clean, s -> s.stages().getOrDefault(stage, new double[2])[0]),
                    median(clean, s -> s.stages().getOrDefault(stage, new double[2])[1]),
                    median(again, s -> s.stages().getOrDefault(stage, new double[2])[0]),
                    median(again, s -> s.stages().getOrDefault(stage, new double[2])[1]));
        }
    }

    /** Two tools run one after the other: their times add up, their peak memory is the larger. */
    private static List<SiteBuildProcess.Run> sum(List<SiteBuildProcess.Run> a, List<SiteBuildProcess.Run> b) {
        List<SiteBuildProcess.Run> out = new ArrayList<>();
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            out.add(new SiteBuildProcess.Run(a.get(i).seconds() + b.get(i).seconds(), a.get(i).cpuSeconds() + b.get(i).cpuSeconds(),
                    Math.max(a.get(i).peakRssKb(), b.get(i).peakRssKb()), "", 0));
        }
        return out;
    }

    /** @param cache the build cache's folder, or null to build without one */
    private Sample warraq(Path content, Path site, Path cache, Path log) throws IOException, InterruptedException {
        SiteBuildProcess.Run run = SiteBuildProcess.run(WarraqJava.command(jar, xmx, "build", "--content", content.toString(),
                "--templates", templates.toString(), "--out", site.toString(), "--now", SearchBenchmark.NOW.toString(), "--timings", "--no-progress",
                cache == null ? "--no-cache" : "--cache=" + cache), log);
        Map<String, double[]> stages = new LinkedHashMap<>();
        Matcher m = STAGE.matcher(run.output());
        while (m.find()) {
            stages.put(m.group(1), new double[] {Double.parseDouble(m.group(2)), Double.parseDouble(m.group(3))});
        }
        return new Sample(run, stages);
    }

    private void row(String label, List<SiteBuildProcess.Run> runs, int n) {
        double cpu = median(runs, SiteBuildProcess.Run::cpuSeconds);
        out.printf(Locale.ROOT, "| %s | %.1f s | %.1f s | %.2f ms | %s |%n", label, median(runs, SiteBuildProcess.Run::seconds), cpu,
                cpu * 1000 / n, Figures.mb(median(runs, r -> r.peakRssKb()) * 1024.0));
    }

    private static <T> double median(List<T> values, ToDoubleFunction<T> f) {
        double[] v = values.stream().mapToDouble(f).sorted().toArray();
        if (v.length == 0) {
            return Double.NaN;
        }
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    private static String whole(List<Double> millis) {
        return millis.stream().map(d -> String.valueOf(Math.round(d))).collect(java.util.stream.Collectors.joining(", "));
    }

    /** The site path Warraq gives the article in {@code file}. */
    private static String warraqPath(Path content, Path file) {
        org.warraq.content.Diagnostics diagnostics = new org.warraq.content.Diagnostics();
        var loaded = org.warraq.content.ContentLoader.load(content, diagnostics, c -> c);
        var placed = org.warraq.site.Placement.place(loaded, SearchBenchmark.NOW, false, diagnostics);
        Path wanted = content.getFileName().resolve(content.relativize(file));
        return placed.articles().stream().filter(a -> a.article().source().equals(wanted)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no article from " + wanted)).path();
    }

    private static Path firstArticle(Path content) throws IOException {
        try (var walk = Files.walk(content)) {
            return walk.filter(p -> p.toString().endsWith(".md")).sorted().findFirst().orElseThrow();
        }
    }

    private static boolean available(String command) {
        try {
            return new ProcessBuilder(command, "version").redirectErrorStream(true).start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private static String version(String command) {
        try {
            Process p = new ProcessBuilder(command, "version").redirectErrorStream(true).start();
            String v = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            Matcher m = Pattern.compile("v(\\d+\\.\\d+\\.\\d+)").matcher(v);
            return m.find() ? m.group(1) : "";
        } catch (IOException e) {
            return "";
        }
    }
}
