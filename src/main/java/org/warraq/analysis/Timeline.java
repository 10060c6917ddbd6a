package org.warraq.analysis;

import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeMap;

/** Articles per month for a story's timeline: every month from the first article's to the last one's, empty ones included. */
public final class Timeline {

    private Timeline() {
    }

    public static List<MonthCount> monthly(Collection<ZonedDateTime> dates) {
        TreeMap<YearMonth, Integer> counts = new TreeMap<>();
        dates.forEach(d -> counts.merge(YearMonth.from(d), 1, Integer::sum));
        List<MonthCount> months = new ArrayList<>();
        if (counts.isEmpty()) {
            return months;
        }
        for (YearMonth m = counts.firstKey(); !m.isAfter(counts.lastKey()); m = m.plusMonths(1)) {
            months.add(new MonthCount(m, counts.getOrDefault(m, 0)));
        }
        return List.copyOf(months);
    }
}
