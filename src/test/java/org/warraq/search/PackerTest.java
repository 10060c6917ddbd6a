package org.warraq.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.warraq.output.OutputFile;

/** Stem files stay within the cap, route every key to its file, and change only locally when one entry does. */
class PackerTest {

    private static final int CAP = 12 * 1024;

    /** Entries of one to several hundred bytes, a few of several kilobytes (a frequent term's first tier). */
    private static TreeMap<String, String> entries(int count) {
        Random random = new Random(3);
        TreeMap<String, String> entries = new TreeMap<>();
        for (String key : Corpus.madeUpWords(random, count, "ابتثجحخدذرزسشصضطظعغفقكلمنهوي")) {
            int length = random.nextInt(50) == 0 ? 2000 + random.nextInt(6000) : 20 + random.nextInt(300);
            entries.put(key + " s", "[" + "1,".repeat(length / 2) + "1]");
        }
        return entries;
    }

    private static Map<String, byte[]> pack(TreeMap<String, String> entries, List<String> separators) {
        Map<String, byte[]> files = new TreeMap<>();
        separators.addAll(Packer.pack("t", entries.entrySet(), CAP, f -> files.put(f.path(), f.bytes())));
        return files;
    }

    @Test
    void filesStayWithinTheCapAndEveryKeyIsRoutedToItsFile() {
        TreeMap<String, String> entries = entries(4000);
        List<String> separators = new ArrayList<>();
        Map<String, byte[]> files = pack(entries, separators);
        assertEquals(files.size(), separators.size() + 1);
        for (byte[] bytes : files.values()) {
            String text = new String(bytes, StandardCharsets.UTF_8);
            assertTrue(bytes.length <= CAP || text.indexOf("\":[", text.indexOf("\":[") + 1) < 0, "only a single entry may pass the cap");
        }
        for (String key : entries.keySet()) {
            int found = Collections.binarySearch(separators, key);
            int file = found >= 0 ? found + 1 : -found - 1;
            String text = new String(files.get("search/t/" + file + ".js"), StandardCharsets.UTF_8);
            assertTrue(text.contains(new Json().key(key).toString()), key + " is not in t/" + file);
        }
        long bytes = files.values().stream().mapToLong(b -> b.length).sum();
        assertTrue(bytes > 0.55 * CAP * files.size(), "files are more than half full on average: " + bytes / files.size());
    }

    /**
     * One entry added (a word the site did not have) or grown by a few postings: the file it is in changes, and at most
     * the next; the others are the same. A file filled to the cap keeps the slack of its last entry, which a small change
     * fits in; cutting files where their keys say (content-defined chunking) was tried and measured no better here, with
     * a third more files.
     */
    @Test
    void oneEntryAddedOrGrownChangesOnlyTheFilesNearIt() {
        TreeMap<String, String> entries = entries(4000);
        Map<String, byte[]> before = pack(entries, new ArrayList<>());
        List<String> keys = new ArrayList<>(entries.keySet());
        for (int trial = 0; trial < 20; trial++) {
            TreeMap<String, String> edited = new TreeMap<>(entries);
            String key = keys.get(trial * keys.size() / 20);
            if (trial % 2 == 0) {
                edited.put(key + "ة s", "[1,2,3]");
            } else {
                edited.put(key, edited.get(key).replace("]", ",1,1,1,1,1,1,1,1]"));
            }
            Map<String, byte[]> after = pack(edited, new ArrayList<>());
            long changed = before.keySet().stream().filter(p -> !java.util.Arrays.equals(before.get(p), after.get(p))).count();
            assertTrue(changed <= 2, "trial " + trial + ": " + changed + " of " + before.size() + " files changed");
        }
    }

    /** A file whose data is already UTF-8 (taken back from the last export) is the file its text makes. */
    @Test
    void aScriptOfBytesIsTheScriptOfTheirText() {
        for (String json : List.of("{\"الأسواق\":[0,5,1,7,2]}", "[]", "{\"😀 \\\"\":[1]}")) {
            assertArrayEquals(Packer.script("p/12", json), Packer.script("p/12", json.getBytes(StandardCharsets.UTF_8)), json);
        }
    }
}
