package org.warraq.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PublisherTest {

    @TempDir
    Path tmp;

    private Path out;
    private Path staging;
    private Path complete;
    private Path old;
    private Path spare;
    private Publisher publisher;
    /** A publisher that keeps the replaced site as the spare, in a cache folder. */
    private Publisher keeping;

    @BeforeEach
    void paths() {
        out = tmp.resolve("site");
        staging = tmp.resolve(".site.new");
        complete = tmp.resolve(".site.new.complete");
        old = tmp.resolve(".site.old");
        spare = tmp.resolve("cache/previous-site");
        publisher = new Publisher(out);
        keeping = new Publisher(out, spare);
    }

    private static OutputFile page(String path, String text) {
        return OutputFile.of(path, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Every file under {@code dir}, relative path to content. */
    private static Map<String, String> tree(Path dir) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(p).toString().replace('\\', '/'), Files.readString(p));
            }
        }
        return files;
    }

    private Map<String, byte[]> bytes(Path dir) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return files;
    }

    private void assertSameBytes(Map<String, byte[]> before, Map<String, byte[]> after) {
        assertEquals(before.keySet(), after.keySet());
        before.forEach((k, v) -> assertArrayEquals(v, after.get(k), k));
    }

    /** Everything in the output's folder: after a build, the output alone (no staging, spool, lock or replaced site). */
    private List<Path> folderOfTheSite() throws IOException {
        try (Stream<Path> siblings = Files.list(tmp)) {
            return siblings.sorted().toList();
        }
    }

    private void assertNoLeftovers() {
        assertFalse(Files.exists(staging), "staging left behind");
        assertFalse(Files.exists(complete), "complete marker left behind");
        assertFalse(Files.exists(old), "old site left behind");
    }

    private void keepingFirstSite() throws IOException {
        keeping.publish(List.of(page("index.html", "<h1>الرئيسية</h1>"), page("2024/03/قمة/index.html", "<p>القمة</p>")));
    }

    private void publishFirstSite() throws IOException {
        publisher.publish(List.of(page("index.html", "<h1>الرئيسية</h1>"), page("2024/03/قمة/index.html", "<p>القمة</p>")));
    }

    @Test
    void publishesEveryFileWithTheMarker() throws IOException {
        Path image = Files.writeString(tmp.resolve("source.jpg"), "صورة");
        publisher.publish(List.of(page("index.html", "<h1>الرئيسية</h1>"), page("2024/03/قمة/index.html", "<p>القمة</p>"),
                OutputFile.copy("images/ميناء.jpg", image)));
        assertEquals(Map.of("index.html", "<h1>الرئيسية</h1>", "2024/03/قمة/index.html", "<p>القمة</p>",
                "images/ميناء.jpg", "صورة", Publisher.MARKER, Files.readString(out.resolve(Publisher.MARKER))), tree(out));
        assertTrue(Files.readString(out.resolve(Publisher.MARKER)).contains("Warraq"));
        assertEquals(out, publisher.out());
        assertNoLeftovers();
    }

    @Test
    void thousandsOfFilesInNestedFoldersAreAllWrittenThenAllReplaced() throws IOException {
        List<OutputFile> many = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            many.add(page("search/" + (i % 7) + "/" + (i % 13) + "/f" + i + ".js", "ملف " + i));
        }
        publisher.publish(many);
        for (int i = 0; i < 3000; i += 97) {
            assertEquals("ملف " + i, Files.readString(out.resolve("search/" + (i % 7) + "/" + (i % 13) + "/f" + i + ".js")));
        }
        try (var walk = Files.walk(out)) {
            assertEquals(3001, walk.filter(Files::isRegularFile).count());
        }
        publisher.publish(List.of(page("index.html", "صفحة")));
        try (var walk = Files.walk(out)) {
            assertEquals(List.of(out.resolve(Publisher.MARKER), out.resolve("index.html")),
                    walk.filter(Files::isRegularFile).sorted().toList());
        }
        assertEquals(List.of(out), folderOfTheSite(), "no staging or old folder left");
    }

    @Test
    void aStagingClosedWithoutCommitLeavesThePreviousSiteAndNoTrace() throws IOException {
        publishFirstSite();
        String before = Files.readString(out.resolve("index.html"));
        try (Publisher.Staging staging = publisher.stage()) {
            staging.write(page("index.html", "<h1>نصف بناء</h1>"));
            staging.write(page("جديد/index.html", "جديد"));
            assertTrue(Files.isDirectory(tmp.resolve(".site.new")), "files go to staging as they are written");
            assertThrows(IOException.class, () -> staging.write(page("index.html", "مرة ثانية")));
        }
        assertEquals(before, Files.readString(out.resolve("index.html")));
        assertFalse(Files.exists(out.resolve("جديد")));
        assertEquals(List.of(out), folderOfTheSite());
        publishFirstSite();
        assertEquals(List.of(Publisher.MARKER, "2024/03/قمة/index.html", "index.html"), List.copyOf(tree(out).keySet()),
                "the failed build's files, in the spare, do not reach the next site");
    }

    @Test
    void aSecondBuildPublishingToTheSameFolderStopsAtOnceAndTheFirstFinishes() throws IOException {
        publishFirstSite();
        try (Publisher.Staging first = keeping.stage()) {
            first.write(page("index.html", "<h1>الأول</h1>"));
            for (Publisher second : List.of(new Publisher(out), new Publisher(out, spare))) {
                OutputLock.OutputBusyException busy = assertThrows(OutputLock.OutputBusyException.class, second::stage);
                assertTrue(busy.getMessage().contains("another build is publishing to " + out), busy.getMessage());
                assertThrows(OutputLock.OutputBusyException.class, second::recover, "nor may it tidy up after the first");
            }
            assertEquals("<h1>الأول</h1>", Files.readString(staging.resolve("index.html")), "the first's staging is untouched");
            assertTrue(Files.exists(tmp.resolve(".site.lock")), "the lock file is there while a build publishes");
            first.commit();
        }
        assertFalse(Files.exists(tmp.resolve(".site.lock")), "the lock file goes with the build that held it");
        assertEquals(Map.of(Publisher.MARKER, Files.readString(out.resolve(Publisher.MARKER)), "index.html", "<h1>الأول</h1>"), tree(out));
        publishFirstSite();
        assertEquals("<h1>الرئيسية</h1>", Files.readString(out.resolve("index.html")), "the lock goes with the first build");
    }

    @Test
    void aBuildInAnotherProcessHoldsTheFolderUntilItIsKilledAndTheNextBuildThenTidiesUp() throws Exception {
        publishFirstSite();
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process other = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"), LockHolder.class.getName(),
                out.toString()).redirectErrorStream(true).start();
        try {
            String said = new String(other.getInputStream().readNBytes("staged".length()), StandardCharsets.UTF_8);
            assertEquals("staged", said);
            OutputLock.OutputBusyException busy = assertThrows(OutputLock.OutputBusyException.class, publisher::stage);
            assertTrue(busy.getMessage().contains(out + " (process " + other.pid() + ")"), busy.getMessage());
            assertEquals("نصف بناء", Files.readString(staging.resolve("index.html")));
        } finally {
            other.destroyForcibly().waitFor();
        }
        assertTrue(Files.exists(tmp.resolve(".site.lock")), "a killed build leaves its lock file, but not its lock");
        assertEquals("<h1>الرئيسية</h1>", Files.readString(out.resolve("index.html")));
        publisher.publish(List.of(page("index.html", "<h1>بعده</h1>")));
        assertEquals(Map.of(Publisher.MARKER, Files.readString(out.resolve(Publisher.MARKER)), "index.html", "<h1>بعده</h1>"), tree(out));
        assertNoLeftovers();
        assertEquals(List.of(out), folderOfTheSite(), "the next build deleted the lock file when done");
    }

    @Test
    void theSpoolLivesBesideTheOutputNeverInItAndAKilledBuildsSpoolIsDropped() throws IOException {
        Path spoolFile = tmp.resolve(".site.spool");
        Files.writeString(spoolFile, "left by a killed build");
        try (Publisher.Staging staging = publisher.stage()) {
            assertFalse(Files.exists(spoolFile), "a leftover spool is removed when a build starts");
            try (Spool spool = staging.spool()) {
                spool.add(page("search/manifest.js", "بيان"));
                assertTrue(Files.exists(spoolFile));
                spool.writeTo(staging::write);
            }
            assertFalse(Files.exists(spoolFile));
            staging.commit();
        }
        assertEquals("بيان", Files.readString(out.resolve("search/manifest.js")));
        assertNoLeftovers();
        Files.writeString(spoolFile, "left by a killed build");
        publisher.recover();
        assertFalse(Files.exists(spoolFile), "recover drops a leftover spool");
    }

    @Test
    void theScratchFolderBesideTheSpoolGoesWithItAndAKilledBuildsIsDropped() throws IOException {
        Path scratch = tmp.resolve(".site.spool.scratch");
        Files.createDirectories(scratch.resolve("index"));
        Files.writeString(scratch.resolve("index/_0.cfs"), "left by a killed build");
        try (Publisher.Staging staging = publisher.stage()) {
            assertFalse(Files.exists(scratch), "a leftover scratch folder is removed when a build starts");
            try (Spool spool = staging.spool()) {
                assertEquals(scratch, spool.scratch());
                Files.createDirectories(spool.scratch().resolve("index"));
                Files.writeString(spool.scratch().resolve("index/_0.cfs"), "فهرس");
            }
            assertFalse(Files.exists(scratch), "the scratch folder is deleted with the spool");
            staging.commit();
        }
        assertNoLeftovers();
        Files.createDirectories(scratch);
        publisher.recover();
        assertFalse(Files.exists(scratch), "recover drops a leftover scratch folder");
    }

    @Test
    void aSecondPublishReplacesTheWholeSite() throws IOException {
        publishFirstSite();
        publisher.publish(List.of(page("index.html", "<h1>نسخة جديدة</h1>"), page("وسوم/index.html", "وسوم")));
        assertEquals(List.of(Publisher.MARKER, "index.html", "وسوم/index.html"), List.copyOf(tree(out).keySet()));
        assertEquals("<h1>نسخة جديدة</h1>", Files.readString(out.resolve("index.html")));
        assertFalse(Files.exists(out.resolve("2024")));
        assertNoLeftovers();
    }

    @Test
    void anEmptyExistingFolderIsAdopted() throws IOException {
        Files.createDirectories(out);
        publishFirstSite();
        assertTrue(Files.exists(out.resolve("index.html")));
    }

    @Test
    void aFolderNotMadeByWarraqIsRefusedAndLeftAlone() throws IOException {
        Files.createDirectories(out.resolve("مسودات"));
        Files.writeString(out.resolve("مسودات/ملاحظات.txt"), "لا تحذف");
        Map<String, byte[]> before = bytes(out);
        IOException e = assertThrows(IOException.class, this::publishFirstSite);
        assertTrue(e.getMessage().contains("not made by Warraq"), e.getMessage());
        assertSameBytes(before, bytes(out));
        assertNoLeftovers();
    }

    @Test
    void aFileWhereTheFolderShouldBeIsRefused() throws IOException {
        Files.writeString(out, "ملف");
        assertThrows(IOException.class, this::publishFirstSite);
        assertEquals("ملف", Files.readString(out));
    }

    @Test
    void aBuildKilledBetweenTheRenamesIsFinishedByRecover() throws IOException {
        publishFirstSite();
        Files.createDirectories(staging.resolve("2025"));
        Files.writeString(staging.resolve("index.html"), "الموقع الجديد");
        Files.writeString(staging.resolve("2025/index.html"), "أرشيف");
        Files.writeString(staging.resolve(Publisher.MARKER), "Generated by Warraq.\n");
        Files.writeString(complete, "");
        Files.move(out, old);

        publisher.recover();

        assertEquals(Map.of("index.html", "الموقع الجديد", "2025/index.html", "أرشيف", Publisher.MARKER, "Generated by Warraq.\n"),
                tree(out));
        assertNoLeftovers();
    }

    @Test
    void aBuildKilledBeforeTheFirstRenameIsFinishedByRecover() throws IOException {
        publishFirstSite();
        Files.createDirectories(staging);
        Files.writeString(staging.resolve("index.html"), "الموقع الجديد");
        Files.writeString(staging.resolve(Publisher.MARKER), "Generated by Warraq.\n");
        Files.writeString(complete, "");

        publisher.recover();

        assertEquals("الموقع الجديد", Files.readString(out.resolve("index.html")));
        assertFalse(Files.exists(out.resolve("2024")));
        assertNoLeftovers();
    }

    @Test
    void aBuildKilledAfterTheSecondRenameIsTidiedByRecover() throws IOException {
        publishFirstSite();
        Map<String, byte[]> published = bytes(out);
        Files.createDirectories(old);
        Files.writeString(old.resolve("index.html"), "القديم");
        Files.writeString(complete, "");

        publisher.recover();

        assertSameBytes(published, bytes(out));
        assertNoLeftovers();
    }

    @Test
    void theNextPublishFinishesAKilledBuildFirst() throws IOException {
        publishFirstSite();
        Files.createDirectories(staging);
        Files.writeString(staging.resolve("index.html"), "نصف منشور");
        Files.writeString(staging.resolve(Publisher.MARKER), "Generated by Warraq.\n");
        Files.writeString(complete, "");
        Files.move(out, old);

        publisher.publish(List.of(page("index.html", "الأحدث")));

        assertEquals(Map.of("index.html", "الأحدث", Publisher.MARKER, Files.readString(out.resolve(Publisher.MARKER))), tree(out));
        assertNoLeftovers();
    }

    @Test
    void recoverNeverReplacesAFolderNotMadeByWarraq() throws IOException {
        Files.createDirectories(staging);
        Files.writeString(staging.resolve("index.html"), "بقايا بناء سابق");
        Files.writeString(complete, "");
        Files.createDirectories(out);
        Files.writeString(out.resolve("ملاحظات.txt"), "لا تحذف");
        Map<String, byte[]> before = bytes(out);

        publisher.recover();
        assertSameBytes(before, bytes(out));
        assertThrows(IOException.class, this::publishFirstSite);
        assertSameBytes(before, bytes(out));
    }

    @Test
    void incompleteStagingIsDiscardedAndTheOldSiteKept() throws IOException {
        publishFirstSite();
        Map<String, byte[]> published = bytes(out);
        Files.createDirectories(staging.resolve("2025"));
        Files.writeString(staging.resolve("2025/index.html"), "نصف مكتوب");

        publisher.recover();

        assertSameBytes(published, bytes(out));
        assertNoLeftovers();
        publishFirstSite();
        assertSameBytes(published, bytes(out));
    }

    @Test
    void aSiteMovedAsideWithoutCompleteStagingIsRestored() throws IOException {
        publishFirstSite();
        Map<String, byte[]> published = bytes(out);
        Files.move(out, old);
        Files.createDirectories(staging);
        Files.writeString(staging.resolve("index.html"), "نصف مكتوب");

        publisher.recover();

        assertSameBytes(published, bytes(out));
        assertNoLeftovers();
    }

    @Test
    void anUnsafePathLeavesThePreviousSiteByteIdentical() throws IOException {
        publishFirstSite();
        Map<String, byte[]> published = bytes(out);
        assertThrows(IllegalArgumentException.class,
                () -> publisher.publish(List.of(page("index.html", "جديد"), page("../هروب.html", "خارج"))));
        assertSameBytes(published, bytes(out));
        assertFalse(Files.exists(tmp.resolve("هروب.html")));
        assertFalse(Files.exists(complete));
        publisher.publish(List.of(page("index.html", "بعد الإصلاح")));
        assertEquals("بعد الإصلاح", Files.readString(out.resolve("index.html")));
        assertNoLeftovers();
    }

    @Test
    void aMissingSourceFileLeavesThePreviousSiteByteIdentical() throws IOException {
        publishFirstSite();
        Map<String, byte[]> published = bytes(out);
        assertThrows(IOException.class, () -> publisher.publish(List.of(page("index.html", "جديد"),
                OutputFile.copy("images/مفقودة.jpg", tmp.resolve("لا-توجد.jpg")))));
        assertSameBytes(published, bytes(out));
        assertFalse(Files.exists(complete));
    }

    @Test
    void twoOutputsForOnePathAreRefused() throws IOException {
        publishFirstSite();
        Map<String, byte[]> published = bytes(out);
        IOException e = assertThrows(IOException.class,
                () -> publisher.publish(List.of(page("tags/index.html", "أ"), page("tags/index.html", "ب"))));
        assertTrue(e.getMessage().contains("tags/index.html"), e.getMessage());
        assertSameBytes(published, bytes(out));
    }

    @Test
    void recoverWithNothingToDoChangesNothing() throws IOException {
        publisher.recover();
        assertFalse(Files.exists(out));
        publishFirstSite();
        Map<String, byte[]> published = bytes(out);
        publisher.recover();
        assertSameBytes(published, bytes(out));
        assertNoLeftovers();
    }

    @Test
    void deleteTreeRemovesNestedFoldersButNotLinkTargets() throws IOException {
        Path keep = Files.writeString(tmp.resolve("keep.txt"), "باق");
        Path doomed = Files.createDirectories(tmp.resolve("doomed/a/b"));
        Files.writeString(doomed.resolve("f.txt"), "x");
        Files.createSymbolicLink(tmp.resolve("doomed/link.txt"), keep);
        Publisher.deleteTree(tmp.resolve("doomed"));
        assertFalse(Files.exists(tmp.resolve("doomed")));
        assertEquals("باق", Files.readString(keep));
        Publisher.deleteTree(tmp.resolve("never-existed"));
    }

    private static Object fileKey(Path p) throws IOException {
        return Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).fileKey();
    }

    @Test
    void anUnchangedFileIsTheSameFileAfterARebuildAndAChangedOneIsWrittenAnew() throws IOException {
        Path image = Files.writeString(tmp.resolve("source.jpg"), "صورة");
        publisher.publish(List.of(page("index.html", "<h1>الرئيسية</h1>"), page("a/index.html", "قديم"),
                OutputFile.copy("images/ميناء.jpg", image)));
        Object index = fileKey(out.resolve("index.html"));
        Object picture = fileKey(out.resolve("images/ميناء.jpg"));
        Object changed = fileKey(out.resolve("a/index.html"));
        FileTime time = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(out.resolve("index.html"), time);

        publisher.publish(List.of(page("index.html", "<h1>الرئيسية</h1>"), page("a/index.html", "جديد"),
                page("b/index.html", "<h1>الرئيسية</h1>"), OutputFile.copy("images/ميناء.jpg", image)));

        assertEquals(Map.of("index.html", "<h1>الرئيسية</h1>", "a/index.html", "جديد", "b/index.html", "<h1>الرئيسية</h1>",
                "images/ميناء.jpg", "صورة", Publisher.MARKER, Files.readString(out.resolve(Publisher.MARKER))), tree(out));
        assertEquals(index, fileKey(out.resolve("index.html")));
        assertEquals(time, Files.getLastModifiedTime(out.resolve("index.html")));
        assertEquals(picture, fileKey(out.resolve("images/ميناء.jpg")));
        assertNotEquals(changed, fileKey(out.resolve("a/index.html")));
        assertNotEquals(index, fileKey(out.resolve("b/index.html")), "only the file at the same path is taken");
        assertNoLeftovers();
    }

    @Test
    void aFileEditedInTheOutputByHandIsWrittenAgainEvenAtTheSameSize() throws IOException {
        publishFirstSite();
        Files.writeString(out.resolve("index.html"), "<h1>الرئيسيه</h1>");
        publishFirstSite();
        assertEquals("<h1>الرئيسية</h1>", Files.readString(out.resolve("index.html")));
    }

    /** The record is written beside the pruning of the spare; when it cannot be, the commit fails and the site stays. */
    @Test
    void aRecordThatCannotBeWrittenFailsTheCommitAndLeavesTheSite() throws IOException {
        keepingFirstSite();
        keepingFirstSite();
        Map<String, String> before = tree(out);
        Path record = spare.resolveSibling("previous-site.stamps");
        Files.deleteIfExists(record);
        Files.createDirectories(record.resolve("in-the-way"));
        try (Publisher.Staging s = keeping.stage()) {
            s.write(page("index.html", "<h1>جديد</h1>"));
            assertThrows(IOException.class, s::commit);
        }
        assertEquals(before, tree(out));
        assertFalse(Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().equals("warraq-publish-record")),
                "no thread of the commit's is left running");
        Publisher.deleteTree(record);
        keeping.publish(List.of(page("index.html", "<h1>جديد</h1>")));
        assertEquals("<h1>جديد</h1>", Files.readString(out.resolve("index.html")));
        assertTrue(Files.isRegularFile(record), "and the next commit records again");
    }

    @Test
    void withACacheAFileEditedInTheOutputByHandIsWrittenAgainEvenAtTheSameSize() throws IOException {
        keepingFirstSite();
        Files.writeString(out.resolve("index.html"), "<h1>الرئيسيه</h1>");
        keepingFirstSite();
        assertEquals("<h1>الرئيسية</h1>", Files.readString(out.resolve("index.html")));
        try (Publisher.Staging s = keeping.stage()) {
            Files.writeString(out.resolve("index.html"), "<h1>الرئيسيه</h1>");
            assertFalse(s.keep("index.html", sha("<h1>الرئيسية</h1>")), "nor is a page kept");
        }
    }

    /**
     * With a cache the publisher records what it published ({@link PublishedStamps}) once it has a site to compare with:
     * a file that is still the very file recorded, by its inode, size and time, is compared by its recorded digest
     * without being read, which this test
     * shows by editing one by hand and setting its time back (a change no stamp can see). A file put in the place of
     * another, with its size and time, is read and written again.
     */
    @Test
    void aFileStillTheOneRecordedIsComparedByItsRecordedDigestAndAnotherIsRead() throws IOException {
        Path record = tmp.resolve("cache/previous-site.stamps");
        keepingFirstSite();
        assertFalse(Files.exists(record), "a build with no site to compare with records nothing");
        keepingFirstSite();
        assertTrue(Files.isRegularFile(record));
        // As if the record had been written a moment after the files it names, not in the same tick of the clock.
        Files.setLastModifiedTime(record, FileTime.from(Instant.now().plusSeconds(60)));
        Path index = out.resolve("index.html");
        FileTime time = Files.getLastModifiedTime(index);
        Files.writeString(index, "<h1>الرئيسيه</h1>");
        Files.setLastModifiedTime(index, time);
        Path page = out.resolve("2024/03/قمة/index.html");
        Path copy = Files.writeString(tmp.resolve("copy.html"), "<p>القمه</p>");
        Files.setLastModifiedTime(copy, Files.getLastModifiedTime(page));
        Files.move(copy, page, StandardCopyOption.REPLACE_EXISTING);

        keepingFirstSite();
        assertEquals("<h1>الرئيسيه</h1>", Files.readString(index), "taken at its stamp, not read");
        assertEquals("<p>القمة</p>", Files.readString(page), "another file at the path: read, and written again");
        Files.setLastModifiedTime(record, FileTime.from(Instant.now().plusSeconds(60)));
        try (Publisher.Staging s = keeping.stage()) {
            assertTrue(s.keep("index.html", sha("<h1>الرئيسية</h1>")), "a page is kept by its recorded digest alike");
        }
    }

    @Test
    void aSymbolicLinkInTheOutputIsNeverTakenOrFollowed() throws IOException {
        Path outside = Files.writeString(tmp.resolve("outside.html"), "<h1>الرئيسية</h1>");
        assertLinkIsNotTaken("index.html", outside, "index.html", outside);
    }

    @Test
    void aFileBehindALinkedFolderInTheOutputIsNeverTaken() throws IOException {
        Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere/03/قمة"));
        Path outside = Files.writeString(elsewhere.resolve("index.html"), "<p>القمة</p>");
        assertLinkIsNotTaken("2024", tmp.resolve("elsewhere"), "2024/03/قمة/index.html", outside);
    }

    /**
     * Publishes the first site, replaces {@code linked} in it by a symbolic link to {@code target}, under which
     * {@code outside} has the bytes the build makes for {@code file}, and publishes again: the file is written anew,
     * not taken from outside the site.
     */
    private void assertLinkIsNotTaken(String linked, Path target, String file, Path outside) throws IOException {
        publishFirstSite();
        String bytes = Files.readString(out.resolve(file));
        assertEquals(bytes, Files.readString(outside), "the file outside has the very bytes of the site's");
        Publisher.deleteTree(out.resolve(linked));
        Files.createSymbolicLink(out.resolve(linked), target);
        publishFirstSite();
        assertFalse(Files.isSymbolicLink(out.resolve(linked)));
        assertTrue(Files.isRegularFile(out.resolve(file), LinkOption.NOFOLLOW_LINKS));
        assertEquals(bytes, Files.readString(out.resolve(file)));
        assertNotEquals(fileKey(outside), fileKey(out.resolve(file)));
        assertEquals(bytes, Files.readString(outside));
    }

    private static byte[] sha(String text) {
        return Digest.sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aKeptPageIsThePreviousFileWhenItsBytesHaveTheDigest() throws IOException {
        publishFirstSite();
        Object index = fileKey(out.resolve("index.html"));
        try (Publisher.Staging s = publisher.stage()) {
            assertTrue(s.keep("index.html", sha("<h1>الرئيسية</h1>")));
            assertFalse(s.keep("2024/03/قمة/index.html", sha("<p>غير ذلك</p>")), "other bytes: the caller writes the page");
            assertFalse(s.keep("2024/04/جديد/index.html", sha("<p>جديد</p>")), "no previous file");
            assertThrows(IOException.class, () -> s.write(page("index.html", "<h1>أخرى</h1>")), "a kept path is taken");
            s.write(page("2024/03/قمة/index.html", "<p>غير ذلك</p>"));
            s.commit();
        }
        assertEquals(index, fileKey(out.resolve("index.html")));
        assertEquals("<p>غير ذلك</p>", Files.readString(out.resolve("2024/03/قمة/index.html")));
        assertFalse(Files.exists(out.resolve("2024/04")));
        assertNoLeftovers();
    }

    /** A recorded file is made only when the previous site has no file with its digest: missing, edited, or never recorded. */
    @Test
    void aRecordedFileIsTakenBackByItsDigestAndMadeOtherwise() throws IOException {
        publishFirstSite();
        Object index = fileKey(out.resolve("index.html"));
        java.util.concurrent.atomic.AtomicInteger made = new java.util.concurrent.atomic.AtomicInteger();
        java.util.function.Function<String, java.util.function.Supplier<byte[]>> maker = text -> () -> {
            made.incrementAndGet();
            return text.getBytes(StandardCharsets.UTF_8);
        };
        try (Publisher.Staging s = publisher.stage()) {
            assertTrue(s.write(new RecordedFile("index.html", sha("<h1>الرئيسية</h1>"), maker.apply("<h1>الرئيسية</h1>"))));
            assertEquals(0, made.get(), "taken back without being made");
            assertFalse(s.write(new RecordedFile("2024/03/قمة/index.html", sha("<p>القمة المعدلة</p>"), maker.apply("<p>القمة المعدلة</p>"))),
                    "the previous file has other bytes");
            assertFalse(s.write(new RecordedFile("2024/04/جديد/index.html", sha("<p>جديد</p>"), maker.apply("<p>جديد</p>"))), "no previous file");
            assertFalse(s.write(new RecordedFile("about.html", null, maker.apply("<p>عن</p>"))), "never recorded");
            assertEquals(3, made.get());
            s.commit();
        }
        assertEquals(index, fileKey(out.resolve("index.html")));
        assertEquals("<p>القمة المعدلة</p>", Files.readString(out.resolve("2024/03/قمة/index.html")));
        assertEquals("<p>جديد</p>", Files.readString(out.resolve("2024/04/جديد/index.html")));
        assertEquals("<p>عن</p>", Files.readString(out.resolve("about.html")));
        assertNoLeftovers();
    }

    @Test
    void aPageEditedInTheOutputByHandIsNotKept() throws IOException {
        publishFirstSite();
        Files.writeString(out.resolve("index.html"), "<h1>الرئيسيه</h1>");
        try (Publisher.Staging s = publisher.stage()) {
            assertFalse(s.keep("index.html", sha("<h1>الرئيسية</h1>")));
        }
    }

    @Test
    void aPageBehindASymbolicLinkIsNotKept() throws IOException {
        publishFirstSite();
        Path outside = Files.writeString(tmp.resolve("outside.html"), "<h1>الرئيسية</h1>");
        Files.delete(out.resolve("index.html"));
        Files.createSymbolicLink(out.resolve("index.html"), outside);
        Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere/03/قمة"));
        Files.writeString(elsewhere.resolve("index.html"), "<p>القمة</p>");
        Publisher.deleteTree(out.resolve("2024"));
        Files.createSymbolicLink(out.resolve("2024"), tmp.resolve("elsewhere"));
        try (Publisher.Staging s = publisher.stage()) {
            assertFalse(s.keep("index.html", sha("<h1>الرئيسية</h1>")));
            assertFalse(s.keep("2024/03/قمة/index.html", sha("<p>القمة</p>")));
        }
    }

    @Test
    void aStagingDroppedAfterTakingUnchangedFilesLeavesThePreviousSiteWhole() throws IOException {
        publishFirstSite();
        Map<String, byte[]> published = bytes(out);
        Object index = fileKey(out.resolve("index.html"));
        try (Publisher.Staging s = publisher.stage()) {
            s.write(page("index.html", "<h1>الرئيسية</h1>"));
            s.write(page("2024/03/قمة/index.html", "<p>تغير</p>"));
        }
        assertSameBytes(published, bytes(out));
        assertEquals(index, fileKey(out.resolve("index.html")));
        assertNoLeftovers();
    }

    /** Every folder under {@code dir} that has nothing in it. */
    private static List<Path> emptyFolders(Path dir) throws IOException {
        List<Path> empty = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isDirectory).toList()) {
                try (Stream<Path> inside = Files.list(p)) {
                    if (inside.findAny().isEmpty()) {
                        empty.add(p);
                    }
                }
            }
        }
        return empty;
    }

    /** A site of some of {@code paths}, none of them both a file and a folder, each with one of three texts. */
    private static Map<String, String> randomSite(Random random, List<String> paths) {
        List<String> shuffled = new ArrayList<>(paths);
        Collections.shuffle(shuffled, random);
        Map<String, String> site = new TreeMap<>();
        for (String path : shuffled.subList(0, 1 + random.nextInt(shuffled.size()))) {
            if (site.keySet().stream().noneMatch(q -> q.startsWith(path + "/") || path.startsWith(q + "/"))) {
                site.put(path, List.of("أ", "ب", "جـ").get(random.nextInt(3)));
            }
        }
        return site;
    }

    @Test
    void everyRebuildBringsTheSpareUpToDateWithoutTouchingTheCurrentSite() throws IOException {
        Random random = new Random(20261130);
        List<String> paths = List.of("index.html", "a", "a/index.html", "a/b", "a/b/index.html", "a/b/c/d.js", "e/f.css",
                "e", "g/h/i/j/k.html", "g/h/i/l.html", "g/m.html", "وسوم/سياسة/index.html", "وسوم/index.html", "وسوم");
        int adopted = 0;
        for (int round = 0; round < 60; round++) {
            Map<String, String> site = randomSite(random, paths);
            Map<String, String> before = Files.exists(out) ? tree(out) : Map.of();
            Map<String, Object> keys = new TreeMap<>();
            for (String path : before.keySet()) {
                keys.put(path, fileKey(out.resolve(path)));
            }
            Object spareFolder = Files.exists(spare) ? fileKey(spare) : null;
            boolean fails = random.nextInt(5) == 0;
            List<String> order = new ArrayList<>(site.keySet());
            Collections.shuffle(order, random);
            try (Publisher.Staging s = keeping.stage()) {
                if (spareFolder != null) {
                    assertEquals(spareFolder, fileKey(staging), "the spare is the staging folder");
                    adopted++;
                }
                for (String path : fails ? order.subList(0, order.size() / 2) : order) {
                    s.write(page(path, site.get(path)));
                }
                assertEquals(before, Files.exists(out) ? tree(out) : Map.of(), "the current site is untouched until the swap");
                if (!fails) {
                    s.commit();
                }
            }
            if (fails) {
                assertEquals(before, Files.exists(out) ? tree(out) : Map.of(), "a failed build leaves the site as it was");
                assertEquals(spareFolder != null, Files.isDirectory(spare), "and the spare, if there was one");
                assertSpareHoldsOnlyTheSitesFiles();
                continue;
            }
            Map<String, String> expected = new TreeMap<>(site);
            expected.put(Publisher.MARKER, Files.readString(out.resolve(Publisher.MARKER)));
            assertEquals(expected, tree(out), "round " + round);
            assertEquals(List.of(), emptyFolders(out), "round " + round);
            for (String path : site.keySet()) {
                if (site.get(path).equals(before.get(path))) {
                    assertEquals(keys.get(path), fileKey(out.resolve(path)), path + " is unchanged, so the same file");
                }
            }
            assertNoLeftovers();
            assertSpareHoldsOnlyTheSitesFiles();
        }
        assertTrue(adopted > 40, adopted + " builds staged into the spare");
    }

    /** Every file in the spare is the very file the published site has at its path: no text the site does not show. */
    private void assertSpareHoldsOnlyTheSitesFiles() throws IOException {
        if (!Files.exists(spare)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(spare)) {
            for (Path p : walk.filter(p -> !Files.isDirectory(p)).toList()) {
                Path published = out.resolve(spare.relativize(p).toString());
                assertTrue(Files.isRegularFile(published, LinkOption.NOFOLLOW_LINKS), "the spare has " + p + ", the site does not");
                assertEquals(fileKey(published), fileKey(p), "the spare's " + p + " is the site's file");
            }
        }
    }

    @Test
    void aRetractedArticleIsGoneFromTheSpareAsFromTheSite() throws IOException {
        keeping.publish(List.of(page("index.html", "<h1>الرئيسية</h1><a>مقال سيسحب</a>"), page("2024/03/سحب/index.html", "<p>مقال سيسحب</p>"),
                page("about/index.html", "من نحن")));
        keeping.publish(List.of(page("index.html", "<h1>الرئيسية</h1>"), page("about/index.html", "من نحن")));
        assertEquals(List.of("about/index.html"), tree(spare).keySet().stream().toList(),
                "the spare keeps only the files the new site has, unchanged");
        assertSpareHoldsOnlyTheSitesFiles();
        keeping.publish(List.of(page("index.html", "<h1>الرئيسية</h1>"), page("about/index.html", "من نحن")));
        assertSpareHoldsOnlyTheSitesFiles();
        assertFalse(tree(spare).values().stream().anyMatch(text -> text.contains("سيسحب")));
    }

    @Test
    void aPlaceForTheSpareOnAnotherFileSystemMeansTheReplacedSiteIsDeleted() throws IOException {
        Path memory = Path.of("/dev/shm");
        boolean apart = Files.isDirectory(memory) && !Files.getFileStore(memory).equals(Files.getFileStore(tmp));
        if (!apart) {
            System.err.println("*** SKIPPED: no /dev/shm on a file system other than " + tmp + " ***");
        }
        Assumptions.assumeTrue(apart, "needs /dev/shm on another file system than the temporary folder");
        Path elsewhere = Files.createTempDirectory(memory, "warraq-spare");
        try {
            Publisher across = new Publisher(out, elsewhere.resolve("cache/previous-site"));
            across.publish(List.of(page("index.html", "<h1>الرئيسية</h1>"), page("2024/03/قمة/index.html", "<p>القمة</p>")));
            across.publish(List.of(page("index.html", "<h1>الرئيسية</h1>")));
            assertFalse(Files.exists(elsewhere.resolve("cache/previous-site")), "the replaced site could not be moved there");
            assertEquals(List.of(out), folderOfTheSite(), "and was deleted");
            across.publish(List.of(page("index.html", "<h1>جديد</h1>")));
            assertEquals(List.of(Publisher.MARKER, "index.html"), List.copyOf(tree(out).keySet()));
            assertEquals("<h1>جديد</h1>", Files.readString(out.resolve("index.html")));
            Path spareThere = elsewhere.resolve("cache/previous-site");
            assertTrue(!Files.exists(spareThere) || tree(spareThere).isEmpty(),
                    "nothing of the site is there (a replaced site pruned to nothing is an empty folder, which moves)");
        } finally {
            Publisher.deleteTree(elsewhere);
        }
    }

    @Test
    void withoutAPlaceForASpareTheReplacedSiteIsDeleted() throws IOException {
        publishFirstSite();
        publishFirstSite();
        assertEquals(List.of(out), folderOfTheSite());
    }

    @Test
    void whatTheSpareHasThatTheBuildDoesNotMakeNeverReachesTheSite() throws IOException {
        keepingFirstSite();
        keepingFirstSite();
        assertTrue(Files.isDirectory(spare));
        Files.writeString(spare.resolve("سر.html"), "ليس من البناء");
        Files.createDirectories(spare.resolve("2024/03/مسودة"));
        Files.writeString(spare.resolve("2024/03/مسودة/index.html"), "مسودة");
        Files.delete(spare.resolve("index.html"));
        Files.writeString(spare.resolve("index.html"), "<h1>نسخة قديمة</h1>");
        keepingFirstSite();
        assertEquals(List.of(Publisher.MARKER, "2024/03/قمة/index.html", "index.html"), List.copyOf(tree(out).keySet()));
        assertEquals("<h1>الرئيسية</h1>", Files.readString(out.resolve("index.html")), "a file of the spare is kept only if it is the site's");
        assertEquals(List.of(), emptyFolders(out));
        assertFalse(Files.exists(out.resolve("2024/03/مسودة")));
    }

    @Test
    void symbolicLinksInTheSpareAreReplacedNeverWrittenThroughOrTaken() throws IOException {
        keepingFirstSite();
        keepingFirstSite();
        Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere/03/قمة"));
        Path outside = Files.writeString(elsewhere.resolve("index.html"), "خارج الموقع");
        Publisher.deleteTree(spare.resolve("2024"));
        Files.createSymbolicLink(spare.resolve("2024"), tmp.resolve("elsewhere"));
        Path outsidePage = Files.writeString(tmp.resolve("outside.html"), "<h1>الرئيسية</h1>");
        Files.delete(spare.resolve("index.html"));
        Files.createSymbolicLink(spare.resolve("index.html"), outsidePage);

        keeping.publish(List.of(page("index.html", "<h1>الرئيسية</h1>"), page("2024/03/قمة/index.html", "<p>جديد</p>")));

        assertEquals("خارج الموقع", Files.readString(outside));
        assertEquals("<h1>الرئيسية</h1>", Files.readString(outsidePage));
        assertTrue(Files.isRegularFile(out.resolve("index.html"), LinkOption.NOFOLLOW_LINKS));
        assertNotEquals(fileKey(outsidePage), fileKey(out.resolve("index.html")));
        assertEquals("<p>جديد</p>", Files.readString(out.resolve("2024/03/قمة/index.html")));
        assertFalse(Files.isSymbolicLink(out.resolve("2024")));
        assertTrue(Files.isDirectory(spare) && !Files.isSymbolicLink(spare.resolve("2024")), "the spare is the replaced site");
    }

    /**
     * Repeated: the two paths are written on two threads, and in about one run in eight the failed build's own clean-up
     * met a path made both ways and left no spare.
     */
    @RepeatedTest(50)
    void aPathWrittenAsAFileAndAsAFolderIsRefusedWhenStagingIntoTheSpare() throws IOException {
        keepingFirstSite();
        keepingFirstSite();
        Map<String, byte[]> published = bytes(out);
        for (List<String> order : List.of(List.of("a/b", "a/b/index.html"), List.of("a/b/index.html", "a/b"))) {
            assertTrue(Files.isDirectory(spare));
            IOException e = assertThrows(IOException.class,
                    () -> keeping.publish(order.stream().map(path -> page(path, "ملف")).toList()), order.toString());
            assertTrue(e.getMessage().contains("a/b"), e.getMessage());
            assertSameBytes(published, bytes(out));
        }
    }
}
