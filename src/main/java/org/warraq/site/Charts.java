package org.warraq.site;

import java.util.ArrayList;
import java.util.List;
import org.warraq.analysis.MonthCount;
import org.warraq.arabic.ArabicDates;
import org.warraq.arabic.ArabicPlurals;
import org.warraq.arabic.Digits;
import org.warraq.content.Numerals;

/**
 * Lays out the monthly timelines of tag, section, place and author pages and of the overview: one bar per month
 * (months without articles leave a gap), a year under each January and under the first month, the highest
 * count at the top. Integer geometry only, so the SVG is the same on every machine.
 */
final class Charts {

    static final int STEP = 12;
    static final int BAR = 8;
    static final int PLOT = 80;
    static final int TOP = 16;
    static final int BOTTOM = 18;
    static final int SIDE = 24;
    static final int MIN_WIDTH = 192;

    private final ArabicDates dates;
    private final Numerals numerals;

    Charts(ArabicDates dates, Numerals numerals) {
        this.dates = dates;
        this.numerals = numerals;
    }

    /** The chart of {@code months} (as {@link org.warraq.analysis.Timeline#monthly} gives them), or null when empty. */
    ChartView monthly(String id, String heading, String subject, List<MonthCount> months) {
        if (months.isEmpty()) {
            return null;
        }
        int width = Math.max(MIN_WIDTH, months.size() * STEP + 2 * SIDE);
        int height = TOP + PLOT + BOTTOM;
        int baseline = TOP + PLOT;
        int max = months.stream().mapToInt(MonthCount::count).max().orElse(0);
        int total = months.stream().mapToInt(MonthCount::count).sum();
        List<ChartView.Bar> bars = new ArrayList<>();
        List<ChartView.Label> years = new ArrayList<>();
        List<ChartView.Row> rows = new ArrayList<>();
        MonthCount busiest = null;
        int busiestMonths = 0;
        int right = width - (width - months.size() * STEP) / 2;
        for (int i = 0; i < months.size(); i++) {
            MonthCount m = months.get(i);
            int x = right - (i + 1) * STEP + (STEP - BAR) / 2;
            String month = dates.monthYear(m.month().getYear(), m.month().getMonthValue());
            if (m.count() > 0) {
                int h = Math.max(1, Math.round((float) PLOT * m.count() / max));
                bars.add(new ChartView.Bar(x, baseline - h, BAR, h, month + ": " + articles(m.count())));
                rows.add(new ChartView.Row(m.month().toString(), month, Digits.format(m.count(), numerals)));
                if (busiest == null || m.count() > busiest.count()) {
                    busiest = m;
                    busiestMonths = 1;
                } else if (m.count() == busiest.count()) {
                    busiestMonths++;
                }
            }
            if (i == 0 || m.month().getMonthValue() == 1) {
                years.add(new ChartView.Label(x + BAR / 2, height - 4, Digits.format(m.month().getYear(), numerals)));
            }
        }
        String first = monthName(months.get(0));
        String last = monthName(months.get(months.size() - 1));
        String description = "عدد المقالات في كل شهر من " + first + " إلى " + last + ": " + articles(total)
                + (busiestMonths == 1 ? "، أكثرها في " + monthName(busiest) + " (" + articles(busiest.count()) + ")."
                : "، وأعلى عدد في شهر واحد " + articles(busiest.count()) + ".");
        return new ChartView(id, heading, "المقالات شهريًا: " + subject, description, width, height, TOP, baseline, bars, years,
                new ChartView.Label(right, TOP - 4, Digits.format(max, numerals)), rows);
    }

    private String monthName(MonthCount m) {
        return dates.monthYear(m.month().getYear(), m.month().getMonthValue());
    }

    private String articles(int n) {
        return ArabicPlurals.count(n, ArabicPlurals.ARTICLES, numerals);
    }
}
