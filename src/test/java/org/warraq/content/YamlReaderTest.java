package org.warraq.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class YamlReaderTest {

    private static final Path FILE = Path.of("content/site.yaml");

    private static Map<String, YamlValue> read(String yaml) {
        return YamlReader.readMapping(yaml, FILE, 1);
    }

    private static Diagnostic failure(String yaml, int firstLine) {
        BuildFailedException e = assertThrows(BuildFailedException.class, () -> YamlReader.readMapping(yaml, FILE, firstLine));
        assertEquals(1, e.diagnostics().size());
        return e.diagnostics().get(0);
    }

    @Test
    void keepsEveryValueWithItsLineShiftedByTheFirstLine() {
        var map = YamlReader.readMapping("title: نشرة المساء\n\ntags:\n  - سياسة\n  - اقتصاد\n", FILE, 10);
        assertEquals(10, map.get("title").line());
        YamlValue tags = map.get("tags");
        assertEquals(List.of(13, 14), tags.asList().stream().map(YamlValue::line).toList());
        assertEquals(List.of("سياسة", "اقتصاد"), tags.asList().stream().map(YamlValue::text).toList());
        assertEquals(List.of("title", "tags"), List.copyOf(map.keySet()));
    }

    @Test
    void nestedMappingsKeepTheirStructure() {
        var map = read("authors:\n  - key: sara\n    name: سارة علي\n");
        Map<String, YamlValue> author = map.get("authors").asList().get(0).asMap();
        assertEquals("sara", author.get("key").text());
        assertEquals("سارة علي", author.get("name").text());
        assertEquals(3, author.get("name").line());
    }

    @Test
    void scalarsFollowTheYamlCoreSchema() {
        var map = read("""
                a: true
                b: False
                c: TRUE
                d: ~
                e: null
                f: 42
                g: -7
                h: 0x1F
                i: 0o17
                j: "true"
                k: yes
                """);
        assertEquals(Boolean.TRUE, map.get("a").value());
        assertEquals(Boolean.FALSE, map.get("b").value());
        assertEquals(Boolean.TRUE, map.get("c").value());
        assertTrue(map.get("d").isNull());
        assertTrue(map.get("e").isNull());
        assertEquals(42L, map.get("f").value());
        assertEquals(-7L, map.get("g").value());
        assertEquals(31L, map.get("h").value());
        assertEquals(15L, map.get("i").value());
        assertEquals("true", map.get("j").value());
        assertEquals("yes", map.get("k").value());
    }

    @Test
    void decimalIntegersWithLeadingZerosAreDecimal() {
        var map = read("per_page: 012\nn: 09\n");
        assertEquals(12L, map.get("per_page").value());
        assertEquals(9L, map.get("n").value());
    }

    @Test
    void numbersKeepTheTextTheEditorTyped() {
        var map = read("slug: 007\nedition: 1.10\ncode: 0x1F\nbig: 123456789012345678901234567890\n");
        assertEquals("007", map.get("slug").text());
        assertEquals("1.10", map.get("edition").text());
        assertEquals("0x1F", map.get("code").text());
        assertEquals("123456789012345678901234567890", map.get("big").text());
    }

    @Test
    void datesStayText() {
        YamlValue date = read("date: 2024-03-01\n").get("date");
        assertEquals("2024-03-01", date.value());
    }

    @Test
    void emptyOrCommentOnlyYamlIsAnEmptyMapping() {
        assertTrue(read("").isEmpty());
        assertTrue(read("# ملاحظة للمحرر فقط\n").isEmpty());
    }

    @Test
    void aScalarDocumentIsRefused() {
        Diagnostic d = failure("مجرد سطر نصي\n", 2);
        assertEquals(2, d.line());
        assertTrue(d.message().contains("found text"), d.message());
    }

    @Test
    void duplicateKeysAreAnErrorOnTheSecondOne() {
        Diagnostic d = failure("title: الأول\ndate: 2024-01-01\ntitle: الثاني\n", 2);
        assertEquals(4, d.line());
        assertEquals("'title' appears twice (first on line 2)", d.message());
        assertTrue(d.isError());
    }

    @Test
    void aKeyThatIsAListIsRefused() {
        Diagnostic d = failure("title: ت\n? [a, b]\n: x\n", 1);
        assertEquals(2, d.line());
        assertTrue(d.message().contains("plain text"), d.message());
    }

    @Test
    void syntaxErrorsNameTheLine() {
        Diagnostic d = failure("title: عنوان\ndate: 2024-03-01\nsummary: قال الوزير: نعم\n", 7);
        assertEquals(9, d.line());
        assertTrue(d.message().startsWith("invalid YAML: "), d.message());
    }

    @Test
    void typeNamesReadWellInMessages() {
        var map = read("a: [1]\nb: {c: 1}\nd: true\ne: 3\nf: نص\ng:\n");
        assertEquals("a list", map.get("a").typeName());
        assertEquals("a mapping", map.get("b").typeName());
        assertEquals("true/false", map.get("d").typeName());
        assertEquals("a number", map.get("e").typeName());
        assertEquals("text", map.get("f").typeName());
        assertEquals("nothing", map.get("g").typeName());
        assertFalse(map.get("a").isScalar());
        assertNull(map.get("g").value());
        assertEquals("", map.get("g").text());
    }
}
