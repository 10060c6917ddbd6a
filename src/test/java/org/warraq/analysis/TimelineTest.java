package org.warraq.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimelineTest {

    static ZonedDateTime at(String local) {
        return java.time.LocalDateTime.parse(local).atZone(ZoneId.of("Africa/Cairo"));
    }

    @Test
    void everyMonthFromFirstToLastIncludingEmptyOnesInTheSiteZone() {
        List<MonthCount> months = Timeline.monthly(List.of(at("2025-03-01T00:30"), at("2024-12-31T23:30"), at("2025-03-20T10:00")));
        assertEquals(List.of(new MonthCount(YearMonth.of(2024, 12), 1), new MonthCount(YearMonth.of(2025, 1), 0),
                new MonthCount(YearMonth.of(2025, 2), 0), new MonthCount(YearMonth.of(2025, 3), 2)), months);
        assertEquals(List.of(), Timeline.monthly(List.of()));
    }
}
