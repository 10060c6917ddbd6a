package org.warraq.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warraq.output.Digest;

/** The pages a build recorded come back for the same code, and for nothing else. */
class PageRecordsTest {

    @TempDir
    Path tmp;

    private static byte[] sha(String text) {
        return Digest.sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    private Path written() throws IOException {
        PageRecords records = PageRecords.none();
        records.record("index.html", sha("model"), sha("<h1>الرئيسية</h1>"));
        records.record("وسم/موانئ/index.html", sha("other model"), sha("<h1>موانئ</h1>"));
        Path file = tmp.resolve("pages");
        records.write(file, "code-1");
        return file;
    }

    @Test
    void theRecordsComeBackForTheSameCode() throws IOException {
        PageRecords read = PageRecords.read(written(), "code-1");
        assertArrayEquals(sha("<h1>موانئ</h1>"), read.made("وسم/موانئ/index.html", sha("other model")));
        assertNull(read.made("وسم/موانئ/index.html", sha("model")), "made from other inputs");
        assertNull(read.made("elsewhere/index.html", sha("other model")));
    }

    @Test
    void anotherCodesDamagedOrMissingRecordsAreNone() throws IOException {
        Path file = written();
        assertNull(PageRecords.read(file, "code-2").made("index.html", sha("model")));
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 2] ^= 1;
        Files.write(file, bytes);
        assertNull(PageRecords.read(file, "code-1").made("index.html", sha("model")));
        assertNull(PageRecords.read(tmp.resolve("missing"), "code-1").made("index.html", sha("model")));
    }

    @Test
    void aBuildWritesItsOwnPagesOnly() throws IOException {
        Path file = written();
        PageRecords next = PageRecords.read(file, "code-1");
        next.record("index.html", sha("model"), sha("<h1>الرئيسية</h1>"));
        next.write(file, "code-1");
        PageRecords after = PageRecords.read(file, "code-1");
        assertArrayEquals(sha("<h1>الرئيسية</h1>"), after.made("index.html", sha("model")));
        assertNull(after.made("وسم/موانئ/index.html", sha("other model")), "a page the last build did not make is not recorded");
    }
}
