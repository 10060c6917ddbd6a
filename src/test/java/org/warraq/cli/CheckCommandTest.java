package org.warraq.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warraq.build.BuildOptions;
import org.warraq.build.SiteBuild;
import org.warraq.content.Diagnostic;
import picocli.CommandLine;

class CheckCommandTest {

    static final String SITE_YAML = """
            title: موقع
            timezone: Asia/Riyadh
            authors:
              - key: salma
                name: سلمى
            categories:
              - key: economy
                name: اقتصاد
            """;

    @TempDir
    Path tmp;
    Path content;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    @BeforeEach
    void site() throws IOException {
        content = tmp.resolve("content");
        write("site.yaml", SITE_YAML);
        write("images/chart.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        write("pages/about.md", "---\ntitle: من نحن\nslug: about\n---\nنحن فريق صغير.\n");
        write("articles/rates.md", "---\ntitle: البنك المركزي يثبت الفائدة\ndate: 2025-03-14\nauthor: salma\ncategory: economy\n"
                + "tags: [الفائدة]\nimage: /images/chart.svg\nimage_alt: رسم\n---\nانظر [من نحن](/about/) و[الوسم](/tag/الفائدة/)"
                + " و[الأرشيف](/archive/2025/) و![رسم](/images/chart.svg).\n");
    }

    private void write(String path, String text) throws IOException {
        Path file = content.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private int run(String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        String[] all = new String[args.length + 6];
        System.arraycopy(new String[] {"check", "--content", content.toString(), "--templates", Path.of("templates").toString(),
                "--now=2026-01-01T00:00:00Z"}, 0, all, 0, 6);
        System.arraycopy(args, 0, all, 6, args.length);
        return cli.execute(all);
    }

    private Map<String, String> tree() throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(tmp)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(tmp.relativize(p).toString(), Files.readString(p, StandardCharsets.ISO_8859_1));
            }
        }
        return files;
    }

    @Test
    void aCleanSitePasses() {
        assertEquals(0, run(), out.toString() + err);
        assertEquals("", out.toString());
        assertTrue(err.toString().matches("warraq check: 0 errors, 0 warnings \\(the site would build: \\d+ files\\)\n"), err.toString());
    }

    @Test
    void reportsEveryProblemWithFileLineAndColumnAndWritesNothing() throws IOException {
        write("articles/second.md", """
                ---
                title: "أسعار 2025 في ٢٠٢٦: قراءة في موازنة الدولة للعام المقبل وما تعنيه للأسر والشركات الصغيرة والمتوسطة في المدن والأرياف"
                date: 2025-03-15
                author: salma
                category: economy
                tgas: [الفائدة]
                image: /images/missing.png
                ---
                راجع [المقال السابق](/2025/03/البنك-المركزي-يثبت-الفائدة/) و[مقالاً لم يُكتب](/2025/03/لا-يوجد/).
                وهذه [صفحة](/about) ![صورة](/images/gone.svg "عنوان").
                """);
        Map<String, String> before = tree();
        assertEquals(1, run());
        assertEquals("""
                content/articles/second.md:2: warning: article has no tags; suggested from its text: الأرياف، الأسر، أسعار، تعنيه، الدولة (add the fitting ones as 'tags:')
                content/articles/second.md:2: warning: title is 116 characters long; keep headlines to 110 characters or fewer so they fit in lists, feeds and search results
                content/articles/second.md:2: warning: title mixes the digits ٠-٩ and 0-9; write every number of a headline in one system
                content/articles/second.md:6: warning: unknown front matter key 'tgas' (did you mean 'tags'?)
                content/articles/second.md:7: warning: 'image' has no 'image_alt'; describe the picture for readers who cannot see it
                content/articles/second.md:7: error: image /images/missing.png not found: put the file at content/images/missing.png or correct the path
                content/articles/second.md:9:61: error: link to /2025/03/لا-يوجد/ leads nowhere: no page or file of the site has that address (check the date and slug in it)
                content/articles/second.md:10:6: warning: link to /about: write /about/ (with the final slash) so it also works when the site is opened from disk
                content/articles/second.md:10:21: error: image /images/gone.svg not found: put the file at content/images/gone.svg or correct the path
                """, out.toString());
        assertEquals("warraq check: 3 errors, 6 warnings\n", err.toString());
        assertEquals(before, tree(), "check writes nothing");

        var diagnostics = new org.warraq.content.Diagnostics();
        SiteBuild.generate(new BuildOptions(content, Path.of("templates"), tmp.resolve("out"), false, null, null,
                java.time.Instant.parse("2026-01-01T00:00:00Z")), diagnostics);
        String checked = out.toString().lines().filter(line -> !line.contains(": article has no tags;"))
                .map(line -> line.replace(": error: ", ": warning: ") + "\n").reduce("", String::concat);
        assertEquals(checked, String.join("\n", diagnostics.sorted().stream().map(Diagnostic::toString).toList()) + "\n",
                "a build finds the same problems (but for untagged articles, which only check lists), and lets broken links"
                        + " and missing images through as warnings");
    }

    @Test
    void errorsThatStopTheBuildAreAllReported() throws IOException {
        write("articles/a.md", "---\ntitle: أ\ndate: 2025-13-01\nauthors: [salma, {name: x}]\ndraft: ربما\n---\nنص.\n");
        write("articles/b.txt", "");
        write("articles/c.md", "---\ntitle: [غير مغلق\n---\nنص.\n");
        assertEquals(1, run());
        assertEquals("""
                content/articles/a.md:3: error: cannot read date '2025-13-01' in 'date'; write 2025-03-14 or 2025-03-14T09:30:00+02:00
                content/articles/a.md:4: error: 'authors' items must be text, found a mapping
                content/articles/a.md:5: error: 'draft' must be true or false, found 'ربما'
                content/articles/b.txt:1: error: file is empty; write an article or delete the file
                content/articles/c.md:2: error: invalid YAML: while parsing a flow sequence: expected ',' or ']', but got <stream end>
                """, out.toString());
        assertEquals("warraq check: 5 errors, 0 warnings\n", err.toString());
    }

    @Test
    void helpListsTheOptions() {
        CommandLine cli = new CommandLine(new Main());
        StringWriter help = new StringWriter();
        cli.setOut(new PrintWriter(help, true));
        assertEquals(0, cli.execute("check", "--help"));
        for (String option : List.of("--content", "--templates", "--drafts", "--now", "file:line:column: error|warning: message")) {
            assertTrue(help.toString().contains(option), option + " in " + help);
        }
        StringWriter top = new StringWriter();
        cli.setOut(new PrintWriter(top, true));
        assertEquals(0, cli.execute("--help"));
        for (String command : List.of("build", "serve", "check", "new", "import")) {
            assertTrue(top.toString().contains("  " + command + " "), command + " in " + top);
        }
        StringWriter serve = new StringWriter();
        cli.setOut(new PrintWriter(serve, true));
        assertEquals(0, cli.execute("serve", "--help"));
        for (String option : List.of("--port", "--content", "--templates", "--[no-]drafts", "--now")) {
            assertTrue(serve.toString().contains(option), option + " in " + serve);
        }
    }
}
