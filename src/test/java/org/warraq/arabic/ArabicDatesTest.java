package org.warraq.arabic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.warraq.content.Numerals;

class ArabicDatesTest {

    private static final ZoneId CAIRO = ZoneId.of("Africa/Cairo");
    private static final ZonedDateTime FRIDAY = ZonedDateTime.of(2025, 3, 14, 9, 5, 0, 0, CAIRO);
    private static final Pattern ASCII_DIGIT = Pattern.compile("[0-9]");
    private static final Pattern ARABIC_DIGIT = Pattern.compile("[٠-٩]");

    @Test
    void egyptUsesTheEgyptianMonthNames() {
        ArabicDates eg = new ArabicDates("EG", Numerals.ARAB);
        assertEquals("يناير", eg.monthName(1));
        assertEquals("مارس", eg.monthName(3));
        assertEquals("ديسمبر", eg.monthName(12));
    }

    @Test
    void theLevantUsesSyriacMonthNames() {
        ArabicDates sy = new ArabicDates("SY", Numerals.ARAB);
        assertEquals("كانون الثاني", sy.monthName(1));
        assertEquals("آذار", sy.monthName(3));
        assertEquals("كانون الأول", sy.monthName(12));
    }

    @Test
    void theMaghrebUsesFrenchDerivedMonthNames() {
        assertEquals("جانفي", new ArabicDates("DZ", Numerals.ARAB).monthName(1));
        assertEquals("جانفي", new ArabicDates("TN", Numerals.LATN).monthName(1));
    }

    @Test
    void everyMonthHasItsOwnName() {
        ArabicDates eg = new ArabicDates("EG", Numerals.ARAB);
        Set<String> names = new HashSet<>();
        for (int m = 1; m <= 12; m++) {
            names.add(eg.monthName(m));
        }
        assertEquals(12, names.size());
    }

    @Test
    void datesUseTheSiteDigitsWhateverTheRegionDefault() {
        assertEquals("١٤ مارس ٢٠٢٥", new ArabicDates("EG", Numerals.ARAB).date(FRIDAY));
        assertEquals("14 مارس 2025", new ArabicDates("EG", Numerals.LATN).date(FRIDAY));
        assertEquals("١٤ مارس ٢٠٢٥", new ArabicDates("MA", Numerals.ARAB).date(FRIDAY));
        assertEquals("14 آذار 2025", new ArabicDates("SY", Numerals.LATN).date(FRIDAY));
    }

    @Test
    void dayAndDateNamesTheWeekday() {
        assertEquals("الجمعة ١٤ مارس ٢٠٢٥", new ArabicDates("EG", Numerals.ARAB).dayAndDate(FRIDAY));
        assertEquals("الجمعة 14 آذار 2025", new ArabicDates("SY", Numerals.LATN).dayAndDate(FRIDAY));
        assertEquals("السبت ١ مارس ٢٠٢٥", new ArabicDates("DZ", Numerals.ARAB).dayAndDate(ZonedDateTime.of(2025, 3, 1, 0, 0, 0, 0, CAIRO)));
    }

    @Test
    void everyWeekdayIsNamedAsIcuFormatsIt() {
        Set<String> names = new HashSet<>();
        for (String region : new String[] {"EG", "SA", "SY", "MA"}) {
            com.ibm.icu.util.ULocale locale = new com.ibm.icu.util.ULocale("ar_" + region + "@numbers=arab");
            for (int day = 0; day < 7; day++) {
                ZonedDateTime when = ZonedDateTime.of(2025, 3, 14 + day, 23, 30, 0, 0, ZoneId.of("Asia/Riyadh"));
                com.ibm.icu.text.SimpleDateFormat weekday = new com.ibm.icu.text.SimpleDateFormat("EEEE", locale);
                weekday.setTimeZone(com.ibm.icu.util.TimeZone.getTimeZone("Asia/Riyadh"));
                String expected = weekday.format(java.util.Date.from(when.toInstant()));
                String dated = new ArabicDates(region, Numerals.ARAB).dayAndDate(when);
                assertEquals(expected, dated.substring(0, dated.indexOf(' ')), region + " " + when);
                names.add(expected);
            }
        }
        assertEquals(7, names.size(), names.toString());
    }

    @Test
    void theWeekdayIsTakenInTheDatesOwnZone() {
        ZonedDateTime lateInRiyadh = ZonedDateTime.of(2025, 3, 14, 23, 30, 0, 0, ZoneId.of("Asia/Riyadh"));
        assertEquals("الجمعة ١٤ مارس ٢٠٢٥", new ArabicDates("SA", Numerals.ARAB).dayAndDate(lateInRiyadh));
        ZonedDateTime earlyInCasablanca = ZonedDateTime.of(2025, 3, 15, 0, 10, 0, 0, ZoneId.of("Africa/Casablanca"));
        assertEquals("السبت ١٥ مارس ٢٠٢٥", new ArabicDates("MA", Numerals.ARAB).dayAndDate(earlyInCasablanca));
    }

    @Test
    void monthAndYear() {
        assertEquals("ديسمبر ٢٠٢٤", new ArabicDates("EG", Numerals.ARAB).monthYear(2024, 12));
        assertEquals("كانون الأول 2024", new ArabicDates("LB", Numerals.LATN).monthYear(2024, 12));
    }

    @Test
    void timesUseTheSiteDigits() {
        assertEquals("٠٩:٠٥", new ArabicDates("EG", Numerals.ARAB).time(FRIDAY));
        assertEquals("09:05", new ArabicDates("EG", Numerals.LATN).time(FRIDAY));
        String maghreb = new ArabicDates("MA", Numerals.ARAB).time(FRIDAY);
        assertFalse(ASCII_DIGIT.matcher(maghreb).find(), maghreb);
        String saudi = new ArabicDates("SA", Numerals.LATN).time(FRIDAY);
        assertFalse(ARABIC_DIGIT.matcher(saudi).find(), saudi);
        assertEquals("09:05", saudi);
    }

    @Test
    void timesAreInTheDatesOwnZone() {
        assertEquals("10:05", new ArabicDates("SA", Numerals.LATN).time(FRIDAY.withZoneSameInstant(ZoneId.of("Asia/Riyadh"))));
    }

    @Test
    void hijriDatesFollowUmmAlQura() {
        ArabicDates eg = new ArabicDates("EG", Numerals.ARAB);
        assertEquals("١٤ رمضان ١٤٤٦ هـ", eg.hijri(FRIDAY));
        assertEquals("١ شوال ١٤٤٥ هـ", eg.hijri(ZonedDateTime.of(2024, 4, 10, 12, 0, 0, 0, CAIRO)));
        assertEquals("1 محرم 1446 هـ", new ArabicDates("SA", Numerals.LATN).hijri(ZonedDateTime.of(2024, 7, 7, 12, 0, 0, 0,
                ZoneId.of("Asia/Riyadh"))));
        assertEquals("١٠ ذو الحجة ١٤٤٥ هـ", eg.hijri(ZonedDateTime.of(2024, 6, 16, 9, 0, 0, 0, CAIRO)));
    }

    @Test
    void theHijriDayIsTheDayOfTheDatesOwnZone() {
        ZonedDateTime lateInRiyadh = ZonedDateTime.of(2025, 3, 14, 23, 30, 0, 0, ZoneId.of("Asia/Riyadh"));
        assertEquals("١٤ رمضان ١٤٤٦ هـ", new ArabicDates("SA", Numerals.ARAB).hijri(lateInRiyadh));
        assertEquals("١٥ رمضان ١٤٤٦ هـ", new ArabicDates("SA", Numerals.ARAB).hijri(lateInRiyadh.plusHours(1)));
    }

    @Test
    void gregorianAndHijriTogether() {
        assertEquals("الجمعة ١٤ مارس ٢٠٢٥ م — ١٤ رمضان ١٤٤٦ هـ", new ArabicDates("EG", Numerals.ARAB).dayAndDateWithHijri(FRIDAY));
        assertEquals("الجمعة 14 آذار 2025 م — 14 رمضان 1446 هـ", new ArabicDates("SY", Numerals.LATN).dayAndDateWithHijri(FRIDAY));
        String maghreb = new ArabicDates("MA", Numerals.ARAB).dayAndDateWithHijri(FRIDAY);
        assertFalse(ASCII_DIGIT.matcher(maghreb).find(), maghreb);
    }
}
