package org.warraq.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SuggestionsTest {

    @Test
    void swappedLettersCostOneEdit() {
        assertEquals(Optional.of("tags"), Suggestions.closest("tgas", ArticleLoader.KNOWN_KEYS));
        assertEquals(Optional.of("per_page"), Suggestions.closest("per_pgae", SiteConfigLoader.KNOWN_KEYS));
        assertEquals(1, Suggestions.distance("tgas", "tags"));
    }

    @Test
    void findsCommonMisspellings() {
        assertEquals(Optional.of("title"), Suggestions.closest("titel", ArticleLoader.KNOWN_KEYS));
        assertEquals(Optional.of("summary"), Suggestions.closest("sumary", ArticleLoader.KNOWN_KEYS));
        assertEquals(Optional.of("image_alt"), Suggestions.closest("image-alt", ArticleLoader.KNOWN_KEYS));
        assertEquals(Optional.of("timezone"), Suggestions.closest("time_zone", SiteConfigLoader.KNOWN_KEYS));
    }

    @Test
    void caseIsIgnored() {
        assertEquals(Optional.of("tags"), Suggestions.closest("TAGS", ArticleLoader.KNOWN_KEYS));
    }

    @Test
    void farAwayWordsGetNoSuggestion() {
        assertEquals(Optional.empty(), Suggestions.closest("العنوان", ArticleLoader.KNOWN_KEYS));
        assertEquals(Optional.empty(), Suggestions.closest("colour", ArticleLoader.KNOWN_KEYS));
    }

    @Test
    void shortWordsAllowOnlyOneEdit() {
        assertEquals(Optional.empty(), Suggestions.closest("tg", List.of("tags")));
        assertEquals(Optional.of("tags"), Suggestions.closest("tag", List.of("tags")));
        assertEquals(Optional.of("summary"), Suggestions.closest("smary", List.of("summary")));
    }

    @Test
    void tiesGoToTheAlphabeticallyFirstWhateverTheOrder() {
        assertEquals(Optional.of("bat"), Suggestions.closest("cat", List.of("hat", "bat")));
        assertEquals(Optional.of("bat"), Suggestions.closest("cat", List.of("bat", "hat")));
    }

    @Test
    void distanceIsOptimalStringAlignment() {
        assertEquals(0, Suggestions.distance("slug", "slug"));
        assertEquals(3, Suggestions.distance("kitten", "sitting"));
        assertEquals(4, Suggestions.distance("", "date"));
        assertEquals(3, Suggestions.distance("ca", "abc"));
    }

    @Test
    void messagesSuggestOrSayTheKeyIsIgnored() {
        assertEquals("unknown front matter key 'tgas' (did you mean 'tags'?)",
                Suggestions.unknownKeyMessage("front matter key", "tgas", ArticleLoader.KNOWN_KEYS));
        assertEquals("unknown setting 'theme' (ignored)",
                Suggestions.unknownKeyMessage("setting", "theme", SiteConfigLoader.KNOWN_KEYS));
    }
}
