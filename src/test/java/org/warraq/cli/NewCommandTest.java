package org.warraq.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warraq.build.BuildOptions;
import org.warraq.build.SiteBuild;
import org.warraq.content.Diagnostic;
import org.warraq.content.Diagnostics;
import picocli.CommandLine;

class NewCommandTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-14T07:30:15.123Z"), ZoneOffset.UTC);
    static final String SITE_YAML = """
            title: موقع
            timezone: Africa/Cairo
            authors:
              - key: karim
                name: كريم ناصر
              - key: laila
                name: ليلى منصور
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
        Files.createDirectories(content);
        Files.writeString(content.resolve("site.yaml"), SITE_YAML, StandardCharsets.UTF_8);
    }

    private int run(String... args) {
        CommandLine cli = new CommandLine(new NewCommand(CLOCK));
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        String[] all = new String[args.length + 2];
        all[0] = "--content";
        all[1] = content.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return cli.execute(all);
    }

    @Test
    void createsADraftWithFrontMatterFilledAndDatedInTheSiteTimezone() throws IOException {
        assertEquals(0, run("البنكُ المركزي: يثبّت الفائدة", "--category", "اقتصاد", "--tags", "الفائدة، التضخم,البنوك"), err.toString());
        Path file = content.resolve("economy/البنك-المركزي-يثبت-الفائدة.md");
        assertEquals("""
                ---
                title: "البنكُ المركزي: يثبّت الفائدة"
                date: 2025-03-14T09:30:15+02:00
                author: "karim"
                category: "economy"
                tags: ["الفائدة", "التضخم", "البنوك"]
                summary: ""
                draft: true
                ---

                """, Files.readString(file, StandardCharsets.UTF_8));
        assertEquals("Created " + file + " (a draft: 'warraq serve' shows it; remove 'draft: true' to publish)\n", out.toString());
        assertEquals("", err.toString());

        Diagnostics diagnostics = new Diagnostics();
        SiteBuild.generate(new BuildOptions(content, Path.of("templates"), tmp.resolve("out"), true, null, null,
                Instant.parse("2025-03-15T00:00:00Z")), diagnostics);
        assertEquals(List.of("content/economy/البنك-المركزي-يثبت-الفائدة.md:10: warning: the article has no body text"),
                diagnostics.sorted().stream().map(Diagnostic::toString).toList(), "the new article builds");
    }

    @Test
    void refusesToOverwrite() throws IOException {
        assertEquals(0, run("تحليل الموازنة"));
        Path file = content.resolve("تحليل-الموازنة.md");
        Files.writeString(file, "عمل المحرر", StandardCharsets.UTF_8);
        out.getBuffer().setLength(0);
        assertEquals(1, run("تحليل الموازنة", "--author", "laila"));
        assertEquals("warraq: " + file + " already exists; choose another title or give --slug\n", err.toString());
        assertEquals("", out.toString());
        assertEquals("عمل المحرر", Files.readString(file, StandardCharsets.UTF_8));
    }

    @Test
    void anExplicitSlugAuthorAndUndeclaredSection() throws IOException {
        assertEquals(0, run("قراءة في أرقام 2025", "--slug", "Budget 2025", "--author", "ليلى منصور", "--category", "رأي"));
        assertEquals("warning: category 'رأي' is not declared in " + content.resolve("site.yaml")
                + "; its page will be made from the name\n", err.toString());
        assertEquals("""
                ---
                title: "قراءة في أرقام 2025"
                date: 2025-03-14T09:30:15+02:00
                author: "laila"
                category: "رأي"
                slug: "budget-2025"
                summary: ""
                draft: true
                ---

                """, Files.readString(content.resolve("راي/budget-2025.md"), StandardCharsets.UTF_8));
    }

    @Test
    void aTitleWithoutLettersOrAWindowsDeviceNameIsRefused() {
        assertEquals(1, run("؟؟؟"));
        assertEquals("warraq: cannot make a file name from '؟؟؟'; give a title with letters or digits, or --slug\n", err.toString());
        err.getBuffer().setLength(0);
        assertEquals(1, run("مقال", "--slug", "CON"));
        assertEquals("warraq: cannot create con.md: 'con.md' is a reserved device name on Windows; give another --slug\n",
                err.toString());
    }

    @Test
    void helpListsTheOptions() {
        CommandLine cli = new CommandLine(new Main());
        StringWriter help = new StringWriter();
        cli.setOut(new PrintWriter(help, true));
        assertEquals(0, cli.execute("new", "--help"));
        for (String option : List.of("TITLE", "--category", "--tags", "--author", "--slug", "--content")) {
            assertTrue(help.toString().contains(option), option + " in " + help);
        }
    }
}
