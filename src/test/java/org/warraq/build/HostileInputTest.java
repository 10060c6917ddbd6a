package org.warraq.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.warraq.content.BuildFailedException;
import org.warraq.content.Diagnostic;
import org.warraq.markdown.LinkPolicy;
import org.warraq.testing.TestFolders;

/**
 * Hostile and broken input, one case per way an editor (or an attacker with write access to
 * {@code content/}) can get it wrong. Each case asserts the exact diagnostics, that a failed build
 * leaves the previous site byte for byte, that nothing outside the output folder changed, and that
 * whatever was published carries no script, event handler or dangerous URL in any format.
 */
class HostileInputTest {

    /** What a case writes into the content folder of a working site. */
    @FunctionalInterface
    interface Setup {
        void apply(Path content) throws IOException;

        default Setup andThen(Setup next) {
            return content -> {
                apply(content);
                next.apply(content);
            };
        }
    }

    /**
     * @param diagnostics every diagnostic line expected, errors and warnings, in the order they are reported
     * @param fails       whether the build must fail (else it must succeed)
     * @param shown       text that must appear, as text, on some page (the escaped payload); null for none
     * @param markup      HTML that must appear in the source of some page, proving what the case exercises; null for none
     */
    record Case(String name, Setup setup, boolean fails, List<String> diagnostics, String shown, String markup) {
        @Override
        public String toString() {
            return name;
        }

        Case withMarkup(String html) {
            return new Case(name, setup, fails, diagnostics, shown, html);
        }
    }

    static final String ARTICLE = "articles/bad.md";
    static final String SHOWN = "content/" + ARTICLE;
    static final String XSS = "<script>alert(1)</script>";
    static final String GOOD_ARTICLE = SiteFixture.article("البنك المركزي يثبت الفائدة", "2025-03-14T09:30:00+03:00",
            "tags: [الفائدة]", "قرر البنك المركزي الإبقاء على أسعار الفائدة.");

    @TempDir
    static Path shared;
    static Path baseline;

    @TempDir
    Path tmp;

    @BeforeAll
    static void buildTheGoodSiteOnce() throws IOException {
        baseline = shared.resolve("baseline");
        new SiteFixture(baseline).write("articles/good.md", GOOD_ARTICLE).build();
    }

    static Setup write(String path, String text) {
        return content -> {
            Path file = content.resolve(path);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        };
    }

    static Setup bytes(String path, byte[] data) {
        return content -> {
            Path file = content.resolve(path);
            Files.createDirectories(file.getParent());
            Files.write(file, data);
        };
    }

    static Setup article(String frontMatter, String body) {
        return write(ARTICLE, "---\n" + frontMatter + (frontMatter.endsWith("\n") ? "" : "\n") + "---\n" + body + "\n");
    }

    static Setup siteYaml(String extra) {
        return write("site.yaml", SiteFixture.SITE_YAML + extra);
    }

    static Setup both(Setup a, Setup b) {
        return a.andThen(b);
    }

    static Case fails(String name, Setup setup, String... diagnostics) {
        return new Case(name, setup, true, List.of(diagnostics), null, null);
    }

    static Case builds(String name, Setup setup, String shown, String... diagnostics) {
        return new Case(name, setup, false, List.of(diagnostics), shown, null);
    }

    static final String HEAD = "title: مقال\ndate: 2025-01-02\nauthor: salma\ncategory: economy\n";

    static List<Case> cases() {
        List<Case> all = new ArrayList<>();
        // Malformed YAML.
        all.add(fails("unclosed flow list", article(HEAD + "tags: [الفائدة, التضخم", "نص."),
                SHOWN + ":6: error: invalid YAML: while parsing a flow sequence: expected ',' or ']', but got <stream end>"));
        all.add(fails("tab indentation", article("title: مقال\n\tdate: 2025-01-02", "نص."),
                SHOWN + ":3: error: invalid YAML: while scanning for the next token: found character '\\t(TAB)' that cannot start any token. (Do not use \\t(TAB) for indentation)"));
        all.add(fails("duplicate key", article(HEAD + "title: عنوان آخر", "نص."),
                SHOWN + ":6: error: 'title' appears twice (first on line 2)"));
        all.add(fails("unclosed quote", article("title: \"مقال بلا نهاية\ndate: 2025-01-02", "نص."),
                SHOWN + ":4: error: invalid YAML: while scanning a quoted scalar: found unexpected end of stream"));
        all.add(fails("a list instead of key: value lines", article("- title\n- date", "نص."),
                SHOWN + ":2: error: expected 'key: value' lines, found a list"));
        all.add(fails("no closing dashes", write(ARTICLE, "---\ntitle: مقال\ndate: 2025-01-02\nنص المقال.\n"),
                SHOWN + ":1: error: front matter starts with '---' but has no closing '---' line"));
        all.add(fails("alias bomb (billion laughs)", article(HEAD + "a: &a [x, x, x, x, x, x, x, x, x]\n"
                        + "b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\n"
                        + "d: [*c, *c, *c, *c, *c, *c, *c, *c, *c]", "نص."),
                SHOWN + ":2: error: invalid YAML: Number of aliases for non-scalar nodes exceeds the specified max=20"));
        all.add(fails("colon and space in an unquoted title", article("title: الاقتصاد: إلى أين\ndate: 2025-01-02", "نص."),
                SHOWN + ":2: error: invalid YAML: mapping values are not allowed here"));
        all.add(fails("broken site.yaml", siteYaml("description: [غير مغلق\n"),
                "content/site.yaml:16: error: invalid YAML: while parsing a flow sequence: expected ',' or ']', but got <stream end>"));
        // Wrong types.
        all.add(fails("title is a list", article("title: [أ, ب]\ndate: 2025-01-02", "نص."),
                SHOWN + ":1: error: no title: add 'title:' to the front matter or a first line '# …'",
                SHOWN + ":2: error: 'title' must be text, found a list"));
        all.add(fails("tags is a mapping", article(HEAD + "tags: {a: b}", "نص."),
                SHOWN + ":6: error: 'tags' must be a list of text, found a mapping"));
        all.add(fails("draft is text", article(HEAD + "draft: \"نعم\"", "نص."),
                SHOWN + ":6: error: 'draft' must be true or false, found 'نعم'"));
        all.add(fails("per_page is a word", write("site.yaml", SiteFixture.SITE_YAML.replace("per_page: 2", "per_page: عشرة")),
                "content/site.yaml:7: error: 'per_page' must be a whole number, found 'عشرة'"));
        all.add(fails("corrections is text", article(HEAD + "corrections: صُحّح الرقم", "نص."),
                SHOWN + ":6: error: 'corrections' must be a list of {date, text} entries"));
        all.add(fails("a correction without text", article(HEAD + "corrections:\n  - date: 2025-01-03", "نص."),
                SHOWN + ":7: error: correction on 2025-01-03 has no 'text'"));
        all.add(fails("authors in site.yaml is text", write("site.yaml", SiteFixture.SITE_YAML
                        .replaceFirst("(?s)authors:.*?categories:", "authors: سلمى\ncategories:")),
                "content/site.yaml:9: error: 'authors' must be a list of entries"));
        // Dates.
        all.add(fails("month 13", article("title: مقال\ndate: 2023-13-01", "نص."),
                SHOWN + ":3: error: cannot read date '2023-13-01' in 'date'; write 2025-03-14 or 2025-03-14T09:30:00+02:00"));
        all.add(fails("date in words", article("title: مقال\ndate: الأسبوع المقبل", "نص."),
                SHOWN + ":3: error: cannot read date 'الأسبوع المقبل' in 'date'; write 2025-03-14 or 2025-03-14T09:30:00+02:00"));
        all.add(fails("date as a number", article("title: مقال\ndate: 20250102", "نص."),
                SHOWN + ":3: error: cannot read date '20250102' in 'date'; write 2025-03-14 or 2025-03-14T09:30:00+02:00"));
        all.add(fails("bad lastmod and bad correction date in one run", article(HEAD
                        + "lastmod: 2025-02-30\ncorrections:\n  - date: أمس\n    text: صُحّح", "نص."),
                SHOWN + ":6: error: cannot read date '2025-02-30' in 'lastmod'; write 2025-03-14 or 2025-03-14T09:30:00+02:00",
                SHOWN + ":8: error: correction date must be written 2025-03-14, found 'أمس'"));
        // Encodings and bytes.
        all.add(fails("Latin-1 byte", bytes(ARTICLE, concat("---\ntitle: مقال\ndate: 2025-01-02\n---\ncaf", new byte[] {(byte) 0xE9}, "\n")),
                SHOWN + ":5: error: not valid UTF-8 (byte 0xE9 at offset 44); save the file as UTF-8"));
        all.add(builds("byte order mark", write(ARTICLE, "\uFEFF---\n" + HEAD + "---\nنص بعلامة ترتيب البايتات.\n"),
                "نص بعلامة ترتيب البايتات."));
        all.add(builds("Windows line endings", write(ARTICLE, ("---\n" + HEAD + "---\nسطر أول.\n\nسطر ثان.\n").replace("\n", "\r\n")),
                "سطر ثان."));
        all.add(fails("old Mac line endings keep line numbers",
                write(ARTICLE, "---\rtitle: مقال\rdate: 2025-13-02\r---\rنص.\r"),
                SHOWN + ":3: error: cannot read date '2025-13-02' in 'date'; write 2025-03-14 or 2025-03-14T09:30:00+02:00"));
        all.add(fails("NUL byte", bytes(ARTICLE, concat("---\ntitle: مقال\ndate: 2025-01-02\n---\nنص\n", new byte[] {0}, "\n")),
                SHOWN + ":6: error: contains a NUL byte; this looks like a binary file"));
        all.add(fails("invisible control character in the body", article(HEAD, "نص فيه\u0007جرس."),
                SHOWN + ":7:7: error: contains the invisible control character U+0007, which pages and feeds cannot carry; delete it"));
        all.add(fails("control character written as a YAML escape", article("title: \"عنوان\\x1b[31m\"\ndate: 2025-01-02", "نص."),
                SHOWN + ":2: error: a value contains the invisible control character U+001B (written as an escape such as \\x07),"
                        + " which pages and feeds cannot carry; remove it"));
        all.add(fails("50 MB article", content -> {
            Files.createDirectories(content.resolve("articles"));
            try (RandomAccessFile file = new RandomAccessFile(content.resolve(ARTICLE).toFile(), "rw")) {
                file.setLength(50L * 1024 * 1024);
            }
        }, SHOWN + ": error: file is 50 MB; articles are limited to 8 MB: split it, or move data out of the text"));
        all.add(fails("a PNG saved as .md", bytes(ARTICLE, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0}),
                SHOWN + ":1: error: not valid UTF-8 (byte 0x89 at offset 0); save the file as UTF-8"));
        all.add(fails("empty and blank files", both(write(ARTICLE, ""), write("articles/blank.txt", " \n\t\n")),
                "content/articles/bad.md:1: error: file is empty; write an article or delete the file",
                "content/articles/blank.txt:1: error: file is empty; write an article or delete the file"));
        all.add(fails("quotes nested 200,000 deep", article(HEAD, ">".repeat(200_000) + " نص"),
                SHOWN + ":7: error: the body nests quotes, lists, links or emphasis thousands of levels deep; simplify the Markdown"));
        all.add(builds("a body that crashes Flexmark's text collector (flexmark-java #667)", article(HEAD, "x\n \n`\n x\n`"), "x"));
        all.add(builds("backslash escapes before a subheading", article(HEAD, "أول.\n\n\\#وسم و\\*نجمة\\*.\n\n## عنوان"),
                "#وسم و*نجمة*."));
        // Paths that try to leave the output folder, or that some file system cannot hold.
        all.add(builds("slug climbing out with ../", article(HEAD + "slug: ../../../../outside", "نص."), "نص."));
        all.add(fails("slug of dots only", article(HEAD + "slug: \"..\"", "نص."),
                SHOWN + ":1: error: cannot make a URL slug from '..'; add a 'slug:' with letters or digits"));
        all.add(fails("slug that is a Windows device name", article(HEAD + "slug: con", "نص."),
                SHOWN + ":1: error: cannot publish /2025/01/con/: 'con' is a reserved device name on Windows;"
                        + " change the slug, alias, tag, author or section that makes this address"));
        all.add(fails("tag that is a Windows device name", article(HEAD + "tags: [NUL]", "نص."),
                SHOWN + ":1: error: cannot publish /tag/nul/: 'nul' is a reserved device name on Windows;"
                        + " change the slug, alias, tag, author or section that makes this address"));
        all.add(fails("alias climbing out", article(HEAD + "aliases: [\"/../../escape/\", \"https://evil.example/\", \"\\\\..\\\\x\"]", "نص."),
                SHOWN + ":1: error: alias '/../../escape/' is not a usable path inside the site",
                SHOWN + ":1: error: alias '\\..\\x' is not a usable path inside the site",
                SHOWN + ":1: error: alias 'https://evil.example/' is not a usable path inside the site"));
        all.add(fails("asset named with backslashes and dots", bytes("images/x\\..\\..\\evil.png", new byte[] {1, 2}),
                "content/images/x/../../evil.png: error: cannot publish this file: path segment '..' is not allowed"));
        all.add(fails("asset named with a control character", bytes("images/bell\u0007.png", new byte[] {1}),
                "content/images/bell\u0007.png: error: cannot publish this file: character U+0007 is not allowed in a file name"));
        all.add(fails("asset named like a Windows device", bytes("images/aux.png", new byte[] {1}),
                "content/images/aux.png: error: cannot publish this file: 'aux.png' is a reserved device name on Windows"));
        all.add(builds("symbolic links leaving content/", content -> {
            Path outside = content.getParent().getParent().resolve("secrets");
            Files.createDirectories(outside.resolve("folder"));
            Files.writeString(outside.resolve("password.txt"), "SECRET-FILE");
            Files.writeString(outside.resolve("folder/key.md"), "---\ntitle: SECRET-FOLDER\ndate: 2025-01-02\n---\nSECRET\n");
            Files.createDirectories(content.resolve("images"));
            Files.createSymbolicLink(content.resolve("images/password.txt"), outside.resolve("password.txt"));
            Files.createSymbolicLink(content.resolve("articles/linked"), outside.resolve("folder"));
        }, null, "content/articles/linked: warning: symbolic link to a folder; not followed",
                "content/images/password.txt: warning: symbolic link leads outside the content folder; not followed"));
        // Two things at one address.
        all.add(fails("two articles with one slug", both(article(HEAD + "slug: واحد", "نص."),
                        write("articles/other.md", "---\n" + HEAD + "slug: واحد\n---\nنص آخر.\n")),
                "content/articles/other.md:1: error: URL /2025/01/واحد/ is produced by both content/articles/bad.md and"
                        + " content/articles/other.md; give one of them a different 'slug:'"));
        all.add(fails("an alias over an article", article(HEAD + "aliases: [/2025/03/البنك-المركزي-يثبت-الفائدة/]", "نص."),
                SHOWN + ":1: error: alias '/2025/03/البنك-المركزي-يثبت-الفائدة/' is the address of content/articles/good.md;"
                        + " remove the alias or change it"));
        all.add(fails("an alias over a generated page", article(HEAD + "aliases: [/feed.xml, /tag/]", "نص."),
                SHOWN + ":1: error: alias '/feed.xml' is an address the generator uses itself; remove the alias or change it",
                SHOWN + ":1: error: alias '/tag/' is an address the generator uses itself; remove the alias or change it"));
        all.add(fails("a page on a reserved address", write("pages/archive.md", "---\ntitle: أرشيف\nslug: archive\n---\nنص.\n"),
                "content/pages/archive.md:1: error: URL /archive/ is reserved for the generator's own pages; choose another slug"));
        // Script injection, in every field that reaches a page, a feed, the sitemap or the search index.
        all.add(builds("script in the title", article("title: \"" + XSS + " عنوان\"\ndate: 2025-01-02", "نص."), XSS + " عنوان"));
        all.add(builds("script in the summary", article(HEAD + "summary: \"<img src=x onerror=alert(1)> ملخص\"", "نص."),
                "<img src=x onerror=alert(1)> ملخص"));
        all.add(builds("script in tags", article(HEAD + "tags: [\"<svg onload=alert(1)>\", \"\\\"><script>alert(2)</script>\"]", "نص."),
                "<svg onload=alert(1)>"));
        all.add(builds("script in an author name in site.yaml", write("site.yaml", SiteFixture.SITE_YAML
                .replace("name: سلمى الراشد", "name: \"سلمى <script>alert(1)</script>\"").replace("bio: محررة الشؤون الاقتصادية.",
                        "bio: \"<a href=javascript:alert(2)>سيرة</a>\"")).andThen(article(HEAD, "نص.")), "سلمى " + XSS));
        all.add(builds("script in a category name in site.yaml", write("site.yaml", SiteFixture.SITE_YAML
                .replace("name: اقتصاد", "name: \"اقتصاد\\\"><img src=x onerror=alert(1)>\"")).andThen(article(HEAD, "نص.")),
                "اقتصاد\"><img src=x onerror=alert(1)>"));
        all.add(builds("attribute break-out in image_alt and image_credit", both(bytes("images/x.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>".getBytes(StandardCharsets.UTF_8)),
                article(HEAD + "image: /images/x.svg\nimage_alt: \"x\\\" onerror=\\\"alert(1)\"\nimage_credit: \"" + XSS + "\"", "نص.")),
                XSS));
        all.add(builds("script in source and corrections", article(HEAD + "source: \"" + XSS + "\"\ncorrections:\n"
                + "  - date: 2025-01-03\n    text: \"<iframe src=javascript:alert(1)>\"", "نص."), "<iframe src=javascript:alert(1)>"));
        all.add(builds("raw HTML in the body, raw_html off", article(HEAD, "قبل <script>alert(1)</script> و<b onclick=alert(2)>بعد</b>\n\n"
                + "<div onmouseover=\"alert(3)\">كتلة</div>"), "قبل <script>alert(1)</script> و<b onclick=alert(2)>بعد</b>")
                .withMarkup("&lt;/script&gt; و&lt;b onclick=alert(2)&gt;بعد&lt;/b&gt;</p>"));
        all.add(builds("raw HTML in the body, raw_html on", both(siteYaml("raw_html: true\n"), article(HEAD,
                "قبل <script>alert(1)</script> و<b onclick=alert(2)>بعد</b> <img src=x OnError=alert(3)>\n\n"
                        + "<a href=\"JaVaScRiPt:alert(4)\">أ</a> <a href=\"&#x6A;avascript:alert(5)\">ب</a> <svg onload=alert(6)></svg>\n\n"
                        + "<iframe src=\"data:text/html,<script>alert(7)</script>\"></iframe><form action=javascript:alert(8)><button>ج</button></form>")),
                "قبل وبعد").withMarkup("قبل  و<b>بعد</b> <img"));
        all.add(builds("javascript: and data: links in any letter case", article(HEAD,
                "[أ](javascript:alert(1)) [ب](JAVASCRIPT:alert(2)) [ج](  jAvAsCrIpT:alert(3)) [د][ref] <javascript:alert(4)>\n\n"
                        + "![هـ](data:image/svg+xml,<svg/onload=alert(5)>) [و](DaTa:text/html;base64,PHNjcmlwdD4=) "
                        + "[ز](java\tscript:alert(6)) [ح](vbscript:msgbox(7))\n\n[ref]: Javascript:alert(8)"), "أ ب ج"));
        all.add(builds("javascript: as the lead image", article(HEAD + "image: \"javascript:alert(1)\"\nimage_alt: صورة", "نص."), "نص.",
                SHOWN + ":6: warning: image javascript:alert(1) is neither a file of the site (/images/x.svg) nor an http(s) address"));
        // Warnings that do not stop a build.
        all.add(builds("misspelt key", article(HEAD + "tgas: [الفائدة]", "نص."), "نص.",
                SHOWN + ":6: warning: unknown front matter key 'tgas' (did you mean 'tags'?)"));
        all.add(builds("long headline with mixed digits", article("title: \"" + "عنوان طويل جداً ".repeat(8)
                        + "في عام 2025 و٢٠٢٦\"\ndate: 2025-01-02\nauthor: salma\ncategory: economy", "نص."), "نص.",
                SHOWN + ":2: warning: title is 145 characters long; keep headlines to 110 characters or fewer so they fit in lists,"
                        + " feeds and search results",
                SHOWN + ":2: warning: title mixes the digits ٠-٩ and 0-9; write every number of a headline in one system"));
        all.add(builds("broken internal link and missing image", article(HEAD, "انظر [مقالاً قديماً](/2020/01/لا-يوجد/).\n\n"
                        + "![رسم](/images/missing.svg)"), "انظر مقالاً قديماً.",
                SHOWN + ":7:6: warning: link to /2020/01/لا-يوجد/ leads nowhere: no page or file of the site has that address"
                        + " (check the date and slug in it)",
                SHOWN + ":9:1: warning: image /images/missing.svg not found: put the file at content/images/missing.svg or correct the path"));
        all.add(builds("front matter only", article(HEAD, ""), null, SHOWN + ":7: warning: the article has no body text"));
        return all;
    }

    private static byte[] concat(String before, byte[] middle, String after) {
        byte[] a = before.getBytes(StandardCharsets.UTF_8);
        byte[] c = after.getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[a.length + middle.length + c.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(middle, 0, out, a.length, middle.length);
        System.arraycopy(c, 0, out, a.length + middle.length, c.length);
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void hostileInputIsReportedAndContained(Case c) throws IOException {
        Path root = tmp.resolve("desk/site");
        TestFolders.copyTree(baseline, root);
        SiteFixture site = new SiteFixture(root);
        site.write("site.yaml", SiteFixture.SITE_YAML);
        c.setup().apply(site.content);
        Map<String, String> outsideBefore = hashes(tmp, site.out);
        Map<String, String> siteBefore = hashes(site.out, null);

        List<String> reported;
        boolean failed;
        try {
            reported = site.build().warnings().stream().map(Diagnostic::toString).toList();
            failed = false;
        } catch (BuildFailedException e) {
            reported = e.diagnostics().stream().map(Diagnostic::toString).toList();
            failed = true;
        }

        assertEquals(c.diagnostics(), reported);
        assertEquals(c.fails(), failed, "build outcome");
        assertEquals(outsideBefore, hashes(tmp, site.out), "nothing outside the output folder changed");
        if (c.fails()) {
            assertEquals(siteBefore, hashes(site.out, null), "the previous site is intact");
        } else {
            assertPublishedSiteIsHarmless(site.out, c.shown(), c.markup());
        }
    }

    /**
     * Every page, feed, sitemap and search file: no script of ours or theirs inline (JSON-LD data blocks only, each
     * one JSON object without a {@code <} or {@code >}), no handler, no dangerous URL.
     */
    static void assertPublishedSiteIsHarmless(Path out, String shown, String markup) throws IOException {
        boolean found = shown == null;
        boolean marked = markup == null;
        List<Path> files;
        try (Stream<Path> walk = Files.walk(out)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : files) {
            String name = out.relativize(file).toString();
            String text = Files.readString(file, StandardCharsets.UTF_8);
            if (name.endsWith(".html")) {
                Document page = Jsoup.parse(text);
                assertHarmless(page.getAllElements(), name);
                for (Element script : page.select("script")) {
                    if (DataBlocks.isDataBlock(script)) {
                        DataBlocks.parse(script, name);
                    } else {
                        assertTrue(script.attr("src").matches("(/|(\\.\\./)*)assets/[a-z/]+\\.js"), name + ": " + script.outerHtml());
                    }
                }
                found |= page.text().contains(shown == null ? "" : shown);
                marked |= text.contains(markup == null ? "" : markup);
            } else if (name.endsWith(".xml")) {
                Document xml = Jsoup.parse(text, "", Parser.xmlParser());
                for (Element content : xml.select("content")) {
                    assertHarmless(Jsoup.parseBodyFragment(content.text()).getAllElements(), name);
                }
                assertFalse(text.contains("<script"), name);
            } else if (name.startsWith("search/")) {
                assertFalse(text.contains("<") || text.contains(">"), name + " holds no < or > at all (docs/search-index-format.md)");
            }
        }
        assertTrue(found, "'" + shown + "' is shown as text on some page");
        assertTrue(marked, "'" + markup + "' is in the source of some page");
    }

    static void assertHarmless(List<Element> elements, String where) {
        for (Element e : elements) {
            assertFalse(List.of("iframe", "object", "embed", "frame", "base", "style").contains(e.normalName()),
                    where + ": " + e.outerHtml());
            for (var attribute : e.attributes()) {
                String key = attribute.getKey().toLowerCase(Locale.ROOT);
                assertFalse(key.startsWith("on"), where + ": " + e.outerHtml());
                if (List.of("href", "src", "action", "formaction", "cite", "srcset").contains(key)) {
                    assertTrue(LinkPolicy.allowed(attribute.getValue()) || attribute.getValue().equals("about:invalid"),
                            where + ": " + e.outerHtml());
                }
            }
        }
    }

    /** SHA-256 of every file and link under {@code dir}, leaving out {@code except}; links are not followed. */
    static Map<String, String> hashes(Path dir, Path except) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(p -> except == null || !p.startsWith(except)).toList()) {
                String key = dir.relativize(p).toString();
                if (Files.isSymbolicLink(p)) {
                    out.put(key, "link to " + Files.readSymbolicLink(p));
                } else if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                    out.put(key, sha256(p));
                } else {
                    out.put(key, "folder");
                }
            }
        }
        return out;
    }

    private static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
