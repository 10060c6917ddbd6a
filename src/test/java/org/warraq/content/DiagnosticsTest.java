package org.warraq.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class DiagnosticsTest {

    @Test
    void formatsLikeCompilerMessages() {
        assertEquals("content/خبر.md:4: error: bad", Diagnostic.error(Path.of("content/خبر.md"), 4, "bad").toString());
        assertEquals("content/site.yaml: warning: w", Diagnostic.warning(Path.of("content/site.yaml"), 0, "w").toString());
        assertEquals("a.md:2:7: error: e", new Diagnostic(Path.of("a.md"), 2, 7, Diagnostic.Severity.ERROR, "e").toString());
        assertEquals("<build>: error: e", Diagnostic.error(null, 0, "e").toString());
    }

    @Test
    void sortsByFileThenLineAndThrowsOnlyForErrors() {
        Diagnostics d = new Diagnostics();
        d.warning(Path.of("b.md"), 1, "w");
        d.warning(Path.of("a.md"), 9, "w");
        d.throwIfErrors();
        assertFalse(d.hasErrors());
        d.error(Path.of("a.md"), 2, "e");
        assertEquals(List.of("a.md:2", "a.md:9", "b.md:1"), d.sorted().stream().map(x -> x.file() + ":" + x.line()).toList());
        BuildFailedException e = assertThrows(BuildFailedException.class, d::throwIfErrors);
        assertEquals(3, e.diagnostics().size());
        assertEquals("a.md:2: error: e", e.getMessage());
        assertTrue(d.hasErrors());
    }
}
