package org.warraq.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warraq.bench.CorpusGenerator;

/** A site too large for the heap it is given fails with a message saying what to do, and the previous site stays. */
class OutOfMemoryTest {

    @TempDir
    Path tmp;

    private static Map<String, byte[]> snapshot(Path dir) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return files;
    }

    @Test
    void aHeapTooSmallForTheSiteSaysHowToGiveItMoreAndKeepsThePreviousSite() throws Exception {
        Path site = tmp.resolve("site");
        assertEquals(0, Main.run(new String[] {"build", "--out", site.toString(), "--now", "2026-06-01T00:00:00Z", "--no-progress", "--no-cache"},
                new java.io.PrintStream(java.io.OutputStream.nullOutputStream()), new java.io.PrintStream(java.io.OutputStream.nullOutputStream())));
        Map<String, byte[]> before = snapshot(site);

        Path corpus = new CorpusGenerator(3).write(tmp.resolve("corpus"), 400);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path log = tmp.resolve("build.log");
        Process build = new ProcessBuilder(java, "-Xmx24m", "-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"),
                "org.warraq.cli.Main", "build", "--content", corpus.toString(), "--templates", Path.of("templates").toAbsolutePath().toString(),
                "--out", site.toString(), "--now", "2026-06-01T00:00:00Z", "--no-progress", "--no-cache")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(build.waitFor(5, TimeUnit.MINUTES), "the build ended");
        String printed = Files.readString(log, StandardCharsets.UTF_8);
        assertEquals(1, build.exitValue(), printed);
        assertTrue(printed.contains("warraq: out of memory") && printed.contains("-Xmx4g") && printed.contains("JAVA_OPTS"), printed);
        assertFalse(printed.contains("\tat java."), "no stack trace:\n" + printed);

        Map<String, byte[]> after = snapshot(site);
        assertEquals(before.keySet(), after.keySet(), "the previous site is intact");
        before.forEach((k, v) -> assertArrayEquals(v, after.get(k), k));
        try (var siblings = Files.list(tmp)) {
            assertEquals(List.of("build.log", "corpus", "site"), siblings.map(p -> p.getFileName().toString()).sorted().toList(),
                    "no staging folder or spool is left");
        }
    }
}
