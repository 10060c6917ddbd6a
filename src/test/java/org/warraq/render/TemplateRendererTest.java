package org.warraq.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warraq.content.BuildFailedException;
import org.warraq.site.OutputKind;
import org.warraq.site.PlannedPage;

class TemplateRendererTest {

    @TempDir
    Path templates;

    private String render(String template, Map<String, Object> model) {
        return new String(new TemplateRenderer(templates).render(new PlannedPage("x/index.html", OutputKind.PAGE, template,
                model, "test")), StandardCharsets.UTF_8);
    }

    @Test
    void contentIsEscapedAndRecordsAreReadable() throws IOException {
        Files.writeString(templates.resolve("t.peb"), "<h1>{{ link.label }}</h1><a href=\"{{ link.url }}\">x</a>");
        String html = render("t", Map.of("link", new org.warraq.site.Link("a\"b", "<script>alert(1)</script>")));
        assertEquals("<h1>&lt;script&gt;alert(1)&lt;/script&gt;</h1><a href=\"a&quot;b\">x</a>", html);
    }

    @Test
    void aMisspeltVariableIsAnErrorNamingTheTemplateAndLine() throws IOException {
        Files.writeString(templates.resolve("t.peb"), "line one\n{{ titel }}\n");
        BuildFailedException e = assertThrows(BuildFailedException.class, () -> render("t", Map.of("title", "x")));
        String message = e.diagnostics().get(0).toString();
        assertTrue(message.startsWith(templates.resolve("t.peb") + ":2: error:"), message);
        assertTrue(message.contains("titel"), message);
    }

    @Test
    void aMissingTemplateIsNamed() {
        BuildFailedException e = assertThrows(BuildFailedException.class, () -> render("nothing", Map.of()));
        assertTrue(e.getMessage().contains("nothing.peb"), e.getMessage());
    }

    @Test
    void eachPageIsWrittenAfreshOnTheSameThreadAfterAPageOfMegabytesAndAFailedOne() throws IOException {
        Files.writeString(templates.resolve("t.peb"), "<p>{{ text }}</p>");
        Files.writeString(templates.resolve("bad.peb"), "<p>{{ text }}</p>{{ missing }}");
        TemplateRenderer renderer = new TemplateRenderer(templates);
        String large = "نص طويل ".repeat(200_000);
        String[] texts = {"قصير", large, "بعده", "الأخير"};
        for (String text : texts) {
            PlannedPage page = new PlannedPage("x/index.html", OutputKind.PAGE, "t", Map.of("text", text), "test");
            assertEquals("<p>" + text + "</p>", new String(renderer.render(page), StandardCharsets.UTF_8));
            assertThrows(BuildFailedException.class, () -> renderer.render(
                    new PlannedPage("y/index.html", OutputKind.PAGE, "bad", Map.of("text", text), "test")));
        }
    }
}
