package org.warraq.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * «Did you mean» files taken from the store give the files made whole, and only the files an edit's terms reach are
 * made again.
 */
class SpellingFilesTest {

    private static final int CAP = 4096;

    @TempDir
    Path tmp;

    /** The files with {@code store} and without are the same; returns how many there are. */
    private static int assertSameAsWhole(Map<String, Integer> frequency, SpellingStore store, int cap, String why) throws Exception {
        Map<String, byte[]> whole = files(frequency, cap, null);
        Map<String, byte[]> kept = files(frequency, cap, store);
        assertEquals(whole.size(), kept.size(), why + ": the number of files");
        assertEquals(whole.keySet(), kept.keySet(), why);
        whole.forEach((path, bytes) -> assertArrayEquals(bytes, kept.get(path), why + ": " + path));
        assertEquals(whole.size(), store.taken() + store.made(), why);
        return whole.size();
    }

    private static Map<String, byte[]> files(Map<String, Integer> frequency, int cap, SpellingStore store) throws Exception {
        Map<String, byte[]> files = new TreeMap<>();
        int count = SpellingFiles.write(SpellingEntries.Vocabulary.of(frequency), cap, f -> {
            if (files.put(f.path(), f.bytes()) != null) {
                throw new AssertionError("twice: " + f.path());
            }
        }, store);
        assertEquals(count, files.size());
        return files;
    }

    @Test
    void anEditMakesAgainOnlyTheFilesItsTermsStringsFallIn() throws Exception {
        Map<String, Integer> frequency = SpellingEntriesTest.vocabulary();
        SpellingStore store = new SpellingStore(tmp.resolve("spelling"), "code");
        int count = assertSameAsWhole(frequency, store, CAP, "first export");
        assertTrue(count > 100, "files: " + count);
        assertEquals(0, store.taken(), "nothing is kept the first time");

        assertSameAsWhole(frequency, store, CAP, "unchanged");
        assertEquals(0, store.made(), "nothing changed: every file is taken");

        // One term's number of articles moved (a term of seven letters: eight strings), one term came, one went.
        Map<String, Integer> edited = new HashMap<>(frequency);
        String counted = frequency.keySet().stream().filter(t -> t.length() == 7).sorted().findFirst().orElseThrow();
        edited.merge(counted, 1, Integer::sum);
        edited.put("الاستثمارات", 3);
        String gone = frequency.keySet().stream().filter(t -> t.length() == 6).sorted().findFirst().orElseThrow();
        edited.remove(gone);
        assertSameAsWhole(edited, store, CAP, "an edit");
        int strings = SpellingEntries.strings(counted).size() + SpellingEntries.strings("الاستثمارات").size()
                + SpellingEntries.strings(gone).size();
        assertTrue(store.made() > 0 && store.made() <= strings, store.made() + " files made again for " + strings + " strings");

        // A term of four letters gives only itself; shorter terms give nothing, so they change nothing.
        edited.put("ابجد", 2);
        edited.put("ابج", 9);
        assertSameAsWhole(edited, store, CAP, "a short term");
        assertEquals(1, store.made());
        edited.put("اب", 4);
        assertSameAsWhole(edited, store, CAP, "a term too short to give a string");
        assertEquals(0, store.made());
    }

    @Test
    void aChangeThatMovesTheNumberOfFilesMakesThemAll() throws Exception {
        Map<String, Integer> frequency = SpellingEntriesTest.vocabulary();
        SpellingStore store = new SpellingStore(tmp.resolve("spelling"), "code");
        int before = assertSameAsWhole(frequency, store, CAP, "first export");
        Map<String, Integer> more = new HashMap<>(frequency);
        for (int i = 0; i < 150; i++) {
            more.put("مصطلحجديد" + (char) ('ا' + i % 28) + i, 1 + i);
        }
        int after = assertSameAsWhole(more, store, CAP, "more terms");
        assertTrue(after > before, before + " → " + after);
        assertEquals(0, store.taken(), "another number of files: every file is made again");
        assertSameAsWhole(more, store, CAP, "unchanged");
        assertEquals(after, store.taken());
    }

    /**
     * The files were laid out after a number of them that overflowed (as at 10,000 articles: 4,723 tried, 5,196 made);
     * terms removed until that number does for the whole family lay it out in fewer files, which the store must see.
     */
    @Test
    void aNumberOfFilesThatOverflowedBeforeAndNoLongerDoesLaysTheFamilyOutAgain() throws Exception {
        Map<String, Integer> frequency = new HashMap<>(SpellingEntriesTest.vocabulary());
        SpellingStore store = new SpellingStore(tmp.resolve("spelling"), "code");
        int before = assertSameAsWhole(frequency, store, CAP, "first export");
        Buckets.Layout first = layout(frequency);
        assertEquals(before, first.count());
        assertFalse(first.overflowed().isEmpty(), "a smaller number of files was tried first");
        long[] tried = first.overflowed().get(first.overflowed().size() - 1);
        int removed = 0;
        for (String term : new TreeMap<>(frequency).keySet()) {
            int b = Integer.remainderUnsigned(Buckets.hash(term), tried.length);
            if (tried[b] > first.budget() && SpellingEntries.pairsOf(term) > 0) {
                frequency.remove(term);
                removed++;
                if (layout(frequency).count() != before) {
                    break;
                }
            }
        }
        int after = assertSameAsWhole(frequency, store, CAP, removed + " terms removed");
        assertEquals(tried.length, after, "the number that overflowed no longer does");
        assertEquals(0, store.taken());
    }

    private static Buckets.Layout layout(Map<String, Integer> frequency) {
        return Buckets.layout(SpellingFiles.FOLDER, new SpellingEntries(SpellingEntries.Vocabulary.of(frequency), hash -> true), CAP);
    }

    @Test
    void aDamagedStoreOrOneOfOtherCodeOrCapIsNotTaken() throws Exception {
        Map<String, Integer> frequency = SpellingEntriesTest.vocabulary();
        Path file = tmp.resolve("spelling");
        int count = assertSameAsWhole(frequency, new SpellingStore(file, "code"), CAP, "first export");
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 2] ^= 8;
        Files.write(file, bytes);
        SpellingStore store = new SpellingStore(file, "code");
        assertSameAsWhole(frequency, store, CAP, "damaged");
        assertEquals(count, store.made(), "a damaged file is not read");
        assertSameAsWhole(frequency, store, CAP, "whole again");
        assertEquals(count, store.taken());

        SpellingStore other = new SpellingStore(file, "other code");
        assertSameAsWhole(frequency, other, CAP, "other code");
        assertEquals(0, other.taken(), "files made by other code are not taken");
        int halved = assertSameAsWhole(frequency, other, CAP / 2, "another cap");
        assertEquals(0, other.taken(), "files made for another cap are not taken");
        assertFalse(halved == count);
    }

    @Test
    void aLayoutIsSettledWhenItsNumberIsTheFirstTriedOrEveryNumberBeforeItOverflowed() {
        int budget = 400;
        assertEquals(3, Buckets.firstCount(750, budget));
        assertTrue(layout(budget, new long[] {250, 250, 250}, List.of()).settled());
        assertFalse(layout(budget, new long[] {300, 300, 350}, List.of()).settled(), "a fourth file would be tried first");
        assertFalse(layout(budget, new long[] {100, 200, 450}, List.of()).settled(), "a file overflows");

        long[] three = {200, 200, 200};
        assertEquals(2, Buckets.firstCount(600, budget));
        assertTrue(layout(budget, three, List.of(new long[] {150, 450})).settled(), "two files were tried first, and one overflowed");
        assertFalse(layout(budget, three, List.of(new long[] {300, 300})).settled(), "two files were tried first, and would do now");
        assertFalse(layout(budget, three, List.of()).settled(), "two files would be tried first");
    }

    private static Buckets.Layout layout(int budget, long[] sizes, List<long[]> overflowed) {
        return new Buckets.Layout(sizes.length, budget, sizes, sizes, overflowed);
    }
}
