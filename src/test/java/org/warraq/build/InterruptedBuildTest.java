package org.warraq.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warraq.bench.CorpusGenerator;
import org.warraq.content.Diagnostics;
import org.warraq.output.Publisher;
import org.warraq.testing.Poll;

/**
 * A build that dies never costs the published site: a real {@code warraq build} process is killed
 * (SIGKILL, no chance to clean up) while it renders and while it writes, and a failure is injected
 * into the last stage; each time {@code site-output/} is the previous site byte for byte, and the
 * next build succeeds and leaves nothing behind.
 */
class InterruptedBuildTest {

    /** Large enough that a build takes seconds: time to kill it in the middle of each stage. */
    static final int ARTICLES = 300;

    @TempDir
    static Path shared;
    static Path corpus;

    @TempDir
    Path tmp;

    @BeforeAll
    static void generateCorpus() throws IOException {
        corpus = new CorpusGenerator(7).write(shared.resolve("corpus"), ARTICLES);
    }

    private SiteFixture previousSite() throws IOException {
        SiteFixture site = new SiteFixture(tmp).write("articles/rates.md", SiteFixture.article("البنك المركزي يثبت الفائدة",
                "2025-03-14T09:30:00+03:00", "tags: [الفائدة]", "قرر البنك المركزي الإبقاء على أسعار الفائدة."));
        site.build();
        return site;
    }

    private Process buildCorpusInAnotherProcess(Path out) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"),
                "org.warraq.cli.Main", "build", "--content", corpus.toString(), "--templates",
                SiteFixture.PROJECT_TEMPLATES.toString(), "--out", out.toString(), "--now", "2026-06-01T00:00:00Z", "--cache", cache().toString())
                .redirectErrorStream(true).redirectOutput(tmp.resolve("build.log").toFile()).start();
    }

    /** The killed build's cache, outside the folder whose leftovers are checked. */
    private Path cache() {
        return shared.resolve("cache-" + tmp.getFileName());
    }

    private static long entries(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.count();
        } catch (IOException | java.io.UncheckedIOException e) {
            return 0;
        }
    }

    private void killAndCheck(SiteFixture site, Process build) throws Exception {
        Map<String, byte[]> before = SiteFixture.snapshot(site.out);
        assertTrue(build.isAlive(), "the build was still running when it was killed");
        build.destroyForcibly();
        assertNotEquals(0, build.waitFor(), "the build did not finish");

        Map<String, byte[]> after = SiteFixture.snapshot(site.out);
        assertEquals(before.keySet(), after.keySet(), "the previous site is intact");
        before.forEach((k, v) -> assertTrue(java.util.Arrays.equals(v, after.get(k)), k));

        BuildResult next = SiteBuild.run(new BuildOptions(corpus, SiteFixture.PROJECT_TEMPLATES, site.out, false, null, null,
                SiteFixture.NOW).withCache(cache()));
        assertEquals(ARTICLES, next.articles());
        assertTrue(next.cachedBodies() >= 0 && next.warnings().isEmpty(), "the killed build let the cache go: " + next.warnings());
        assertTrue(Files.isRegularFile(site.out.resolve("index.html")));
        assertFalse(Files.exists(site.out.resolve("2025/03/البنك-المركزي-يثبت-الفائدة")), "the new site replaced the old one");
        try (var siblings = Files.list(tmp)) {
            assertEquals(List.of("build.log", "content", "site-output"),
                    siblings.map(p -> p.getFileName().toString()).sorted().toList(), "no staging or old folder is left");
        }
    }

    @Test
    void killedWhileRendering() throws Exception {
        SiteFixture site = previousSite();
        Process build = buildCorpusInAnotherProcess(site.out);
        Duration busy = Duration.ofMillis(1500);
        assertTrue(Poll.until(Duration.ofSeconds(60), () -> !build.isAlive()
                || build.info().totalCpuDuration().map(cpu -> cpu.compareTo(busy) > 0).orElse(false)));
        assertFalse(Files.exists(tmp.resolve(".site-output.new.complete")));
        killAndCheck(site, build);
    }

    @Test
    void killedWhileWritingTheNewSite() throws Exception {
        SiteFixture site = previousSite();
        Path staging = tmp.resolve(".site-output.new");
        Process build = buildCorpusInAnotherProcess(site.out);
        assertTrue(Poll.until(Duration.ofSeconds(120), () -> !build.isAlive() || entries(staging) > 200),
                "the build started writing its staging folder");
        killAndCheck(site, build);
    }

    @Test
    void aFailureInTheLastStageLeavesThePreviousSite() throws Exception {
        SiteFixture site = previousSite();
        Map<String, byte[]> before = SiteFixture.snapshot(site.out);
        site.write("images/chart.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>")
                .write("articles/new.md", SiteFixture.article("مقال جديد", "2025-04-01", "image: /images/chart.svg\nimage_alt: رسم", "نص."));
        var generated = SiteBuild.generate(site.options(), new Diagnostics());
        Files.delete(site.content.resolve("images/chart.svg"));

        assertThrows(NoSuchFileException.class, () -> new Publisher(site.out).publish(generated.files()));

        Map<String, byte[]> after = SiteFixture.snapshot(site.out);
        assertEquals(before.keySet(), after.keySet(), "the previous site is intact");
        before.forEach((k, v) -> assertTrue(java.util.Arrays.equals(v, after.get(k)), k));
        site.write("images/chart.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        site.build();
        assertTrue(Files.isRegularFile(site.out.resolve("images/chart.svg")));
        try (var siblings = Files.list(tmp)) {
            assertEquals(List.of("content", "site-output"), siblings.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }
}
