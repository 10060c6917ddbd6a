package org.warraq.arabic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReadingTimeTest {

    @Test
    void countsArabicWordsIgnoringPunctuationAndCountingNumbers() {
        assertEquals(13, ReadingTime.words("قال الوزير: إن ٣ مشاريع ستنطلق في 2025، وإن التكلفة ١٫٥ مليار دولار!"));
    }

    @Test
    void quotesDashesAndGroupedNumbers() {
        assertEquals(4, ReadingTime.words("«الاقتصاد» — (تحليل) ... ؟ ، 12,500 و١٢٬٥٠٠"));
    }

    @Test
    void diacriticsAndTatweelDoNotSplitWords() {
        assertEquals(2, ReadingTime.words("مَدْرَسَةٌ جـــديدة"));
    }

    @Test
    void nothingToRead() {
        assertEquals(0, ReadingTime.words(""));
        assertEquals(0, ReadingTime.words(" \n — ؟!،"));
    }

    @ParameterizedTest
    @CsvSource({"0, 1", "1, 1", "138, 1", "206, 1", "207, 2", "276, 2", "344, 2", "345, 3", "1380, 10"})
    void minutesAt138WordsPerMinuteAtLeastOne(int words, int minutes) {
        assertEquals(minutes, ReadingTime.minutes(words));
    }

    @Test
    void theRateIsTheArabicOne() {
        assertEquals(138, ReadingTime.ARABIC_WORDS_PER_MINUTE);
    }
}
