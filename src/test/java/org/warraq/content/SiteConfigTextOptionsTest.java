package org.warraq.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warraq.content.SiteConfig.QuoteStyle;
import org.warraq.content.SiteConfig.SlugStyle;
import org.warraq.content.SiteConfig.TextOptions;

/** The Arabic text settings of site.yaml: hijri, slug_style, quotes, arabic_punctuation. */
class SiteConfigTextOptionsTest {

    private static final Path SHOWN = Path.of("content/site.yaml");

    @TempDir
    Path dir;

    private final Diagnostics diagnostics = new Diagnostics();

    private SiteConfig load(String yaml) throws IOException {
        Path file = dir.resolve("site.yaml");
        Files.writeString(file, yaml);
        return SiteConfigLoader.load(file, SHOWN, diagnostics);
    }

    @Test
    void defaultsShowTheHijriDateKeepArabicSlugsAndChangeNoPunctuation() throws IOException {
        assertEquals(new TextOptions(true, SlugStyle.ARABIC, QuoteStyle.STRAIGHT, false), load("title: ورّاق\n").text());
        assertEquals(TextOptions.defaults(), SiteConfig.defaults().text());
        assertTrue(diagnostics.sorted().isEmpty(), diagnostics.sorted().toString());
    }

    @Test
    void readsEverySetting() throws IOException {
        SiteConfig c = load("hijri: false\nslug_style: latin\nquotes: guillemets\narabic_punctuation: true\n");
        assertEquals(new TextOptions(false, SlugStyle.LATIN, QuoteStyle.GUILLEMETS, true), c.text());
        assertEquals(QuoteStyle.CURLY, load("quotes: curly\n").text().quotes());
        assertEquals(QuoteStyle.GUILLEMETS, load("quotes: «»\n").text().quotes());
        assertEquals(SlugStyle.ARABIC, load("slug_style: Arabic\n").text().slugStyle());
        assertTrue(diagnostics.sorted().isEmpty(), diagnostics.sorted().toString());
    }

    @Test
    void badValuesAreErrorsAtTheirLine() throws IOException {
        load("title: ورّاق\nslug_style: english\nquotes: fancy\nhijri: maybe\narabic_punctuation: yes please\n");
        List<String> errors = diagnostics.sorted().stream().filter(Diagnostic::isError).map(Diagnostic::toString).toList();
        assertEquals(4, errors.size(), errors.toString());
        assertTrue(errors.get(0).startsWith("content/site.yaml:2:") && errors.get(0).contains("slug_style must be 'arabic'"), errors.get(0));
        assertTrue(errors.get(1).startsWith("content/site.yaml:3:") && errors.get(1).contains("'guillemets' («»)"), errors.get(1));
        assertTrue(errors.get(2).contains("'hijri' must be true or false"), errors.get(2));
        assertTrue(errors.get(3).contains("'arabic_punctuation' must be true or false"), errors.get(3));
    }

    @Test
    void misspeltKeysGetASuggestion() throws IOException {
        load("slug_styel: latin\nhijiri: false\nqoutes: curly\n");
        List<String> warnings = diagnostics.sorted().stream().map(Diagnostic::toString).toList();
        assertEquals(3, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).contains("did you mean 'slug_style'"), warnings.get(0));
        assertTrue(warnings.get(1).contains("did you mean 'hijri'"), warnings.get(1));
        assertTrue(warnings.get(2).contains("did you mean 'quotes'"), warnings.get(2));
    }

    @Test
    void theOlderConstructorKeepsTheDefaults() {
        SiteConfig d = SiteConfig.defaults();
        SiteConfig c = new SiteConfig(d.title(), d.description(), d.baseUrl(), d.language(), d.direction(), d.timezone(),
                d.numerals(), d.region(), d.permalink(), d.perPage(), d.portableLinks(), d.rawHtml(), d.latinLang(),
                d.authors(), d.categories());
        assertEquals(TextOptions.defaults(), c.text());
        assertEquals(c.text(), c.withBaseUrl("https://x.example/").withPortableLinks(false).text());
    }
}
