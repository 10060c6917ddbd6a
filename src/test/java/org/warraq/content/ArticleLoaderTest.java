package org.warraq.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleLoaderTest {

    private static final ZoneId CAIRO = ZoneId.of("Africa/Cairo");

    @TempDir
    Path dir;

    private final Diagnostics diagnostics = new Diagnostics();
    private final ArticleLoader loader = new ArticleLoader(config(CAIRO), FileDates.none());

    static SiteConfig config(ZoneId zone) {
        SiteConfig d = SiteConfig.defaults();
        return new SiteConfig(d.title(), d.description(), d.baseUrl(), d.language(), d.direction(), zone, d.numerals(),
                d.region(), d.permalink(), d.perPage(), d.portableLinks(), d.rawHtml(), d.latinLang(), d.authors(),
                d.categories());
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    private Optional<Article> load(String name, String text) throws IOException {
        return loader.load(write(name, text), Path.of("content", name), false, diagnostics);
    }

    private Article loaded(String name, String text) throws IOException {
        Optional<Article> article = load(name, text);
        assertTrue(article.isPresent(), () -> diagnostics.sorted().toString());
        return article.get();
    }

    private List<Diagnostic> errors() {
        return diagnostics.sorted().stream().filter(Diagnostic::isError).toList();
    }

    private List<Diagnostic> warnings() {
        return diagnostics.sorted().stream().filter(d -> !d.isError()).toList();
    }

    private Diagnostic onlyError() {
        assertEquals(1, errors().size(), () -> diagnostics.sorted().toString());
        return errors().get(0);
    }

    /** An article with every front matter field set; the loaded-files tests keep it too. */
    static final String EVERY_FIELD = """
            ---
            title: البرلمان يقر الموازنة
            date: 2024-03-01
            lastmod: 2024-03-02T10:00:00+02:00
            author: سارة علي
            category: اقتصاد
            tags: [موازنة, برلمان, موازنة]
            description: أقر البرلمان الموازنة بعد جدل طويل.
            slug: budget-2024
            draft: false
            aliases: [/old/budget/]
            image: /images/parliament.jpg
            image_alt: قاعة البرلمان أثناء التصويت
            image_credit: وكالة الأنباء
            source: رويترز
            corrections:
              - date: 2024-03-03
                text: صُحح عدد الأصوات المؤيدة.
            ---
            صوّت النواب لصالح **الموازنة**.
            """;

    @Test
    void readsEveryFrontMatterField() throws IOException {
        Article a = loaded("2024/الموازنة.md", EVERY_FIELD);
        assertEquals(Path.of("content/2024/الموازنة.md"), a.source());
        assertFalse(a.page());
        assertEquals(ContentFormat.MARKDOWN, a.format());
        assertEquals("البرلمان يقر الموازنة", a.title());
        assertEquals(ZonedDateTime.of(2024, 3, 1, 0, 0, 0, 0, CAIRO), a.date());
        assertEquals(Instant.parse("2024-03-02T08:00:00Z"), a.updated().toInstant());
        assertEquals(List.of("سارة علي"), a.authors());
        assertEquals(List.of("اقتصاد"), a.categories());
        assertEquals(List.of("موازنة", "برلمان"), a.tags());
        assertEquals("أقر البرلمان الموازنة بعد جدل طويل.", a.summary());
        assertEquals("budget-2024", a.slug());
        assertFalse(a.draft());
        assertEquals(List.of("/old/budget/"), a.aliases());
        assertEquals("/images/parliament.jpg", a.image());
        assertEquals("قاعة البرلمان أثناء التصويت", a.imageAlt());
        assertEquals("وكالة الأنباء", a.imageCredit());
        assertEquals("رويترز", a.sourceCredit());
        assertEquals(List.of(new Correction(LocalDate.of(2024, 3, 3), "صُحح عدد الأصوات المؤيدة.")), a.corrections());
        assertEquals("صوّت النواب لصالح **الموازنة**.\n", a.body());
        assertEquals(20, a.bodyLine());
        assertTrue(diagnostics.sorted().isEmpty(), diagnostics.sorted()::toString);
    }

    @Test
    void leftOutFieldsGetDefaults() throws IOException {
        Article a = loaded("a.md", "---\ntitle: خبر قصير\ndate: 2024-05-01\n---\nنص.\n");
        assertNull(a.updated());
        assertNull(a.slug());
        assertNull(a.image());
        assertEquals("", a.summary());
        assertEquals("", a.imageAlt());
        assertTrue(a.authors().isEmpty() && a.tags().isEmpty() && a.corrections().isEmpty());
        assertFalse(a.draft());
    }

    @Test
    void updatedWinsOverLastmod() throws IOException {
        Article a = loaded("a.md", "---\ntitle: ت\ndate: 2024-05-01\nupdated: 2024-05-03\nlastmod: 2024-05-09\n---\nنص\n");
        assertEquals(LocalDate.of(2024, 5, 3), a.updated().toLocalDate());
    }

    @Test
    void summaryWinsOverDescription() throws IOException {
        Article a = loaded("a.md", "---\ntitle: ت\ndate: 2024-05-01\nsummary: الملخص\ndescription: الوصف\n---\nنص\n");
        assertEquals("الملخص", a.summary());
    }

    @Test
    void authorsListAndSingleAuthor() throws IOException {
        Article many = loaded("a.md", "---\ntitle: ت\ndate: 2024-05-01\nauthors:\n  - سارة علي\n  - محمود يوسف\n---\nنص\n");
        assertEquals(List.of("سارة علي", "محمود يوسف"), many.authors());
        Article one = loaded("b.md", "---\ntitle: ت\ndate: 2024-05-01\nauthors: ليلى حسن\n---\nنص\n");
        assertEquals(List.of("ليلى حسن"), one.authors());
        Article both = loaded("c.md", "---\ntitle: ت\ndate: 2024-05-01\nauthor: ليلى حسن\nauthors: [سارة علي]\n---\nنص\n");
        assertEquals(List.of("سارة علي"), both.authors());
    }

    @Test
    void numbersInTextFieldsStayAsTyped() throws IOException {
        Article a = loaded("a.md", "---\ntitle: 1948\ndate: 2024-05-01\nslug: 007\ntags: [2024, 1.10]\n---\nنص\n");
        assertEquals("1948", a.title());
        assertEquals("007", a.slug());
        assertEquals(List.of("2024", "1.10"), a.tags());
    }

    @Test
    void datesInEveryForm() throws IOException {
        assertEquals(ZonedDateTime.of(2024, 3, 1, 0, 0, 0, 0, CAIRO),
                loaded("a.md", "---\ntitle: ت\ndate: 2024-03-01\n---\nنص\n").date());
        assertEquals(Instant.parse("2024-03-01T06:30:00Z"),
                loaded("b.md", "---\ntitle: ت\ndate: 2024-03-01T09:30:00+03:00\n---\nنص\n").date().toInstant());
        assertEquals(Instant.parse("2024-03-01T09:30:00Z"),
                loaded("c.md", "---\ntitle: ت\ndate: 2024-03-01T09:30:00Z\n---\nنص\n").date().toInstant());
        assertEquals(ZonedDateTime.of(2024, 3, 1, 9, 30, 0, 0, CAIRO),
                loaded("d.md", "---\ntitle: ت\ndate: 2024-03-01 09:30\n---\nنص\n").date());
        assertEquals(CAIRO, loaded("e.md", "---\ntitle: ت\ndate: 2024-03-01T09:30:00Z\n---\nنص\n").date().getZone());
    }

    @Test
    void anUnreadableDateIsAnErrorNamingFileAndLine() throws IOException {
        assertTrue(load("2024/خبر.md", "---\ntitle: خبر\nauthor: سارة\ndate: الأول من مارس\n---\nنص\n").isEmpty());
        Diagnostic d = onlyError();
        assertEquals(Path.of("content/2024/خبر.md"), d.file());
        assertEquals(4, d.line());
        assertTrue(d.message().contains("cannot read date 'الأول من مارس'"), d.message());
        assertTrue(d.toString().startsWith("content/2024/خبر.md:4: error: "), d.toString());
    }

    @Test
    void anUnreadableLastmodNamesTheKeyTheEditorWrote() throws IOException {
        assertTrue(load("a.md", "---\ntitle: خبر\ndate: 2024-03-01\nlastmod: غدًا\n---\nنص\n").isEmpty());
        Diagnostic d = onlyError();
        assertEquals(4, d.line());
        assertTrue(d.message().contains("'lastmod'"), d.message());
    }

    @Test
    void tagsGivenAsAMappingAreAnError() throws IOException {
        assertTrue(load("a.md", "---\ntitle: خبر\ndate: 2024-03-01\ntags: {a: 1}\n---\nنص\n").isEmpty());
        Diagnostic d = onlyError();
        assertEquals(4, d.line());
        assertTrue(d.message().contains("'tags' must be a list of text, found a mapping"), d.message());
    }

    @Test
    void tagItemsMustBeText() throws IOException {
        assertTrue(load("a.md", "---\ntitle: خبر\ndate: 2024-03-01\ntags:\n  - سياسة\n  - [متداخل]\n---\nنص\n").isEmpty());
        assertEquals(6, onlyError().line());
    }

    @Test
    void draftMustBeABoolean() throws IOException {
        assertTrue(load("a.md", "---\ntitle: خبر\ndate: 2024-03-01\ndraft: \"yes\"\n---\nنص\n").isEmpty());
        Diagnostic d = onlyError();
        assertEquals(4, d.line());
        assertTrue(d.message().contains("'draft' must be true or false, found 'yes'"), d.message());
        assertTrue(loaded("b.md", "---\ntitle: خبر\ndate: 2024-03-01\ndraft: true\n---\nنص\n").draft());
    }

    @Test
    void aTitleMustBeText() throws IOException {
        assertTrue(load("a.md", "---\ntitle: [أ, ب]\ndate: 2024-03-01\n---\nنص\n").isEmpty());
        assertTrue(errors().stream().anyMatch(d -> d.line() == 2 && d.message().contains("'title' must be text, found a list")),
                diagnostics.sorted()::toString);
    }

    @Test
    void anUnknownKeyIsAWarningWithASuggestion() throws IOException {
        Article a = loaded("a.md", "---\ntitle: خبر\ndate: 2024-03-01\ntgas: [سياسة]\n---\nنص\n");
        assertTrue(a.tags().isEmpty());
        assertEquals(1, warnings().size());
        Diagnostic w = warnings().get(0);
        assertEquals(4, w.line());
        assertTrue(w.message().contains("did you mean 'tags'"), w.message());
    }

    @Test
    void correctionsAreReadInOrder() throws IOException {
        Article a = loaded("a.md", """
                ---
                title: خبر
                date: 2024-03-01
                corrections:
                  - date: 2024-03-02
                    text: صُحح اسم المتحدث.
                  - {date: 2024-03-05, text: أضيفت صورة الحادث.}
                ---
                نص
                """);
        assertEquals(List.of(new Correction(LocalDate.of(2024, 3, 2), "صُحح اسم المتحدث."),
                new Correction(LocalDate.of(2024, 3, 5), "أضيفت صورة الحادث.")), a.corrections());
    }

    @Test
    void everyBadCorrectionIsReported() throws IOException {
        assertTrue(load("a.md", """
                ---
                title: خبر
                date: 2024-03-01
                corrections:
                  - text: بلا تاريخ
                  - date: 5 مارس
                    text: تاريخ غير مقروء
                  - date: 2024-03-06
                  - مجرد نص
                ---
                نص
                """).isEmpty());
        List<Diagnostic> errors = errors();
        assertEquals(List.of(5, 6, 8, 9), errors.stream().map(Diagnostic::line).toList(), errors::toString);
        assertTrue(errors.get(0).message().contains("correction date must be written"), errors.get(0).message());
        assertTrue(errors.get(1).message().contains("'5 مارس'"), errors.get(1).message());
        assertTrue(errors.get(2).message().contains("has no 'text'"), errors.get(2).message());
        assertTrue(errors.get(3).message().contains("needs 'date' and 'text'"), errors.get(3).message());
    }

    @Test
    void correctionsMustBeAList() throws IOException {
        assertTrue(load("a.md", "---\ntitle: خبر\ndate: 2024-03-01\ncorrections: صُحح الخطأ\n---\nنص\n").isEmpty());
        Diagnostic d = onlyError();
        assertEquals(4, d.line());
        assertTrue(d.message().contains("must be a list"), d.message());
    }

    @Test
    void everyErrorInAFileIsReportedInLineOrder() throws IOException {
        assertTrue(load("a.md", """
                ---
                date: الخميس
                tags: {a: 1}
                draft: "yes"
                updated: لاحقًا
                ---
                نص بلا عنوان
                """).isEmpty());
        List<Diagnostic> errors = errors();
        assertEquals(List.of(1, 2, 3, 4, 5), errors.stream().map(Diagnostic::line).toList(), errors::toString);
        assertTrue(errors.get(0).message().startsWith("no title"), errors.get(0).message());
    }

    @Test
    void anEmptyFileIsAnError() throws IOException {
        assertTrue(load("a.md", "  \n\n\t\n").isEmpty());
        Diagnostic d = onlyError();
        assertEquals(1, d.line());
        assertTrue(d.message().contains("empty"), d.message());
    }

    @Test
    void markdownWithoutTitleOrHeadingIsAnError() throws IOException {
        assertTrue(load("a.md", "---\ndate: 2024-03-01\n---\nنص بلا عنوان.\n\n## قسم\n").isEmpty());
        Diagnostic d = onlyError();
        assertTrue(d.message().startsWith("no title"), d.message());
        assertEquals(1, d.line());
    }

    @Test
    void aFirstHeadingIsTheTitleAndLeavesTheBody() throws IOException {
        Article a = loaded("a.md", "---\ndate: 2024-03-01\n---\n\n# قمة المناخ في شرم الشيخ\n\nانطلقت أعمال القمة.\n");
        assertEquals("قمة المناخ في شرم الشيخ", a.title());
        assertEquals("انطلقت أعمال القمة.\n", a.body());
        assertEquals(7, a.bodyLine());
    }

    @Test
    void aHeadingTitleWithoutFrontMatter() throws IOException {
        Article a = loaded("2024-06-01-قمة.md", "# قمة المناخ ##\nانطلقت أعمال القمة.\n");
        assertEquals("قمة المناخ", a.title());
        assertEquals("انطلقت أعمال القمة.\n", a.body());
        assertEquals(2, a.bodyLine());
    }

    @Test
    void aHashInsideTheHeadingTitleIsKept() throws IOException {
        assertEquals("دورة تدريبية في C#", loaded("a.md", "---\ndate: 2024-03-01\n---\n# دورة تدريبية في C#\nنص\n").title());
    }

    @Test
    void aFrontMatterTitleLeavesTheHeadingInTheBody() throws IOException {
        Article a = loaded("a.md", "---\ntitle: العنوان\ndate: 2024-03-01\n---\n# عنوان آخر\nنص\n");
        assertEquals("العنوان", a.title());
        assertEquals("# عنوان آخر\nنص\n", a.body());
    }

    @Test
    void anImageWithoutAltIsAWarning() throws IOException {
        Article a = loaded("a.md", "---\ntitle: خبر\ndate: 2024-03-01\nimage: /images/fire.jpg\n---\nنص\n");
        assertEquals("/images/fire.jpg", a.image());
        assertEquals(1, warnings().size());
        assertEquals(4, warnings().get(0).line());
        assertTrue(warnings().get(0).message().contains("image_alt"), warnings().get(0).message());
    }

    @Test
    void anArticleWithoutBodyIsAWarning() throws IOException {
        Article a = loaded("a.md", "---\ntitle: خبر عاجل\ndate: 2024-03-01\n---\n\n");
        assertEquals("خبر عاجل", a.title());
        assertTrue(warnings().stream().anyMatch(w -> w.message().contains("no body text")), diagnostics.sorted()::toString);
    }

    @Test
    void invalidYamlBecomesADiagnostic() throws IOException {
        assertTrue(load("a.md", "---\ntitle: خبر\nsummary: قال: لا\n---\nنص\n").isEmpty());
        assertEquals(3, onlyError().line());
    }

    @Test
    void invalidUtf8BecomesADiagnostic() throws IOException {
        Path file = dir.resolve("legacy.md");
        Files.write(file, "---\ntitle: \n".getBytes(StandardCharsets.UTF_8));
        Files.write(file, new byte[] {(byte) 0xE3, (byte) 0xD5, (byte) 0xD1, '\n'}, java.nio.file.StandardOpenOption.APPEND);
        assertTrue(loader.load(file, Path.of("content/legacy.md"), false, diagnostics).isEmpty());
        Diagnostic d = onlyError();
        assertEquals(3, d.line());
        assertTrue(d.message().contains("UTF-8"), d.message());
    }

    @Test
    void theDateMayComeFromTheFileName() throws IOException {
        Article a = loaded("2025-11-28-الموسم-الزراعي.md", "# الموسم الزراعي\nبدأ الموسم.\n");
        assertEquals(ZonedDateTime.of(2025, 11, 28, 0, 0, 0, 0, CAIRO), a.date());
        assertTrue(warnings().isEmpty(), diagnostics.sorted()::toString);
    }

    @Test
    void withoutAnyDateTheModificationTimeIsUsedWithAWarning() throws IOException {
        Path file = write("بلا-تاريخ.md", "# خبر\nنص\n");
        Instant mtime = Instant.parse("2023-07-09T10:11:12Z");
        Files.setLastModifiedTime(file, FileTime.from(mtime));
        Article a = loader.load(file, Path.of("content/بلا-تاريخ.md"), false, diagnostics).orElseThrow();
        assertEquals(mtime, a.date().toInstant());
        assertEquals(CAIRO, a.date().getZone());
        assertEquals(1, warnings().size());
        assertTrue(warnings().get(0).message().contains("modification time"), warnings().get(0).message());
    }

    @Test
    void pagesNeedNoDateAndNoBody() throws IOException {
        Path file = write("pages/about.md", "---\ntitle: من نحن\n---\n");
        Article a = loader.load(file, Path.of("content/pages/about.md"), true, diagnostics).orElseThrow();
        assertTrue(a.page());
        assertTrue(diagnostics.sorted().isEmpty(), diagnostics.sorted()::toString);
    }

    @Test
    void deskTextDerivesTitleAndSummary() throws IOException {
        Article a = loaded("2025-11-28-الزراعة.txt", PlainTextDocumentTest.DESK);
        assertEquals(ContentFormat.PLAIN_TEXT, a.format());
        assertEquals("أعلنت وزارة الزراعة اليوم خطة جديدة لدعم صغار المزارعين في محافظات الصعيد…", a.title());
        assertTrue(a.summary().startsWith("أعلنت وزارة الزراعة اليوم"), a.summary());
        assertTrue(a.summary().endsWith("يبدأ الشهر المقبل."), a.summary());
        assertEquals(ZonedDateTime.of(2025, 11, 28, 0, 0, 0, 0, CAIRO), a.date());
        assertEquals(PlainTextDocumentTest.DESK, a.body());
        assertEquals(1, a.bodyLine());
        assertTrue(diagnostics.sorted().isEmpty(), diagnostics.sorted()::toString);
    }

    @Test
    void deskTextWithAHashTitleLine() throws IOException {
        Article a = loaded("2025-01-02-تونس.txt", "# زيارة رسمية إلى تونس\nوصل الرئيس صباح اليوم إلى العاصمة. وكان في استقباله وزير الخارجية.\n");
        assertEquals("زيارة رسمية إلى تونس", a.title());
        assertEquals("وصل الرئيس صباح اليوم إلى العاصمة. وكان في استقباله وزير الخارجية.", a.summary());
    }

    @Test
    void deskTextMayHaveFrontMatter() throws IOException {
        Article a = loaded("مقال.txt", """
                ---
                title: عنوان من المحرر
                date: 2025-02-03T08:00:00+02:00
                summary: ملخص كتبه المحرر.
                ---
                الفقرة الأولى من النص. وتليها جملة.
                عنوان فرعي
                """);
        assertEquals(ContentFormat.PLAIN_TEXT, a.format());
        assertEquals("عنوان من المحرر", a.title());
        assertEquals("ملخص كتبه المحرر.", a.summary());
        assertEquals(Instant.parse("2025-02-03T06:00:00Z"), a.date().toInstant());
        assertEquals(6, a.bodyLine());
    }

    @Test
    void deskTextWithOnlyFrontMatterHasNoTitle() throws IOException {
        assertTrue(load("2025-01-01-فارغ.txt", "---\ndate: 2025-01-01\n---\n\n").isEmpty());
        assertTrue(onlyError().message().startsWith("no title"));
    }
}
