package org.warraq.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SiteConfigLoaderTest {

    private static final Path SHOWN = Path.of("content/site.yaml");

    @TempDir
    Path dir;

    private final Diagnostics diagnostics = new Diagnostics();

    private SiteConfig load(String yaml) throws IOException {
        Path file = dir.resolve("site.yaml");
        Files.writeString(file, yaml);
        return SiteConfigLoader.load(file, SHOWN, diagnostics);
    }

    private List<Diagnostic> errors() {
        return diagnostics.sorted().stream().filter(Diagnostic::isError).toList();
    }

    private Diagnostic onlyError() {
        assertEquals(1, errors().size(), () -> diagnostics.sorted().toString());
        return errors().get(0);
    }

    private Diagnostic onlyWarning() {
        List<Diagnostic> warnings = diagnostics.sorted().stream().filter(d -> !d.isError()).toList();
        assertEquals(1, warnings.size(), () -> diagnostics.sorted().toString());
        return warnings.get(0);
    }

    @Test
    void readsAFullSiteFile() throws IOException {
        SiteConfig c = load("""
                title: المرصد
                description: تحليلات سياسية واقتصادية من المنطقة
                base_url: https://marsad.example/ar
                language: ar
                direction: rtl
                timezone: Asia/Riyadh
                numerals: latn
                region: sa
                permalink: /{category}/{year}/{slug}/
                per_page: 24
                portable_links: false
                raw_html: true
                latin_lang: fr
                authors:
                  - key: sara-ali
                    name: سارة علي
                    bio: محررة الشؤون الاقتصادية
                  - key: mahmoud
                categories:
                  - key: economy
                    name: اقتصاد
                """);
        assertTrue(diagnostics.sorted().isEmpty(), diagnostics.sorted()::toString);
        assertEquals("المرصد", c.title());
        assertEquals("تحليلات سياسية واقتصادية من المنطقة", c.description());
        assertEquals("https://marsad.example/ar/", c.baseUrl());
        assertEquals("ar", c.language());
        assertEquals("rtl", c.direction());
        assertEquals(ZoneId.of("Asia/Riyadh"), c.timezone());
        assertEquals(Numerals.LATN, c.numerals());
        assertEquals("SA", c.region());
        assertEquals("/{category}/{year}/{slug}/", c.permalink());
        assertEquals(24, c.perPage());
        assertFalse(c.portableLinks());
        assertTrue(c.rawHtml());
        assertEquals("fr", c.latinLang());
        assertEquals(List.of(new Author("sara-ali", "سارة علي", "محررة الشؤون الاقتصادية"), new Author("mahmoud", "mahmoud", "")),
                c.authors());
        assertEquals(List.of(new Category("economy", "اقتصاد")), c.categories());
        assertEquals(Optional.of(new Author("sara-ali", "سارة علي", "محررة الشؤون الاقتصادية")), c.author("سارة علي"));
        assertEquals(Optional.of(new Category("economy", "اقتصاد")), c.category("economy"));
        assertEquals(Optional.empty(), c.category("رياضة"));
    }

    @Test
    void aMissingFileGivesDefaultsAndAWarning() {
        SiteConfig c = SiteConfigLoader.load(dir.resolve("site.yaml"), SHOWN, diagnostics);
        assertEquals(SiteConfig.defaults(), c);
        assertTrue(onlyWarning().message().contains("no site.yaml"));
    }

    @Test
    void anEmptyFileGivesDefaults() throws IOException {
        assertEquals(SiteConfig.defaults(), load("# إعدادات لاحقًا\n"));
        assertTrue(diagnostics.sorted().isEmpty());
    }

    @Test
    void anUnknownKeyIsAWarningWithASuggestion() throws IOException {
        SiteConfig c = load("title: المرصد\nper_pgae: 20\n");
        assertEquals(10, c.perPage());
        Diagnostic w = onlyWarning();
        assertEquals(2, w.line());
        assertTrue(w.message().contains("unknown setting 'per_pgae' (did you mean 'per_page'?)"), w.message());
        assertTrue(errors().isEmpty());
    }

    @Test
    void anUnknownAuthorFieldIsAWarning() throws IOException {
        load("authors:\n  - key: sara\n    nmae: سارة\n");
        Diagnostic w = onlyWarning();
        assertEquals(3, w.line());
        assertTrue(w.message().contains("did you mean 'name'"), w.message());
    }

    @Test
    void anUnknownTimezoneIsAnError() throws IOException {
        SiteConfig c = load("title: المرصد\ntimezone: Cairo\n");
        Diagnostic d = onlyError();
        assertEquals(2, d.line());
        assertTrue(d.message().contains("unknown timezone 'Cairo'"), d.message());
        assertEquals(ZoneId.of("UTC"), c.timezone());
    }

    @Test
    void numeralsAreArabOrLatnInAnyCase() throws IOException {
        assertEquals(Numerals.ARAB, load("numerals: ARAB\n").numerals());
        assertEquals(Numerals.LATN, load("numerals: Latn\n").numerals());
        assertTrue(diagnostics.sorted().isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"hindi", "arabic", "٠١٢", "deva"})
    void otherNumeralsAreAnError(String value) throws IOException {
        SiteConfig c = load("title: المرصد\nnumerals: " + value + "\n");
        Diagnostic d = onlyError();
        assertEquals(2, d.line());
        assertTrue(d.message().startsWith("numerals must be 'arab'"), d.message());
        assertEquals(Numerals.ARAB, c.numerals());
    }

    @Test
    void aPermalinkWithoutSlugIsAnError() throws IOException {
        SiteConfig c = load("permalink: /{year}/{month}/\n");
        Diagnostic d = onlyError();
        assertEquals(1, d.line());
        assertTrue(d.message().contains("must contain {slug}"), d.message());
        assertEquals(SiteConfig.DEFAULT_PERMALINK, c.permalink());
    }

    @Test
    void aPermalinkWithAnUnknownPlaceholderIsAnError() throws IOException {
        SiteConfig c = load("permalink: /{author}/{slug}/\n");
        assertTrue(onlyError().message().contains("{author}"));
        assertEquals(SiteConfig.DEFAULT_PERMALINK, c.permalink());
    }

    @Test
    void theBaseUrlAlwaysEndsWithASlash() throws IOException {
        assertEquals("https://marsad.example/", load("base_url: https://marsad.example\n").baseUrl());
        assertEquals("http://localhost:8080/ar/", load("base_url: '  http://localhost:8080/ar '\n").baseUrl());
        assertEquals("https://marsad.example/ar/", load("base_url: https://marsad.example/ar/\n").baseUrl());
        assertTrue(diagnostics.sorted().isEmpty(), diagnostics.sorted()::toString);
    }

    @ParameterizedTest
    @ValueSource(strings = {"marsad.example", "ftp://marsad.example/", "javascript:alert(1)", "//marsad.example/",
            "https:// marsad.example", "file:///var/www"})
    void aBaseUrlThatIsNotHttpIsAnError(String value) throws IOException {
        SiteConfig c = load("title: المرصد\nbase_url: \"" + value + "\"\n");
        Diagnostic d = onlyError();
        assertEquals(2, d.line());
        assertTrue(d.message().startsWith("base_url must be an http(s) address"), d.message());
        assertEquals(SiteConfig.defaults().baseUrl(), c.baseUrl());
    }

    @Test
    void perPageMustBeAWholeNumberInRange() throws IOException {
        assertEquals(10, load("per_page: 0\n").perPage());
        assertTrue(onlyError().message().contains("between 1 and 1000"));
        Diagnostics fresh = new Diagnostics();
        Path file = dir.resolve("other.yaml");
        Files.writeString(file, "per_page: عشرة\n");
        assertEquals(10, SiteConfigLoader.load(file, SHOWN, fresh).perPage());
        assertTrue(fresh.sorted().get(0).message().contains("'per_page' must be a whole number"), fresh.sorted()::toString);
    }

    @Test
    void directionIsRtlOrLtr() throws IOException {
        assertEquals("ltr", load("direction: ltr\n").direction());
        assertEquals("rtl", load("direction: up\n").direction());
        assertTrue(onlyError().message().contains("'rtl' or 'ltr'"));
    }

    @Test
    void booleanSettingsMustBeBooleans() throws IOException {
        load("raw_html: نعم\n");
        assertTrue(onlyError().message().contains("'raw_html' must be true or false"));
    }

    @Test
    void authorsMustBeAListOfEntriesWithLatinKeys() throws IOException {
        SiteConfig c = load("""
                authors:
                  - key: سارة
                    name: سارة علي
                  - مجرد اسم
                  - name: بلا مفتاح
                  - key: ok_1
                """);
        List<Diagnostic> errors = errors();
        assertEquals(List.of(2, 4, 5), errors.stream().map(Diagnostic::line).toList(), errors::toString);
        assertEquals(List.of(new Author("ok_1", "ok_1", "")), c.authors());
    }

    @Test
    void categoriesGivenAsTextAreAnError() throws IOException {
        SiteConfig c = load("categories: سياسة\n");
        assertTrue(onlyError().message().contains("'categories' must be a list of entries"));
        assertTrue(c.categories().isEmpty());
    }

    @Test
    void invalidYamlIsReportedAndDefaultsAreUsed() throws IOException {
        SiteConfig c = load("title: المرصد\ndescription: موقع: تحليلات\n");
        assertEquals(2, onlyError().line());
        assertEquals(SiteConfig.defaults(), c);
    }

    @Test
    void everyProblemIsReportedAtOnce() throws IOException {
        load("timezone: Mars/Base\nnumerals: roman\npermalink: /x/\nper_page: 5000\nbase_url: example\ndirection: down\n");
        assertEquals(List.of(1, 2, 3, 4, 5, 6), errors().stream().map(Diagnostic::line).toList());
    }

    @Test
    void normaliseBaseUrlReportsAtTheGivenLine() {
        assertEquals("https://example.org/", SiteConfigLoader.normaliseBaseUrl("not a url", SHOWN, 7, diagnostics));
        assertEquals(7, onlyError().line());
    }
}
