package org.warraq.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class FrontMatterTest {

    private static final Path FILE = Path.of("content/2024/تقرير-الموازنة.md");

    private static Diagnostic failure(String text) {
        BuildFailedException e = assertThrows(BuildFailedException.class, () -> FrontMatter.split(text, FILE));
        List<Diagnostic> all = e.diagnostics();
        assertEquals(1, all.size(), all::toString);
        assertTrue(all.get(0).isError());
        assertEquals(FILE, all.get(0).file());
        return all.get(0);
    }

    @Test
    void splitsFieldsFromBodyAndKnowsWhereTheBodyStarts() {
        String text = """
                ---
                title: الموازنة العامة للعام المقبل
                tags: [اقتصاد, برلمان]
                ---
                ناقش البرلمان مشروع الموازنة في جلسة مطولة.
                """;
        FrontMatter fm = FrontMatter.split(text, FILE);
        assertEquals("الموازنة العامة للعام المقبل", fm.fields().get("title").text());
        assertEquals(2, fm.fields().get("title").line());
        assertEquals(3, fm.fields().get("tags").line());
        assertEquals(2, fm.fields().get("tags").asList().size());
        assertEquals("ناقش البرلمان مشروع الموازنة في جلسة مطولة.\n", fm.body());
        assertEquals(5, fm.bodyLine());
    }

    @Test
    void textWithoutFrontMatterIsAllBodyFromLineOne() {
        String text = "# عنوان\n\nفقرة أولى.\n";
        FrontMatter fm = FrontMatter.split(text, FILE);
        assertTrue(fm.fields().isEmpty());
        assertEquals(text, fm.body());
        assertEquals(1, fm.bodyLine());
    }

    @Test
    void dashesThatAreNotAWholeFirstLineAreBody() {
        String text = "---- فاصل\nنص\n";
        FrontMatter fm = FrontMatter.split(text, FILE);
        assertTrue(fm.fields().isEmpty());
        assertEquals(text, fm.body());
    }

    @Test
    void emptyBlockGivesNoFields() {
        FrontMatter fm = FrontMatter.split("---\n---\nنص المقال\n", FILE);
        assertTrue(fm.fields().isEmpty());
        assertEquals("نص المقال\n", fm.body());
        assertEquals(3, fm.bodyLine());
    }

    @Test
    void threeDotsAlsoCloseTheBlock() {
        FrontMatter fm = FrontMatter.split("---\ntitle: تقرير\n...\nالنص\n", FILE);
        assertEquals("تقرير", fm.fields().get("title").text());
        assertEquals("النص\n", fm.body());
        assertEquals(4, fm.bodyLine());
    }

    @Test
    void closingLineMayCarryTrailingSpacesAndEndTheFile() {
        FrontMatter fm = FrontMatter.split("---\ntitle: تقرير\n---   ", FILE);
        assertEquals("تقرير", fm.fields().get("title").text());
        assertEquals("", fm.body());
        assertEquals(4, fm.bodyLine());
    }

    @Test
    void laterThematicBreaksStayInTheBody() {
        FrontMatter fm = FrontMatter.split("---\ntitle: ت\n---\nفقرة\n\n---\n\nفقرة ثانية\n", FILE);
        assertEquals("فقرة\n\n---\n\nفقرة ثانية\n", fm.body());
        assertEquals(1, fm.fields().size());
    }

    @Test
    void unclosedBlockIsAnErrorOnLineOne() {
        Diagnostic d = failure("---\ntitle: تقرير بلا نهاية\ndate: 2024-03-01\n\nالنص يبدأ هنا.\n");
        assertEquals(1, d.line());
        assertTrue(d.message().contains("no closing '---'"), d.message());
    }

    @Test
    void aLoneOpeningLineIsUnclosed() {
        assertEquals(1, failure("---").line());
    }

    @Test
    void invalidYamlIsReportedOnItsLineInTheFile() {
        String text = """
                ---
                title: الانتخابات المحلية
                date: 2024-03-01
                summary: قال المرشح: سنفوز
                ---
                النص.
                """;
        Diagnostic d = failure(text);
        assertEquals(4, d.line());
        assertTrue(d.message().startsWith("invalid YAML"), d.message());
        assertTrue(d.toString().startsWith("content/2024/تقرير-الموازنة.md:4: error: "), d.toString());
    }

    @Test
    void tabIndentationIsReportedOnItsLine() {
        Diagnostic d = failure("---\ntitle: عنوان\nauthor: سارة\ndate: 2024-03-01\n\ttags: x\n---\n");
        assertEquals(5, d.line());
        assertTrue(d.message().contains("TAB"), d.message());
    }

    @Test
    void aListInsteadOfKeysIsRefused() {
        Diagnostic d = failure("---\n- سياسة\n- اقتصاد\n---\nنص\n");
        assertEquals(2, d.line());
        assertTrue(d.message().contains("expected 'key: value' lines, found a list"), d.message());
    }
}
