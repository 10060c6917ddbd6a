package org.warraq.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** «Did you mean» entries: under each string, the terms that are it or become it less one letter, once each. */
class SpellingEntriesTest {

    @Test
    void termsOneDeletionApartShareAnEntryInOrderEachOnce() {
        TreeMap<String, String> entries = SpellingEntries.of(Map.of("الطاقة", 5, "الطاقه", 2, "طاقة", 3, "مممم", 1));
        assertEquals("[[\"الطاقة\",5],[\"الطاقه\",2]]", entries.get("الطاق"), "two terms less their last letter");
        assertEquals("[[\"الطاقة\",5]]", entries.get("الطاقة"), "a term is its own entry");
        assertEquals("[[\"طاقة\",3]]", entries.get("طاقة"), "a term of four letters is an entry, not cut");
        assertFalse(entries.containsKey("طقة"), "terms shorter than five letters are not cut");
        assertEquals("[[\"مممم\",1]]", entries.get("مممم"));
        assertEquals(new TreeMap<>(entries).firstKey(), entries.firstKey());
    }

    @Test
    void aLetterRepeatedGivesItsDeletionOnce() {
        TreeMap<String, String> entries = SpellingEntries.of(Map.of("سسسسس", 4));
        assertEquals("[[\"سسسسس\",4]]", entries.get("سسسس"));
        assertEquals(2, entries.size());
    }
}
