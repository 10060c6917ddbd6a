package org.warraq.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LinkPolicyTest {

    @ParameterizedTest
    @ValueSource(strings = {"http://a.example", "HTTPS://a.example/x", "mailto:desk@a.example", "../x/", "x.html", "#f",
            "?q=1", "/2024/03/x/", "//cdn.example/x", "صفحة/داخلية/", "a/b:c"})
    void allowsWebSchemesAndRelativeLinks(String url) {
        assertTrue(LinkPolicy.allowed(url), url);
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "JAVASCRIPT:alert(1)", " javascript:alert(1)", "java\tscript:alert(1)",
            "java\nscript:x", "\u0000javascript:x", "java\u200Bscript:x", "\uFEFFjavascript:x", "data:text/html,x",
            "vbscript:x", "file:///etc/passwd", "ftp://a.example/", "tel:+20123"})
    void refusesEveryOtherScheme(String url) {
        assertFalse(LinkPolicy.allowed(url), url);
    }

    @Test
    void rewritesSiteRootPathsForAPage() {
        assertEquals(Optional.of("../../2024/03/x/index.html"), LinkPolicy.resolveRootPath("/2024/03/x/", "../../", "index.html"));
        assertEquals(Optional.of("../../2024/03/x/"), LinkPolicy.resolveRootPath("/2024/03/x/", "../../", ""));
        assertEquals(Optional.of("../../index.html"), LinkPolicy.resolveRootPath("/", "../../", "index.html"));
        assertEquals(Optional.of("../../x/index.html?p=2#f"), LinkPolicy.resolveRootPath("/x/?p=2#f", "../../", "index.html"));
        assertEquals(Optional.of("../../x/index.html#f?no"), LinkPolicy.resolveRootPath("/x/#f?no", "../../", "index.html"));
        assertEquals(Optional.of("../../index.html#top"), LinkPolicy.resolveRootPath("/#top", "../../", "index.html"));
        assertEquals(Optional.of("../../a.jpg"), LinkPolicy.resolveRootPath("/a.jpg", "../../", "index.html"));
        assertEquals(Optional.of("https://s.example/x/"), LinkPolicy.resolveRootPath("/x/", "https://s.example/", ""));
    }

    @Test
    void leavesOtherLinksAlone() {
        assertEquals(Optional.empty(), LinkPolicy.resolveRootPath("//cdn.example/x", "../", "index.html"));
        assertEquals(Optional.empty(), LinkPolicy.resolveRootPath("x/", "../", "index.html"));
        assertEquals(Optional.empty(), LinkPolicy.resolveRootPath("https://a.example/", "../", "index.html"));
    }
}
