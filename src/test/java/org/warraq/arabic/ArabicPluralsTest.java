package org.warraq.arabic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.warraq.content.Numerals;

class ArabicPluralsTest {

    /** CLDR Arabic: zero n=0, one n=1, two n=2, few n%100=3..10, many n%100=11..99, other the rest. */
    @ParameterizedTest
    @CsvSource({"0, zero", "1, one", "2, two", "3, few", "10, few", "11, many", "99, many", "100, other",
            "101, other", "102, other", "103, few", "111, many", "1000, other"})
    void categoriesFollowCldr(long n, String category) {
        assertEquals(category, ArabicPlurals.category(n));
    }

    @ParameterizedTest
    @CsvSource({
            "0, أقل من دقيقة, أقل من دقيقة",
            "1, دقيقة واحدة, دقيقة واحدة",
            "2, دقيقتان, دقيقتان",
            "3, ٣ دقائق, 3 دقائق",
            "10, ١٠ دقائق, 10 دقائق",
            "11, ١١ دقيقة, 11 دقيقة",
            "100, ١٠٠ دقيقة, 100 دقيقة",
            "101, ١٠١ دقيقة, 101 دقيقة",
            "103, ١٠٣ دقائق, 103 دقائق"})
    void minutes(long n, String arab, String latn) {
        assertEquals(arab, ArabicPlurals.count(n, ArabicPlurals.MINUTES, Numerals.ARAB));
        assertEquals(latn, ArabicPlurals.count(n, ArabicPlurals.MINUTES, Numerals.LATN));
    }

    @Test
    void articlesUseTheAccusativeForElevenToNinetyNine() {
        assertEquals("لا مقالات", ArabicPlurals.count(0, ArabicPlurals.ARTICLES, Numerals.ARAB));
        assertEquals("مقال واحد", ArabicPlurals.count(1, ArabicPlurals.ARTICLES, Numerals.ARAB));
        assertEquals("مقالان", ArabicPlurals.count(2, ArabicPlurals.ARTICLES, Numerals.ARAB));
        assertEquals("٥ مقالات", ArabicPlurals.count(5, ArabicPlurals.ARTICLES, Numerals.ARAB));
        assertEquals("٢٥ مقالًا", ArabicPlurals.count(25, ArabicPlurals.ARTICLES, Numerals.ARAB));
        assertEquals("200 مقال", ArabicPlurals.count(200, ArabicPlurals.ARTICLES, Numerals.LATN));
    }

    @Test
    void pages() {
        assertEquals("صفحتان", ArabicPlurals.count(2, ArabicPlurals.PAGES, Numerals.ARAB));
        assertEquals("١٢ صفحة", ArabicPlurals.count(12, ArabicPlurals.PAGES, Numerals.ARAB));
    }

    @Test
    void nounsAreFoundByName() {
        assertEquals(ArabicPlurals.MINUTES, ArabicPlurals.NOUNS.get("minutes"));
        assertEquals(ArabicPlurals.ARTICLES, ArabicPlurals.NOUNS.get("articles"));
        assertEquals(ArabicPlurals.PAGES, ArabicPlurals.NOUNS.get("pages"));
    }

    @Test
    void unknownCategoriesFallBackToOther() {
        assertEquals("{n} دقيقة", ArabicPlurals.MINUTES.form("unexpected"));
    }

    /** The table: 0, 1, 2, 3, 10, 11, 100, 101 in both digit systems, for every counted noun. */
    @ParameterizedTest
    @CsvSource({
            "0, لا مقالات, لا مقالات, لا وسوم",
            "1, مقال واحد, مقال واحد, وسم واحد",
            "2, مقالان, مقالان, وسمان",
            "3, ٣ مقالات, 3 مقالات, ٣ وسوم",
            "10, ١٠ مقالات, 10 مقالات, ١٠ وسوم",
            "11, ١١ مقالًا, 11 مقالًا, ١١ وسمًا",
            "100, ١٠٠ مقال, 100 مقال, ١٠٠ وسم",
            "101, ١٠١ مقال, 101 مقال, ١٠١ وسم"})
    void articlesAndTagsTable(long n, String arab, String latn, String tags) {
        assertEquals(arab, ArabicPlurals.count(n, ArabicPlurals.ARTICLES, Numerals.ARAB));
        assertEquals(latn, ArabicPlurals.count(n, ArabicPlurals.ARTICLES, Numerals.LATN));
        assertEquals(tags, ArabicPlurals.count(n, ArabicPlurals.TAGS, Numerals.ARAB));
    }

    @Test
    void tagsAreFoundByName() {
        assertEquals(ArabicPlurals.TAGS, ArabicPlurals.NOUNS.get("tags"));
    }
}
