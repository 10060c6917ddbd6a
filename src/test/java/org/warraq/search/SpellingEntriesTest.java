package org.warraq.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.warraq.output.OutputFile;

/** «Did you mean» entries: under each string, the terms that are it or become it less one letter, once each. */
class SpellingEntriesTest {

    @Test
    void termsOneDeletionApartShareAnEntryInOrderEachOnce() {
        TreeMap<String, String> entries = entries(Map.of("الطاقة", 5, "الطاقه", 2, "طاقة", 3, "مممم", 1));
        assertEquals("[[\"الطاقة\",5],[\"الطاقه\",2]]", entries.get("الطاق"), "two terms less their last letter");
        assertEquals("[[\"الطاقة\",5]]", entries.get("الطاقة"), "a term is its own entry");
        assertEquals("[[\"طاقة\",3]]", entries.get("طاقة"), "a term of four letters is an entry, not cut");
        assertFalse(entries.containsKey("طقة"), "terms shorter than five letters are not cut");
        assertEquals("[[\"مممم\",1]]", entries.get("مممم"));
        assertEquals(new TreeMap<>(entries).firstKey(), entries.firstKey());
    }

    @Test
    void aLetterRepeatedGivesItsDeletionOnce() {
        TreeMap<String, String> entries = entries(Map.of("سسسسس", 4));
        assertEquals("[[\"سسسسس\",4]]", entries.get("سسسس"));
        assertEquals(2, entries.size());
    }

    /**
     * The entries are made a run of equal first two letters at a time, from numbers: they must be, in the same order,
     * those of every (string, term) pair made as a string and sorted whole. The vocabulary mixes letters below and
     * above U+8000, one- to twelve-letter terms, and many terms that share their opening letters.
     */
    @Test
    void theEntriesAreThoseOfEveryPairSortedWhole() {
        Map<String, Integer> frequency = vocabulary();
        List<String> keys = new ArrayList<>();
        List<String> values = new ArrayList<>();
        new SpellingEntries(SpellingEntries.Vocabulary.of(frequency), hash -> true).forEach((k, v) -> {
            keys.add(k);
            values.add(v);
        });
        TreeMap<String, String> expected = everyPairSortedWhole(frequency);
        assertEquals(new ArrayList<>(expected.keySet()), keys, "keys once each, in key order");
        assertEquals(new ArrayList<>(expected.values()), values);
    }

    /** The spelling files made from entries gone through twice are those made from the entries held in a map. */
    @Test
    void theFilesAreThoseOfTheEntriesHeld() {
        Map<String, Integer> frequency = vocabulary();
        Map<String, byte[]> streamed = new TreeMap<>();
        Map<String, byte[]> held = new TreeMap<>();
        int a = Buckets.write("m", new SpellingEntries(SpellingEntries.Vocabulary.of(frequency), hash -> true), 4096, f -> streamed.put(f.path(), f.bytes()));
        int b = Buckets.write("m", everyPairSortedWhole(frequency), 4096, f -> held.put(f.path(), f.bytes()));
        assertEquals(b, a);
        assertEquals(held.keySet(), streamed.keySet());
        held.forEach((path, bytes) -> assertArrayEquals(bytes, streamed.get(path), path));
        assertFalse(held.size() < 10, "files: " + held.size());
    }

    private static TreeMap<String, String> entries(Map<String, Integer> frequency) {
        TreeMap<String, String> entries = new TreeMap<>();
        new SpellingEntries(SpellingEntries.Vocabulary.of(frequency), hash -> true).forEach(entries::put);
        return entries;
    }

    static Map<String, Integer> vocabulary() {
        String letters = "ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأؤإئةى" + "abcxyz019" + "\u4e2d\u6587\uac00\uff21";
        Random random = new Random(7);
        Map<String, Integer> frequency = new HashMap<>();
        String[] stems = {"الطاق", "كتب", "مدرس", "\u4e2d\u6587"};
        while (frequency.size() < 3000) {
            StringBuilder term = new StringBuilder(random.nextInt(3) == 0 ? stems[random.nextInt(stems.length)] : "");
            int length = 1 + random.nextInt(8);
            for (int i = 0; i < length; i++) {
                term.append(letters.charAt(random.nextInt(letters.length())));
            }
            frequency.put(term.toString(), 1 + random.nextInt(500));
        }
        frequency.put("سسسسس", 4);
        return frequency;
    }

    /** Every (string, term) pair made as strings and sorted whole, then grouped: the entries as first written. */
    private static TreeMap<String, String> everyPairSortedWhole(Map<String, Integer> frequency) {
        List<String[]> pairs = new ArrayList<>();
        for (String term : frequency.keySet()) {
            if (term.length() >= IndexExporter.MIN_TYPO - 1) {
                pairs.add(new String[] {term, term});
            }
            if (term.length() >= IndexExporter.MIN_TYPO) {
                for (int i = 0; i < term.length(); i++) {
                    pairs.add(new String[] {term.substring(0, i) + term.substring(i + 1), term});
                }
            }
        }
        pairs.sort((x, y) -> x[0].equals(y[0]) ? x[1].compareTo(y[1]) : x[0].compareTo(y[0]));
        TreeMap<String, String> entries = new TreeMap<>();
        for (int i = 0; i < pairs.size(); ) {
            String string = pairs.get(i)[0];
            Json json = new Json().raw("[");
            String previous = null;
            for (; i < pairs.size() && pairs.get(i)[0].equals(string); i++) {
                String term = pairs.get(i)[1];
                if (!term.equals(previous)) {
                    json.raw(json.length() > 1 ? ",[" : "[").string(term).raw(",").number(frequency.get(term)).raw("]");
                    previous = term;
                }
            }
            entries.put(string, json.raw("]").toString());
        }
        return entries;
    }
}
