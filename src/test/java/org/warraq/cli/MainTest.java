package org.warraq.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {

    @TempDir
    Path tmp;
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void helpListsTheBuildOptions() {
        assertEquals(0, run("build", "--help"));
        String help = out.toString(StandardCharsets.UTF_8);
        for (String option : new String[] {"--content", "--templates", "--out", "--drafts", "--base-url", "--[no-]portable", "--now", "--cache", "--no-cache"}) {
            assertTrue(help.contains(option), option + " in\n" + help);
        }
    }

    @Test
    void timingsPrintEveryStageAndTheProcessTotals() {
        Path site = tmp.resolve("site");
        assertEquals(0, run("build", "--out", site.toString(), "--now", "2026-06-01T00:00:00Z", "--timings", "--no-progress", "--no-cache"), err());
        String printed = out.toString(StandardCharsets.UTF_8);
        for (String stage : List.of("load", "markdown", "index", "analysis", "search-export", "plan", "render", "write", "publish")) {
            assertTrue(printed.lines().anyMatch(l -> l.matches("stage " + stage + "\\s+wall\\s+[\\d.]+ ms\\s+cpu.*")), stage + " in " + printed);
        }
        assertTrue(printed.contains("total process wall "), printed);
        assertEquals("", err(), "--no-progress: nothing on standard error");
    }

    @Test
    void buildsTheSampleSiteAndReportsCounts() {
        Path site = tmp.resolve("site");
        assertEquals(0, run("build", "--out", site.toString(), "--now", "2026-06-01T00:00:00Z", "--no-cache"), err());
        String printed = out.toString(StandardCharsets.UTF_8);
        assertTrue(printed.startsWith("Built "), printed);
        assertFalse(printed.contains("cache"), "--no-cache: " + printed);
        assertTrue(Files.isRegularFile(site.resolve("index.html")));
    }

    @Test
    void theSecondBuildTakesTheBodiesFromTheCache() {
        Path site = tmp.resolve("site");
        Path cache = tmp.resolve("cache");
        // No progress lines: a cold JVM's first stages take about the second after which they are shown.
        String[] build = {"build", "--out", site.toString(), "--now", "2026-06-01T00:00:00Z", "--cache", cache.toString(), "--no-progress"};
        assertEquals(0, run(build), err());
        assertTrue(out.toString(StandardCharsets.UTF_8).strip().matches(
                "(?s).*; 0 sources unchanged, not read again, 0 bodies from the build cache, 0 pages unchanged, not rendered again, 0 of \\d+ search entries, 0 of \\d+ spelling"
                        + " files, 0 of \\d+ excerpt files and 0 of \\d+"
                        + " articles' analyses kept"),
                out.toString(StandardCharsets.UTF_8));
        assertTrue(Files.isRegularFile(cache.resolve("index")));
        out.reset();
        assertEquals(0, run(build), err());
        String printed = out.toString(StandardCharsets.UTF_8);
        java.util.regex.Matcher built = java.util.regex.Pattern.compile(
                "Built (\\d+) articles and (\\d+) pages .*; (\\d+) sources unchanged, not read again, (\\d+) bodies from the build cache, (\\d+) pages unchanged, not rendered again,"
                        + " (\\d+) of (\\d+) search entries, (\\d+) of (\\d+) spelling files, (\\d+) of (\\d+) excerpt files and (\\d+) of (\\d+) articles'"
                        + " analyses kept")
                .matcher(printed);
        assertTrue(built.find(), printed);
        assertEquals(Integer.parseInt(built.group(1)) + Integer.parseInt(built.group(2)), Integer.parseInt(built.group(4)), printed);
        assertTrue(Integer.parseInt(built.group(5)) > Integer.parseInt(built.group(1)), "every page is taken back: " + printed);
        assertEquals(built.group(7), built.group(6), "every search entry is kept: " + printed);
        assertTrue(Integer.parseInt(built.group(6)) > 0, printed);
        assertEquals(built.group(9), built.group(8), "every spelling file is kept: " + printed);
        assertTrue(Integer.parseInt(built.group(8)) > 0, printed);
        assertEquals(built.group(11), built.group(10), "every excerpt file is taken back: " + printed);
        assertTrue(Integer.parseInt(built.group(10)) >= Integer.parseInt(built.group(1)), printed);
        assertEquals(built.group(1), built.group(13), printed);
        assertTrue(Integer.parseInt(built.group(3)) >= Integer.parseInt(built.group(1)) + Integer.parseInt(built.group(2)),
                "every source is taken at its stamp: " + printed);
        assertEquals(built.group(13), built.group(12), "every article's analysis is kept: " + printed);
        assertEquals("", err());
    }

    @Test
    void aCacheInsideTheOutputIsRefused() {
        Path site = tmp.resolve("site");
        assertEquals(1, run("build", "--out", site.toString(), "--cache", site.resolve("cache").toString()));
        assertTrue(err().contains("the build cache and the output folder"), err());
        assertFalse(Files.exists(site));
    }

    /** A new publication's first build, before its first article: a home page, feeds and an empty search index. */
    @Test
    void aSiteWithNoArticlesYetBuilds() throws IOException {
        Path content = tmp.resolve("content");
        Files.createDirectories(content);
        Files.writeString(content.resolve("site.yaml"), "title: موقع جديد\n");
        Path site = tmp.resolve("site");
        String[] build = {"build", "--content", content.toString(), "--out", site.toString(), "--cache", tmp.resolve("cache").toString(),
            "--no-progress"};
        for (int i = 0; i < 2; i++) {
            assertEquals(0, run(build), err());
            assertTrue(out.toString(StandardCharsets.UTF_8).contains("Built 0 articles and 0 pages"), out.toString(StandardCharsets.UTF_8));
            out.reset();
        }
        assertTrue(Files.readString(site.resolve("index.html")).contains("موقع جديد"));
        assertTrue(Files.isRegularFile(site.resolve("search/manifest.js")));
    }

    @Test
    void badInputExitsWithOneAndArabicMessagesSurviveAsUtf8() throws IOException {
        Path content = tmp.resolve("content");
        Files.createDirectories(content);
        Files.writeString(content.resolve("site.yaml"), "title: موقع\n");
        Files.writeString(content.resolve("مقال.md"), "---\ntitle: [غير, مغلق\n---\nنص\n");
        Path site = tmp.resolve("site");
        assertEquals(1, run("build", "--content", content.toString(), "--out", site.toString(), "--cache", tmp.resolve("cache").toString()));
        assertTrue(err().contains("content/مقال.md:2: error: invalid YAML"), err());
        assertTrue(err().contains("was not changed"), err());
        assertFalse(Files.exists(site));
    }

    @Test
    void aBuildIntoAFolderAnotherBuildIsPublishingToStopsAndSaysSo() throws IOException {
        Path site = tmp.resolve("site");
        String[] build = {"build", "--out", site.toString(), "--now", "2026-06-01T00:00:00Z", "--no-cache", "--no-progress"};
        assertEquals(0, run(build), err());
        String before = Files.readString(site.resolve("index.html"));
        try (org.warraq.output.Publisher.Staging other = new org.warraq.output.Publisher(site).stage()) {
            assertEquals(1, run(build));
        }
        assertTrue(err().contains("warraq: build failed: another build is publishing to " + site.toAbsolutePath().normalize()
                + " (process " + ProcessHandle.current().pid() + ")"), err());
        assertTrue(err().contains("wait for it to finish, or choose another --out folder"), err());
        assertEquals(before, Files.readString(site.resolve("index.html")));
        err.reset();
        assertEquals(0, run(build), err());
    }

    @Test
    void anUnreadableClockIsAUsageError() {
        assertEquals(2, run("build", "--now", "tomorrow"));
        assertTrue(err().contains("--now"), err());
    }
}
