package org.warraq.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.warraq.output.OutputFile;

/**
 * The bucket and stem files are, byte for byte, their scripts as text encoded in UTF-8, whatever their keys and
 * entries hold: Arabic, quotes and backslashes, letters outside the basic plane, entries of Arabic as well as ASCII.
 */
class BucketsTest {

    private static final int CAP = 12 * 1024;
    private static final String[] PIECES = {"سوق", "نفط", "\"", "\\", "😀", "é", "a", "ـ", "\u200f", "ة", "\ud83d", "\udc00", "\u2028"};

    private static TreeMap<String, String> entries(long seed, int count) {
        Random random = new Random(seed);
        TreeMap<String, String> entries = new TreeMap<>();
        while (entries.size() < count) {
            StringBuilder key = new StringBuilder();
            for (int i = 0, n = 1 + random.nextInt(4); i < n; i++) {
                key.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String entry = random.nextInt(5) == 0
                    ? new Json().strings(List.of(key.toString(), "كلمة" + random.nextInt(100))).toString()
                    : "[" + "7,".repeat(random.nextInt(random.nextInt(40) == 0 ? 3000 : 150)) + "1]";
            entries.put(key.toString(), entry);
        }
        return entries;
    }

    /** An entry is measured as the bytes it takes written out, its key escaped or not. */
    @Test
    void anEntryIsMeasuredAsWrittenWhateverItsKey() {
        List<String> keys = new ArrayList<>(List.of("نفط", "سوق\"ة", "a\\b", "<b>", "x\u2028y", "\ud83d", "\u0007", "😀", "é", ""));
        entries(9, 500).keySet().forEach(keys::add);
        for (String key : keys) {
            String entry = "[\"" + key.length() + "كلمة\"]";
            int written = (new Json().key(key) + entry).getBytes(StandardCharsets.UTF_8).length + 1;
            assertEquals(written, Buckets.length(key, entry), key);
        }
    }

    @Test
    void eachBucketIsItsKeysEntriesAsAScriptInUtf8() {
        for (long seed = 1; seed <= 5; seed++) {
            TreeMap<String, String> entries = entries(seed, 3000);
            TreeMap<String, String> copy = new TreeMap<>(entries);
            List<OutputFile> files = new ArrayList<>();
            int count = Buckets.write("w", entries, CAP, files::add);
            assertTrue(count > 1, "several files");
            assertEquals(count, files.size());
            for (int b = 0; b < count; b++) {
                StringBuilder json = new StringBuilder();
                for (Map.Entry<String, String> e : copy.entrySet()) {
                    if (Integer.remainderUnsigned(Buckets.hash(e.getKey()), count) == b) {
                        json.append(json.length() > 0 ? "," : "").append(new Json().key(e.getKey())).append(e.getValue());
                    }
                }
                OutputFile file = files.get(b);
                assertEquals(Packer.path("w/" + b), file.path());
                assertArrayEquals(Packer.script("w/" + b, "{" + json + "}"), file.bytes(), file.path());
            }
        }
    }

    @Test
    void eachStemFileIsItsEntriesAsAScriptInUtf8() {
        for (long seed = 1; seed <= 5; seed++) {
            TreeMap<String, String> entries = entries(seed, 2000);
            List<OutputFile> files = new ArrayList<>();
            List<String> separators = Packer.pack("t", entries.entrySet(), CAP, files::add);
            assertEquals(separators.size() + 1, files.size());
            StringBuilder all = new StringBuilder();
            for (int n = 0; n < files.size(); n++) {
                String text = new String(files.get(n).bytes(), StandardCharsets.UTF_8);
                String opening = new String(Packer.opening("t/" + n).getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8) + "{";
                assertTrue(text.startsWith(opening) && text.endsWith("}" + Packer.CLOSING), files.get(n).path());
                assertArrayEquals(Packer.script("t/" + n, text.substring(opening.length() - 1, text.length() - Packer.CLOSING.length())),
                        files.get(n).bytes());
                all.append(all.length() > 0 ? "," : "").append(text, opening.length(), text.length() - 1 - Packer.CLOSING.length());
            }
            StringBuilder expected = new StringBuilder();
            entries.forEach((k, v) -> expected.append(expected.length() > 0 ? "," : "").append(new Json().key(k)).append(v));
            assertEquals(expected.toString(), all.toString(), "every entry once, in key order");
        }
    }
}
