package org.warraq.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A recorded digest is given back only for the very file recorded, unchanged since and older than the record; any
 * other file, and any path of a damaged record, must be read.
 */
class PublishedStampsTest {

    @TempDir
    Path tmp;

    private static final Instant WRITTEN = Instant.parse("2026-01-01T00:00:00Z");

    private static BasicFileAttributes attributes(Path file) throws IOException {
        return Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    }

    private Path file(String name, String text) throws IOException {
        Path file = Files.writeString(tmp.resolve(name), text, StandardCharsets.UTF_8);
        Files.setLastModifiedTime(file, FileTime.from(WRITTEN));
        return file;
    }

    /** Records {@code files} and writes the record; the record's own time is {@code recorded}. */
    private Path record(Instant recorded, Path... files) throws IOException {
        PublishedStamps stamps = PublishedStamps.empty();
        for (Path f : files) {
            stamps.put(f.getFileName().toString(), attributes(f), Digest.sha256(Files.readAllBytes(f)));
        }
        Path record = tmp.resolve("record");
        stamps.write(record);
        Files.setLastModifiedTime(record, FileTime.from(recorded));
        return record;
    }

    @Test
    void theVeryFileRecordedHasItsDigestWithoutBeingRead() throws IOException {
        Path page = file("index.html", "<h1>الرئيسية</h1>");
        Path other = file("other.html", "<h1>الرئيسيه</h1>");
        PublishedStamps read = PublishedStamps.read(record(WRITTEN.plusSeconds(60), page, other));
        assertEquals(2, read.size());
        assertArrayEquals(Digest.sha256(Files.readAllBytes(page)), read.digest("index.html", attributes(page)));
        assertNull(read.digest("about.html", attributes(page)), "a path never recorded");
        assertNull(read.digest("index.html", attributes(other)), "another file at the path: another inode");
    }

    @Test
    void aFileChangedReplacedOrAsNewAsTheRecordIsRead() throws IOException {
        Path edited = file("edited.html", "<h1>الرئيسية</h1>");
        Path grown = file("grown.html", "<h1>الرئيسية</h1>");
        Path replaced = file("replaced.html", "<h1>الرئيسية</h1>");
        PublishedStamps read = PublishedStamps.read(record(WRITTEN.plusSeconds(60), edited, grown, replaced));

        Files.writeString(edited, "<h1>الرئيسيه</h1>", StandardCharsets.UTF_8);
        assertNull(read.digest("edited.html", attributes(edited)), "edited at the same size: its time moved");
        Files.writeString(grown, "<h1>الرئيسية!</h1>", StandardCharsets.UTF_8);
        Files.setLastModifiedTime(grown, FileTime.from(WRITTEN));
        assertNull(read.digest("grown.html", attributes(grown)), "another size, though its time was set back");
        Path copy = Files.writeString(tmp.resolve("copy"), "<h1>الرئيسيه</h1>", StandardCharsets.UTF_8);
        Files.setLastModifiedTime(copy, FileTime.from(WRITTEN));
        Files.move(copy, replaced, StandardCopyOption.REPLACE_EXISTING);
        assertNull(read.digest("replaced.html", attributes(replaced)), "a file put in its place with its size and time");

        Path racy = file("racy.html", "<p>خبر</p>");
        PublishedStamps same = PublishedStamps.read(record(WRITTEN, racy));
        assertNull(same.digest("racy.html", attributes(racy)), "modified in the record's own tick: a change then would not show");
    }

    @Test
    void aDamagedOrMissingRecordHasNothing() throws IOException {
        Path page = file("index.html", "<h1>الرئيسية</h1>");
        Path record = record(WRITTEN.plusSeconds(60), page);
        byte[] bytes = Files.readAllBytes(record);
        bytes[bytes.length / 2] ^= 1;
        Files.write(record, bytes);
        assertEquals(0, PublishedStamps.read(record).size());
        assertNull(PublishedStamps.read(record).digest("index.html", attributes(page)));
        assertEquals(0, PublishedStamps.read(tmp.resolve("missing")).size());
    }
}
