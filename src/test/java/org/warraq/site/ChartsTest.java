package org.warraq.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.warraq.analysis.MonthCount;
import org.warraq.arabic.ArabicDates;
import org.warraq.content.Numerals;

class ChartsTest {

    static final Charts ARAB = new Charts(new ArabicDates("EG", Numerals.ARAB), Numerals.ARAB);

    static List<MonthCount> months() {
        return List.of(new MonthCount(YearMonth.of(2024, 11), 2), new MonthCount(YearMonth.of(2024, 12), 0),
                new MonthCount(YearMonth.of(2025, 1), 4), new MonthCount(YearMonth.of(2025, 2), 1));
    }

    @Test
    void oneBarPerMonthWithArticlesRunningFromRightToLeftScaledToTheBusiestMonth() {
        ChartView chart = ARAB.monthly("t", "التغطية", "مصر", months());
        assertEquals(3, chart.bars().size(), "the empty month leaves a gap");
        List<Integer> xs = chart.bars().stream().map(ChartView.Bar::x).toList();
        assertTrue(xs.get(0) > xs.get(1) && xs.get(1) > xs.get(2), "oldest on the right: " + xs);
        assertEquals(2 * Charts.STEP, xs.get(0) - xs.get(1), "December's slot is kept empty");
        ChartView.Bar january = chart.bars().get(1);
        assertEquals(chart.top(), january.y());
        assertEquals(chart.baseline(), january.y() + january.height());
        assertEquals(Charts.PLOT / 2, chart.bars().get(0).height());
        assertEquals(Charts.PLOT / 4, chart.bars().get(2).height());
        assertEquals("يناير ٢٠٢٥: ٤ مقالات", january.label());
    }

    @Test
    void numbersAreInTheSiteDigitsAndRepeatedAsText() {
        ChartView chart = ARAB.monthly("t", "التغطية", "مصر", months());
        assertEquals(List.of("٢٠٢٤", "٢٠٢٥"), chart.years().stream().map(ChartView.Label::text).toList(),
                "the first month and each January carry their year");
        assertEquals("٤", chart.max().text());
        assertEquals(List.of(new ChartView.Row("2024-11", "نوفمبر ٢٠٢٤", "٢"), new ChartView.Row("2025-01", "يناير ٢٠٢٥", "٤"),
                new ChartView.Row("2025-02", "فبراير ٢٠٢٥", "١")), chart.rows());
        assertEquals("المقالات شهريًا: مصر", chart.title());
        assertEquals("عدد المقالات في كل شهر من نوفمبر ٢٠٢٤ إلى فبراير ٢٠٢٥: ٧ مقالات، أكثرها في يناير ٢٠٢٥ (٤ مقالات).",
                chart.description());
        ChartView latin = new Charts(new ArabicDates("EG", Numerals.LATN), Numerals.LATN).monthly("t", "", "x", months());
        assertEquals("4", latin.max().text());
        assertEquals("2024", latin.years().get(0).text());
    }

    @Test
    void equalMonthsHaveNoBusiestOneAndNoMonthsNoChart() {
        ChartView chart = ARAB.monthly("t", "", "x", List.of(new MonthCount(YearMonth.of(2025, 3), 1),
                new MonthCount(YearMonth.of(2025, 4), 1)));
        assertEquals("عدد المقالات في كل شهر من مارس ٢٠٢٥ إلى أبريل ٢٠٢٥: مقالان، وأعلى عدد في شهر واحد مقال واحد.",
                chart.description());
        assertTrue(chart.width() >= Charts.MIN_WIDTH);
        assertNull(ARAB.monthly("t", "", "x", List.of()));
    }
}
