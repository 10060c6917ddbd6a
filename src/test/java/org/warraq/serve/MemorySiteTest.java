package org.warraq.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.warraq.output.OutputFile;

/** The preview's site: files found by path in the build's path-ordered list, and differences counted between two sites. */
class MemorySiteTest {

    static OutputFile page(String path, String text) {
        return OutputFile.of(path, text.getBytes(StandardCharsets.UTF_8));
    }

    static List<OutputFile> sorted(List<OutputFile> files) {
        List<OutputFile> out = new ArrayList<>(files);
        out.sort(Comparator.comparing(OutputFile::path));
        return out;
    }

    @Test
    void findsEveryFileAndNothingElse() {
        Random random = new Random(7);
        List<OutputFile> files = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            files.add(page("قسم/" + Integer.toString(random.nextInt(1_000_000), 36) + "/index.html", "صفحة " + i));
        }
        OutputFile logo = OutputFile.copy("images/logo.svg", Path.of("content/images/logo.svg"));
        files.add(logo);
        files = sorted(files.stream().distinct().toList());
        MemorySite site = MemorySite.of(files, List.of(logo), 1);
        for (OutputFile f : files) {
            assertEquals(f, site.find(f.path()).orElseThrow());
        }
        assertTrue(site.find("قسم/").isEmpty());
        assertTrue(site.find("").isEmpty());
        assertTrue(site.find("zzz").isEmpty());
        assertTrue(site.copies(Path.of("content/images/logo.svg")));
        assertFalse(site.copies(Path.of("content/images/other.svg")));
    }

    @Test
    void countsChangedAddedAndRemovedFiles() {
        MemorySite before = MemorySite.of(sorted(List.of(page("a.html", "أ"), page("b.html", "ب"), page("c.html", "ج"))), List.of(), 1);
        MemorySite after = MemorySite.of(sorted(List.of(page("a.html", "أ"), page("b.html", "ب معدلة"), page("d.html", "د"))), List.of(), 2);
        assertEquals(3, after.differences(before), "b changed, c removed, d added");
        assertEquals(0, before.differences(MemorySite.of(sorted(List.of(page("c.html", "ج"), page("b.html", "ب"), page("a.html", "أ"))), List.of(), 3)));
    }
}
