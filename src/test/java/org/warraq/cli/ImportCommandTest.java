package org.warraq.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warraq.build.BuildOptions;
import org.warraq.build.SiteBuild;
import picocli.CommandLine;

class ImportCommandTest {

    static final String SITE_YAML = "title: موقع\ntimezone: Asia/Riyadh\nauthors:\n  - key: salma\n    name: سلمى\n";
    static final String DESK = """
            ---
            author: salma
            tags: [موانئ, تجارة]
            ---
            تتسابق موانئ المنطقة على موقع متقدم في خرائط التجارة. فالممرات التي تُرسم اليوم ستحدد من يربح.

            ممرات تتنافس وتتكامل
            منذ إطلاق مبادرة «الحزام والطريق» (Belt and Road) عام 2013، صارت *الموانئ* محطات [رئيسية].
            #الموانئ_العربية وسم انتشر على الشبكات، ومعه رموز مثل <b> و&amp; و\\ كما كتبها المحرر.

            نحو رؤية إقليمية
            1. يرى اقتصاديون أن الحل في التنسيق الإقليمي بدلاً من التنافس الفردي.
            """;

    @TempDir
    Path tmp;
    Path content;
    Path desk;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    @BeforeEach
    void files() throws IOException {
        content = tmp.resolve("content");
        Files.createDirectories(content.resolve("articles"));
        Files.writeString(content.resolve("site.yaml"), SITE_YAML, StandardCharsets.UTF_8);
        desk = content.resolve("articles/2025-01-22-ports.txt");
        Files.writeString(desk, DESK, StandardCharsets.UTF_8);
    }

    private int run(String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        String[] all = new String[args.length + 3];
        all[0] = "import";
        all[1] = "--content";
        all[2] = content.toString();
        System.arraycopy(args, 0, all, 3, args.length);
        return cli.execute(all);
    }

    private Document articlePage(Path out) throws IOException {
        SiteBuild.run(new BuildOptions(content, Path.of("templates"), out, false, null, null, Instant.parse("2026-01-01T00:00:00Z")));
        return Jsoup.parse(out.resolve("2025/01/تتسابق-موانئ-المنطقة-على-موقع-متقدم-في-خرائط-التجارة/index.html").toFile(), "UTF-8");
    }

    @Test
    void convertsReportsWhatItInferredAndReadsExactlyAsTheDeskArticleDid() throws IOException {
        Document before = articlePage(tmp.resolve("site-from-txt"));

        assertEquals(0, run(desk.toString()), err.toString());
        Path md = content.resolve("articles/2025-01-22-ports.md");
        assertEquals(desk + " -> " + md + "\n"
                + "  title: تتسابق موانئ المنطقة على موقع متقدم في خرائط التجارة (from the lead's first sentence)\n"
                + "  date: 2025-01-22 (from the file name)\n"
                + "  lead: line 5, also written as the summary\n"
                + "  subheading: line 7: ممرات تتنافس وتتكامل\n"
                + "  subheading: line 11: نحو رؤية إقليمية\n"
                + "  escaped: 10 character(s) that Markdown would read as markup, so they stay literal\n"
                + "  next: check " + md + ", then delete " + desk + " (with both in content/, the article would be published twice)\n",
                out.toString());
        assertEquals("", err.toString());
        assertEquals("""
                ---
                author: salma
                tags: [موانئ, تجارة]
                title: "تتسابق موانئ المنطقة على موقع متقدم في خرائط التجارة"
                date: 2025-01-22
                summary: "تتسابق موانئ المنطقة على موقع متقدم في خرائط التجارة. فالممرات التي تُرسم اليوم ستحدد من يربح."
                ---

                تتسابق موانئ المنطقة على موقع متقدم في خرائط التجارة. فالممرات التي تُرسم اليوم ستحدد من يربح.

                ## ممرات تتنافس وتتكامل

                منذ إطلاق مبادرة «الحزام والطريق» (Belt and Road) عام 2013، صارت \\*الموانئ\\* محطات \\[رئيسية\\].

                \\#الموانئ\\_العربية وسم انتشر على الشبكات، ومعه رموز مثل \\<b> و\\&amp; و\\\\ كما كتبها المحرر.

                ## نحو رؤية إقليمية

                1\\. يرى اقتصاديون أن الحل في التنسيق الإقليمي بدلاً من التنافس الفردي.
                """, Files.readString(md, StandardCharsets.UTF_8));

        Files.delete(desk);
        Document after = articlePage(tmp.resolve("site-from-md"));
        for (String part : List.of("h1", ".summary", ".byline-authors", "time", ".tag-list")) {
            assertEquals(before.selectFirst(part).text(), after.selectFirst(part).text(), part);
        }
        assertEquals(before.select(".article-body > *").eachText(), after.select(".article-body > *").eachText());
        assertEquals(before.select(".article-body > *").stream().map(e -> e.tagName()).toList(),
                after.select(".article-body > *").stream().map(e -> e.tagName()).toList());
    }

    @Test
    void refusesToOverwriteAndWritesWhereItIsTold() throws IOException {
        Path md = content.resolve("articles/2025-01-22-ports.md");
        Files.writeString(md, "عمل سابق", StandardCharsets.UTF_8);
        assertEquals(1, run(desk.toString()));
        assertEquals(md + ": error: already exists; move it away or choose another --out folder\n"
                + "warraq import: 1 of 1 file(s) not converted\n", err.toString());
        assertEquals("عمل سابق", Files.readString(md, StandardCharsets.UTF_8));

        err.getBuffer().setLength(0);
        Path elsewhere = tmp.resolve("imported");
        assertEquals(0, run("--out", elsewhere.toString(), desk.toString()), err.toString());
        assertTrue(Files.isRegularFile(elsewhere.resolve("2025-01-22-ports.md")));
        assertTrue(out.toString().startsWith(desk + " -> " + elsewhere.resolve("2025-01-22-ports.md") + "\n"), out.toString());
        assertTrue(!out.toString().contains("next:"), "no duplicate to warn about");
    }

    @Test
    void aDateFromTheModificationTimeIsFlaggedAndBadFilesAreReported() throws IOException {
        Path undated = tmp.resolve("desk/خبر.txt");
        Files.createDirectories(undated.getParent());
        Files.writeString(undated, "# عنوان من السطر الأول\nنص الخبر كما وصل من الوكالة.\n", StandardCharsets.UTF_8);
        Files.setLastModifiedTime(undated, FileTime.from(Instant.parse("2025-05-06T07:08:09.5Z")));
        Path latin1 = tmp.resolve("desk/old.txt");
        Files.write(latin1, new byte[] {'a', '\n', (byte) 0xE9, '\n'});
        Path notText = tmp.resolve("desk/photo.jpg");
        Files.write(notText, new byte[] {1});

        assertEquals(1, run(undated.toString(), latin1.toString(), notText.toString()));
        Path md = tmp.resolve("desk/خبر.md");
        assertEquals(undated + " -> " + md + "\n"
                + "  title: عنوان من السطر الأول (from its first line '# …')\n"
                + "  date: 2025-05-06T10:08:09+03:00 (from the file's modification time: check it)\n"
                + "  lead: line 2, also written as the summary\n"
                + "  next: check " + md + ", then delete " + undated + " (with both in content/, the article would be published twice)\n",
                out.toString());
        assertEquals(latin1 + ":2: error: not valid UTF-8 (byte 0xE9 at offset 2); save the file as UTF-8\n"
                + notText + ": error: not a desk article; give a .txt file\n"
                + "warraq import: 2 of 3 file(s) not converted\n", err.toString());
        assertEquals("---\ntitle: \"عنوان من السطر الأول\"\ndate: 2025-05-06T10:08:09+03:00\nsummary: \"نص الخبر كما وصل من الوكالة.\"\n"
                + "---\n\nنص الخبر كما وصل من الوكالة.\n", Files.readString(md, StandardCharsets.UTF_8));
    }

    @Test
    void emptyKeysInTheFrontMatterAreFilledInRatherThanRepeated() throws IOException {
        Path file = content.resolve("articles/2025-02-03-brief.txt");
        Files.writeString(file, "---\ntitle:\nauthor: salma\nsummary: \"\"\n---\nموجز الأخبار لهذا الصباح.\n", StandardCharsets.UTF_8);
        assertEquals(0, run(file.toString()), err.toString());
        assertEquals("---\nauthor: salma\ntitle: \"موجز الأخبار لهذا الصباح\"\ndate: 2025-02-03\n"
                + "summary: \"موجز الأخبار لهذا الصباح.\"\n---\n\nموجز الأخبار لهذا الصباح.\n",
                Files.readString(content.resolve("articles/2025-02-03-brief.md"), StandardCharsets.UTF_8));
    }

    @Test
    void helpListsTheOptions() {
        CommandLine cli = new CommandLine(new Main());
        StringWriter help = new StringWriter();
        cli.setOut(new PrintWriter(help, true));
        assertEquals(0, cli.execute("import", "--help"));
        for (String option : List.of("FILE.txt", "--out", "--content")) {
            assertTrue(help.toString().contains(option), option + " in " + help);
        }
    }
}
