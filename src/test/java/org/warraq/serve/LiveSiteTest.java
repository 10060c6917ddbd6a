package org.warraq.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warraq.build.BuildOptions;
import org.warraq.output.OutputFile;

/** The preview's site without HTTP: the warm-up before it answers. */
class LiveSiteTest {

    @TempDir
    Path tmp;

    @Test
    void warmingUpReadsArticlesAgainWithoutChangingWhatIsServedAndASaveAfterItShowsAtOnce() throws IOException {
        Path content = tmp.resolve("content");
        PreviewServerTest.writeSite(content, 5);
        BuildOptions options = new BuildOptions(content, PreviewServerTest.TEMPLATES, tmp.resolve("never-written"), true,
                "http://127.0.0.1:1/", null, PreviewServerTest.NOW);
        StringWriter terminal = new StringWriter();
        LiveSite live = new LiveSite(() -> options, new ReloadEvents(), new PrintWriter(terminal, true), new PrintWriter(terminal, true));
        live.rebuild(Set.of());
        MemorySite built = live.site();

        assertEquals(3, live.warmUp(3), "three saves, of articles spread over the site");
        assertSame(built, live.site(), "the warm-up serves nothing new");
        assertEquals(1, live.status().generation());
        assertTrue(live.status().ok());
        assertEquals("", terminal.toString().lines().filter(l -> !l.contains("sources read; built")).reduce("", String::concat),
                "the warm-up says nothing");

        Path saved = content.resolve("articles/a2.md");
        PreviewServerTest.writeFile(saved, PreviewServerTest.article("خبر رقم 3 عن الفائدة", "نص محفوظ بعد الإحماء عن الفائدة."));
        live.rebuild(Set.of(saved));
        assertEquals(2, live.site().generation());
        String page = live.site().files().stream().filter(f -> f.bytes() != null && f.path().endsWith("index.html"))
                .map(OutputFile::bytes).map(b -> new String(b, StandardCharsets.UTF_8))
                .filter(text -> text.contains("نص محفوظ بعد الإحماء")).findFirst().orElse("");
        assertTrue(page.contains("خبر رقم 3 عن الفائدة"), "the saved article's page shows the save");
    }
}
