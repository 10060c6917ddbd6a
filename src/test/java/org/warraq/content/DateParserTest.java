package org.warraq.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class DateParserTest {

    private static final ZoneId CAIRO = ZoneId.of("Africa/Cairo");
    private static final ZoneId RIYADH = ZoneId.of("Asia/Riyadh");

    private static ZonedDateTime parse(String text, ZoneId zone) {
        return DateParser.parse(text, zone).orElseThrow(() -> new AssertionError("not parsed: " + text));
    }

    @Test
    void aDateAloneIsMidnightInTheSiteTimezone() {
        assertEquals(ZonedDateTime.of(2024, 3, 1, 0, 0, 0, 0, CAIRO), parse("2024-03-01", CAIRO));
        assertEquals(ZonedDateTime.of(2024, 3, 1, 0, 0, 0, 0, RIYADH), parse("  2024-03-01 ", RIYADH));
    }

    @Test
    void anOffsetIsKeptAsTheSameInstantShownInTheSiteTimezone() {
        ZonedDateTime d = parse("2024-03-01T09:30:00+03:00", CAIRO);
        assertEquals(Instant.parse("2024-03-01T06:30:00Z"), d.toInstant());
        assertEquals(CAIRO, d.getZone());
        assertEquals(8, d.getHour());
    }

    @Test
    void zuluIsUtc() {
        ZonedDateTime d = parse("2024-03-01T22:15:00Z", RIYADH);
        assertEquals(Instant.parse("2024-03-01T22:15:00Z"), d.toInstant());
        assertEquals(LocalDate.of(2024, 3, 2), d.toLocalDate());
    }

    @Test
    void offsetWithoutColonIsAccepted() {
        assertEquals(Instant.parse("2024-03-01T07:30:00Z"), parse("2024-03-01T09:30:00+0200", CAIRO).toInstant());
    }

    @Test
    void aSpaceMaySeparateDateAndTime() {
        assertEquals(ZonedDateTime.of(2024, 3, 1, 9, 30, 0, 0, CAIRO), parse("2024-03-01 09:30", CAIRO));
        assertEquals(Instant.parse("2024-03-01T07:30:00Z"), parse("2024-03-01 09:30 +02:00", RIYADH).toInstant());
    }

    @Test
    void localTimesWithAndWithoutSecondsAreInTheSiteTimezone() {
        assertEquals(ZonedDateTime.of(2024, 3, 1, 9, 30, 0, 0, CAIRO), parse("2024-03-01T09:30", CAIRO));
        assertEquals(ZonedDateTime.of(2024, 3, 1, 9, 30, 45, 0, CAIRO), parse("2024-03-01T09:30:45", CAIRO));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "أمس", "1 مارس 2024", "01/03/2024", "2024-13-01", "2024-02-30", "2024-03-01T25:00",
            "2024-3-1", "2024-03-01T09:30+99:00"})
    void unreadableTextGivesNothing(String text) {
        assertEquals(Optional.empty(), DateParser.parse(text, CAIRO));
    }

    @Test
    void daysAreReadStrictly() {
        assertEquals(Optional.of(LocalDate.of(2024, 2, 29)), DateParser.parseDay(" 2024-02-29 "));
        assertTrue(DateParser.parseDay("2023-02-29").isEmpty());
        assertTrue(DateParser.parseDay("29 فبراير").isEmpty());
    }
}
