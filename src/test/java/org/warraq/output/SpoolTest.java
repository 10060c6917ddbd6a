package org.warraq.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.warraq.content.StoredText;
import org.junit.jupiter.api.io.TempDir;

class SpoolTest {

    @TempDir
    Path tmp;

    private static List<OutputFile> files() {
        List<OutputFile> files = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            String text = "ملف " + i + " " + "س".repeat(i * 37 % 5000);
            files.add(OutputFile.of("search/e/" + i + ".js", text.getBytes(StandardCharsets.UTF_8)));
        }
        files.add(OutputFile.of("search/empty.js", new byte[0]));
        return files;
    }

    private static Map<String, byte[]> written(Spool spool) throws IOException {
        Map<String, byte[]> out = new ConcurrentHashMap<>();
        List<String> order = Collections.synchronizedList(new ArrayList<>());
        spool.writeTo(f -> {
            assertTrue(out.put(f.path(), f.bytes()) == null, "written twice: " + f.path());
            order.add(f.path());
        });
        return out;
    }

    @Test
    void everyFileComesBackByteForByteFromDisk() throws IOException {
        Path file = tmp.resolve("spool");
        List<OutputFile> files = files();
        try (Spool spool = Spool.onDisk(file)) {
            for (OutputFile f : files) {
                spool.add(f);
            }
            assertTrue(Files.size(file) > 100_000, "the bytes are on disk");
            assertEquals(files.stream().map(OutputFile::path).toList(), spool.paths());
            Map<String, byte[]> out = written(spool);
            assertEquals(files.size(), out.size());
            for (OutputFile f : files) {
                assertArrayEquals(f.bytes(), out.get(f.path()), f.path());
            }
        }
        assertFalse(Files.exists(file), "closing deletes the spool");
    }

    @Test
    void aCopiedFileTravelsAsItIs() throws IOException {
        OutputFile copy = OutputFile.copy("img/a.png", tmp.resolve("a.png"));
        try (Spool spool = Spool.onDisk(tmp.resolve("spool"))) {
            spool.add(copy);
            List<OutputFile> out = new ArrayList<>();
            spool.writeTo(out::add);
            assertSame(copy, out.get(0));
        }
    }

    /** A recorded file costs the spool no bytes, and is handed on with the others, made only if asked. */
    @Test
    void aRecordedFileWaitsUnmade() throws IOException {
        Path file = tmp.resolve("spool");
        java.util.concurrent.atomic.AtomicInteger made = new java.util.concurrent.atomic.AtomicInteger();
        RecordedFile recorded = new RecordedFile("search/e/150-1.js", new byte[32], () -> {
            made.incrementAndGet();
            return "مصنوع".getBytes(StandardCharsets.UTF_8);
        });
        try (Spool spool = Spool.onDisk(file)) {
            spool.add(OutputFile.of("search/e/2.js", "ب".getBytes(StandardCharsets.UTF_8)));
            spool.add(recorded);
            spool.add(OutputFile.of("search/e/1.js", "أ".getBytes(StandardCharsets.UTF_8)));
            assertEquals(List.of("search/e/2.js", "search/e/150-1.js", "search/e/1.js"), spool.paths());
            long size = Files.size(file);
            List<String> order = Collections.synchronizedList(new ArrayList<>());
            List<RecordedFile> handed = Collections.synchronizedList(new ArrayList<>());
            spool.writeTo(f -> order.add(f.path()), r -> {
                order.add(r.path());
                handed.add(r);
            });
            assertEquals(List.of(recorded), handed);
            assertEquals(0, made.get(), "handed on unmade");
            assertEquals(List.of("search/e/1.js", "search/e/150-1.js", "search/e/2.js"), order.stream().sorted().toList());
            assertEquals(size, Files.size(file), "nothing of it on disk");
            assertEquals("مصنوع", new String(written(spool).get("search/e/150-1.js"), StandardCharsets.UTF_8),
                    "made for a writer that takes files only");
            assertEquals(1, made.get());
        }
    }

    /**
     * A digesting spool hands each file on with the digest of its bytes, read back only when made; a spool that does not
     * digest, and a copied file, hand files on as they are.
     */
    @Test
    void aDigestingSpoolHandsFilesOnByTheirDigestAndReadsThemBackOnlyWhenMade() throws IOException {
        List<OutputFile> files = files();
        OutputFile copy = OutputFile.copy("img/a.png", tmp.resolve("a.png"));
        try (Spool spool = Spool.onDisk(tmp.resolve("spool"), true)) {
            for (OutputFile f : files) {
                spool.add(f);
            }
            spool.add(copy);
            Map<String, RecordedFile> digested = new ConcurrentHashMap<>();
            List<OutputFile> plain = Collections.synchronizedList(new ArrayList<>());
            spool.writeTo(plain::add, r -> {
                throw new AssertionError("no recorded file was added");
            }, r -> assertTrue(digested.put(r.path(), r) == null, r.path()));
            assertEquals(List.of(copy), plain, "a copy is not digested");
            assertEquals(files.size(), digested.size());
            for (OutputFile f : files) {
                RecordedFile r = digested.get(f.path());
                assertArrayEquals(Digest.sha256(f.bytes()), r.sha256(), f.path());
                assertArrayEquals(f.bytes(), r.made().bytes(), f.path());
            }
            List<String> made = Collections.synchronizedList(new ArrayList<>());
            spool.writeTo(f -> made.add(f.path()));
            assertEquals(files.size() + 1, made.size(), "a writer that takes files only gets them made");
        }
        try (Spool spool = Spool.onDisk(tmp.resolve("plain"), false)) {
            spool.add(files.get(7));
            List<OutputFile> plain = new ArrayList<>();
            spool.writeTo(plain::add, r -> {
                throw new AssertionError("recorded");
            }, r -> {
                throw new AssertionError("digested");
            });
            assertArrayEquals(files.get(7).bytes(), plain.get(0).bytes());
        }
    }

    @Test
    void inMemoryHoldsTheFilesThemselves() throws IOException {
        List<OutputFile> files = files();
        try (Spool spool = Spool.inMemory()) {
            for (OutputFile f : files) {
                spool.add(f);
            }
            Map<String, byte[]> out = written(spool);
            for (OutputFile f : files) {
                assertSame(f.bytes(), out.get(f.path()));
            }
        }
        try (var entries = Files.list(tmp)) {
            assertEquals(0, entries.count());
        }
    }

    @Test
    void aSpoolNeverOverwritesAFile() throws IOException {
        Path file = Files.writeString(tmp.resolve("spool"), "someone's");
        assertThrows(IOException.class, () -> Spool.onDisk(file));
        assertEquals("someone's", Files.readString(file));
    }

    @Test
    void aFailingTargetFailsTheWriteAfterTheOthersEnded() throws IOException {
        try (Spool spool = Spool.onDisk(tmp.resolve("spool"))) {
            for (OutputFile f : files()) {
                spool.add(f);
            }
            IOException thrown = assertThrows(IOException.class, () -> spool.writeTo(f -> {
                if (f.path().equals("search/e/7.js")) {
                    throw new IOException("disk full");
                }
            }));
            assertEquals("disk full", thrown.getMessage());
        }
    }

    @Test
    void keptTextsComeBackExactlyFromDiskAndAreNotFiles() throws IOException {
        Path file = tmp.resolve("spool");
        String arabic = "<p dir=\"rtl\">قال المتحدث إنّ «الاتفاق» نهائي</p>\n" + "\u0000root\u0000" + "ـ".repeat(70_000);
        String lone = "نص فيه نصف زوج \ud83d وحده";
        try (Spool spool = Spool.onDisk(file)) {
            spool.add(OutputFile.of("search/a.js", new byte[] {1, 2, 3}));
            StoredText kept = spool.keep(arabic);
            StoredText empty = spool.keep("");
            StoredText odd = spool.keep(lone);
            String emoji = "خبر \ud83d\ude00 عاجل";
            StoredText paired = spool.keep(emoji);
            assertTrue(Files.size(file) > 140_000, "the text is on disk, not in the heap");
            assertFalse(kept instanceof StoredText.Held);
            assertEquals(arabic, kept.read());
            assertEquals(arabic, kept.read(), "read again, the same");
            assertEquals("", empty.read());
            assertEquals(new StoredText.Held(lone), odd, "a lone surrogate UTF-8 cannot carry stays in the heap");
            assertFalse(paired instanceof StoredText.Held, "a pair of surrogates is one character UTF-8 carries");
            assertEquals(emoji, paired.read());
            assertEquals(List.of("search/a.js"), spool.paths(), "texts are not files to write");
            assertEquals(List.of("search/a.js"), List.copyOf(written(spool).keySet()));
        }
        assertFalse(Files.exists(file));
    }

    @Test
    void keptTextsFromManyThreadsEachComeBackAsTheirOwn() throws IOException {
        try (Spool spool = Spool.onDisk(tmp.resolve("spool"))) {
            List<Integer> numbers = new ArrayList<>();
            for (int i = 0; i < 2_000; i++) {
                numbers.add(i);
            }
            List<StoredText> kept = numbers.parallelStream().map(i -> spool.keep("مقال " + i + " " + "ع".repeat(i % 97))).toList();
            for (int i = 0; i < kept.size(); i++) {
                assertEquals("مقال " + i + " " + "ع".repeat(i % 97), kept.get(i).read());
            }
        }
    }

    @Test
    void aSpoolInMemoryKeepsTextsInTheHeapAndHasNoScratchFolder() throws IOException {
        try (Spool spool = Spool.inMemory()) {
            assertEquals(new StoredText.Held("نص"), spool.keep("نص"));
            assertEquals(null, spool.scratch());
        }
    }

    @Test
    void aSpoolThatCannotBeWrittenSaysWhichFile() throws IOException {
        Path file = tmp.resolve("spool");
        Spool spool = Spool.onDisk(file);
        spool.close();
        var e = assertThrows(java.io.UncheckedIOException.class, () -> spool.keep("نص"));
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
    }
}
