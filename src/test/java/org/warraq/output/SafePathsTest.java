package org.warraq.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SafePathsTest {

    @ParameterizedTest
    @ValueSource(strings = {"index.html", "2024/03/قمة-الرياض/index.html", "وسوم/اقتصاد/index.html", "images/ميناء.jpg",
            "feed.xml", ".htaccess", "a/b.c/d", "console.html", "com10.txt", "nullify/index.html", "auxiliary.css"})
    void acceptsOrdinaryAndArabicNames(String path) {
        assertEquals(Optional.empty(), SafePaths.problem(path), path);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "..", "../x", "a/../../x", "a/./b", "./a", "/etc/passwd", "a//b", "a/", "C:x", "c:/x", "Z:\\x",
            "a\\b", "a\u0000b", "a\nb", "a\tb", "a\u007Fb", "a:b", "a*b", "a?b", "a\"b", "a<b", "a>b", "a|b",
            "CON", "con", "nul.txt", "COM1", "lpt9.html", "aux.tar.gz", "prn", "2024/CON/index.html",
            "trailing.", "dir./x", "space ", "a/b /c"})
    void refusesUnsafeNames(String path) {
        assertTrue(SafePaths.problem(path).isPresent(), path);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SafePaths.resolve(Path.of("/srv/out"), path));
        assertTrue(e.getMessage().startsWith("refusing to write"), e.getMessage());
    }

    @Test
    void refusesOverlongNames() {
        assertTrue(SafePaths.problem("ا".repeat(128) + ".html").isPresent());
        assertEquals(Optional.empty(), SafePaths.problem("ا".repeat(120) + ".html"));
    }

    @Test
    void explainsTheProblem() {
        assertTrue(SafePaths.problem("nul.txt").orElseThrow().contains("reserved device name"));
        assertTrue(SafePaths.problem("a/../b").orElseThrow().contains("'..'"));
        assertTrue(SafePaths.problem("/x").orElseThrow().contains("absolute"));
        assertTrue(SafePaths.problem("a\\b").orElseThrow().contains("U+005C"));
        assertTrue(SafePaths.problem("ا".repeat(128)).orElseThrow().contains("255 bytes"), "256 bytes of Arabic");
        assertTrue(SafePaths.problem("x/" + "€".repeat(86)).orElseThrow().contains("255 bytes"), "258 bytes of three-byte characters");
        assertEquals(Optional.empty(), SafePaths.problem("€".repeat(85)), "255 bytes");
        assertTrue(SafePaths.problem("LPT1.txt").orElseThrow().contains("reserved device name"));
    }

    @Test
    void resolvesInsideTheRoot() {
        Path root = Path.of("/srv/out");
        assertEquals(Path.of("/srv/out/2024/03/قمة/index.html"), SafePaths.resolve(root, "2024/03/قمة/index.html"));
    }

    /** A safe path resolves to a normal path, under a root given with dots in it too. */
    @Test
    void resolvesToANormalPathUnderAnyRoot() {
        for (Path root : new Path[] {Path.of("/srv/out"), Path.of("/srv/./tmp/../out/"), Path.of("out"), Path.of("./a/../out")}) {
            Path resolved = SafePaths.resolve(root, "search/e/قمة.v2/1-0.js");
            assertEquals(resolved.normalize(), resolved, root.toString());
            assertEquals(root.normalize().resolve("search/e/قمة.v2/1-0.js"), resolved, root.toString());
        }
    }
}
