package org.warraq.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Small sites written into a temp folder for end-to-end tests, built with the project's own templates. */
final class SiteFixture {

    static final Path PROJECT_TEMPLATES = Path.of("templates").toAbsolutePath();
    static final Path SAMPLE_CONTENT = Path.of("content").toAbsolutePath();
    static final Instant NOW = Instant.parse("2026-06-01T00:00:00Z");

    static final String SITE_YAML = """
            title: موقع الاختبار
            description: موقع صغير للاختبارات
            base_url: https://example.org/
            timezone: Asia/Riyadh
            numerals: arab
            region: EG
            per_page: 2
            portable_links: true
            authors:
              - key: salma
                name: سلمى الراشد
                bio: محررة الشؤون الاقتصادية.
            categories:
              - key: economy
                name: اقتصاد
            """;

    final Path root;
    final Path content;
    final Path out;

    SiteFixture(Path root) throws IOException {
        this.root = root;
        this.content = root.resolve("content");
        this.out = root.resolve("site-output");
        Files.createDirectories(content);
        write("site.yaml", SITE_YAML);
    }

    SiteFixture write(String path, String text) throws IOException {
        Path file = content.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return this;
    }

    static String article(String title, String date, String extra, String body) {
        return "---\ntitle: \"" + title.replace("\"", "\\\"") + "\"\ndate: " + date + "\nauthor: salma\ncategory: economy\n"
                + extra + (extra.isEmpty() || extra.endsWith("\n") ? "" : "\n") + "---\n" + body + "\n";
    }

    BuildOptions options() {
        return new BuildOptions(content, PROJECT_TEMPLATES, out, false, null, null, NOW);
    }

    static BuildOptions sample(Path out) {
        return new BuildOptions(SAMPLE_CONTENT, PROJECT_TEMPLATES, out, false, null, null, NOW);
    }

    BuildResult build() throws IOException {
        return SiteBuild.run(options());
    }

    String read(String path) throws IOException {
        return Files.readString(out.resolve(path), StandardCharsets.UTF_8);
    }


    /** Every file under {@code dir} with its bytes, for byte-for-byte comparisons. */
    static Map<String, byte[]> snapshot(Path dir) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return files;
    }
}
