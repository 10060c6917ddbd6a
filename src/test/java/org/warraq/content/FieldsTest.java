package org.warraq.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FieldsTest {

    private static final Path FILE = Path.of("content/a.md");
    private static final ZoneId CAIRO = ZoneId.of("Africa/Cairo");

    private final Diagnostics diagnostics = new Diagnostics();

    private Fields fields(String yaml) {
        return new Fields(YamlReader.readMapping(yaml, FILE, 2), FILE, diagnostics);
    }

    private Diagnostic onlyError() {
        List<Diagnostic> all = diagnostics.sorted();
        assertEquals(1, all.size(), all::toString);
        assertTrue(all.get(0).isError());
        return all.get(0);
    }

    @Test
    void rawSkipsMissingAndNullKeysInOrder() {
        Fields f = fields("a: ~\nb: ثانٍ\nc: ثالث\n");
        assertEquals("ثانٍ", f.raw("a", "b", "c").orElseThrow().text());
        assertEquals(Optional.empty(), f.raw("a", "z"));
        assertEquals(3, f.line("z", "b"));
        assertEquals(1, f.line("z"));
    }

    @Test
    void stringsAreStrippedAndBlankIsAbsent() {
        Fields f = fields("a: '  نص  '\nb: '   '\nc: 12\nd: true\n");
        assertEquals(Optional.of("نص"), f.string("a"));
        assertEquals(Optional.empty(), f.string("b"));
        assertEquals(Optional.of("12"), f.string("c"));
        assertEquals(Optional.of("true"), f.string("d"));
        assertTrue(diagnostics.sorted().isEmpty());
    }

    @Test
    void aListWhereTextIsExpectedIsAnErrorNamingTheKeyWritten() {
        assertEquals(Optional.empty(), fields("x: 1\ndescription: [أ]\n").string("summary", "description"));
        Diagnostic d = onlyError();
        assertEquals(3, d.line());
        assertEquals("'description' must be text, found a list", d.message());
    }

    @Test
    void stringListsAcceptOneValueOrAListWithoutDuplicates() {
        Fields f = fields("a: وحيد\nb: [أ, ' ب ', أ, '', ب]\nc: []\n");
        assertEquals(List.of("وحيد"), f.strings("a"));
        assertEquals(List.of("أ", "ب"), f.strings("b"));
        assertEquals(List.of(), f.strings("c"));
        assertEquals(List.of(), f.strings("missing"));
        assertTrue(diagnostics.sorted().isEmpty());
    }

    @Test
    void nullItemsInAListAreErrors() {
        assertEquals(List.of("أ"), fields("tags:\n  - أ\n  -\n").strings("tags"));
        Diagnostic d = onlyError();
        assertEquals(4, d.line());
        assertTrue(d.message().contains("found nothing"), d.message());
    }

    @Test
    void booleansAndNumbers() {
        Fields f = fields("a: true\nb: 12\nc: \"12\"\n");
        assertTrue(f.bool("a", false));
        assertTrue(f.bool("missing", true));
        assertEquals(Optional.of(12L), f.number("b"));
        assertEquals(Optional.empty(), f.number("c"));
        assertEquals(4, onlyError().line());
    }

    @Test
    void aDateListIsAnError() {
        assertEquals(Optional.empty(), fields("date: [2024-01-01]\n").date(CAIRO, "date"));
        assertEquals(2, onlyError().line());
    }

    @Test
    void datesUseTheFirstKeyPresent() {
        Optional<ZonedDateTime> d = fields("lastmod: 2024-06-01\n").date(CAIRO, "updated", "lastmod");
        assertEquals(LocalDate.of(2024, 6, 1), d.orElseThrow().toLocalDate());
    }

    @Test
    void unknownKeysAreWarnedAtTheirLine() {
        fields("title: ت\nauthr: سارة\ncolour: أحمر\n").warnUnknown("front matter key", ArticleLoader.KNOWN_KEYS);
        List<Diagnostic> all = diagnostics.sorted();
        assertEquals(2, all.size());
        assertFalse(all.get(0).isError());
        assertEquals(3, all.get(0).line());
        assertTrue(all.get(0).message().contains("did you mean 'author'"), all.get(0).message());
        assertEquals("unknown front matter key 'colour' (ignored)", all.get(1).message());
    }

    @Test
    void warnUnknownAcceptsKnownKeys() {
        fields("key: k\nname: ن\n").warnUnknown("author field", Set.of("key", "name", "bio"));
        assertTrue(diagnostics.sorted().isEmpty());
    }
}
