package org.warraq.arabic;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.SimpleDateFormat;
import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.GregorianCalendar;
import com.ibm.icu.util.IslamicCalendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.ZonedDateTime;
import org.warraq.content.Numerals;

/**
 * Human dates in Arabic with the region's month names (Egypt يناير, Levant كانون الثاني, Maghreb
 * جانفي) and the site's digits, set explicitly: ICU's locale default digits differ by region and
 * version. Hijri dates follow the Umm al-Qura calendar (ICU's {@code ISLAMIC_UMALQURA}), the civil
 * calendar of Saudi Arabia and the reference most Arab newspapers print. ICU formatters and
 * calendars are not thread-safe, so each call makes its own.
 */
public final class ArabicDates {

    private final ULocale locale;
    private final Numerals numerals;
    private final String[] months;
    private final String[] hijriMonths;
    /** ICU's weekday names, Sunday at 1. */
    private final String[] weekdays;

    public ArabicDates(String region, Numerals numerals) {
        this.locale = new ULocale("ar_" + region + "@numbers=" + numerals.icuName());
        this.numerals = numerals;
        this.months = new com.ibm.icu.text.DateFormatSymbols(GregorianCalendar.class, locale).getMonths();
        this.hijriMonths = new com.ibm.icu.text.DateFormatSymbols(IslamicCalendar.class, locale).getMonths();
        this.weekdays = new com.ibm.icu.text.DateFormatSymbols(GregorianCalendar.class, locale).getWeekdays();
    }

    /** "١٤ مارس ٢٠٢٥". */
    public String date(ZonedDateTime when) {
        return Digits.format(when.getDayOfMonth(), numerals) + " " + monthName(when.getMonthValue()) + " "
                + Digits.format(when.getYear(), numerals);
    }

    /** "الجمعة ١٤ مارس ٢٠٢٥". */
    public String dayAndDate(ZonedDateTime when) {
        return weekdays[when.getDayOfWeek().getValue() % 7 + 1] + " " + date(when);
    }

    /** "١٤ رمضان ١٤٤٦ هـ": the Umm al-Qura date of the day {@code when} falls on, in its own zone. */
    public String hijri(ZonedDateTime when) {
        IslamicCalendar calendar = new IslamicCalendar(TimeZone.getTimeZone(when.getZone().getId()), locale);
        calendar.setCalculationType(IslamicCalendar.CalculationType.ISLAMIC_UMALQURA);
        calendar.setTimeInMillis(when.toInstant().toEpochMilli());
        return Digits.format(calendar.get(Calendar.DAY_OF_MONTH), numerals) + " " + hijriMonths[calendar.get(Calendar.MONTH)]
                + " " + Digits.format(calendar.get(Calendar.YEAR), numerals) + " هـ";
    }

    /** "الجمعة ١٤ مارس ٢٠٢٥ م — ١٤ رمضان ١٤٤٦ هـ". */
    public String dayAndDateWithHijri(ZonedDateTime when) {
        return dayAndDate(when) + " م — " + hijri(when);
    }

    /** "مارس ٢٠٢٥". */
    public String monthYear(int year, int month) {
        return monthName(month) + " " + Digits.format(year, numerals);
    }

    public String monthName(int month) {
        return months[month - 1];
    }

    public String time(ZonedDateTime when) {
        DateFormat format = new SimpleDateFormat("HH:mm", locale);
        format.setTimeZone(TimeZone.getTimeZone(when.getZone().getId()));
        return format.format(java.util.Date.from(when.toInstant()));
    }
}
