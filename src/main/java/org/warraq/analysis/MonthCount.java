package org.warraq.analysis;

import java.time.YearMonth;

/** How many articles were published in one calendar month (in the site's time zone). */
public record MonthCount(YearMonth month, int count) {
}
