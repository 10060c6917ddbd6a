package org.warraq.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/** Medians, 95th percentiles and the number formats of the report. */
final class Figures {

    private Figures() {
    }

    static <T> double median(List<T> items, ToDoubleFunction<T> value) {
        return percentile(items, value, 50);
    }

    static <T> double p95(List<T> items, ToDoubleFunction<T> value) {
        return percentile(items, value, 95);
    }

    /** The nearest-rank percentile. */
    static <T> double percentile(List<T> items, ToDoubleFunction<T> value, int p) {
        if (items.isEmpty()) {
            return Double.NaN;
        }
        List<Double> values = new ArrayList<>();
        items.forEach(i -> values.add(value.applyAsDouble(i)));
        Collections.sort(values);
        int rank = (int) Math.ceil(p / 100.0 * values.size());
        return values.get(Math.max(0, rank - 1));
    }

    static String kb(double bytes) {
        return Double.isNaN(bytes) ? "–" : String.format(Locale.ROOT, "%.1f kB", bytes / 1000);
    }

    static String mb(double bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
    }

    static String ms(double ms) {
        return Double.isNaN(ms) ? "–" : String.format(Locale.ROOT, "%.0f ms", ms);
    }

    static String num(double n) {
        return Double.isNaN(n) ? "–" : n == Math.rint(n) ? String.format(Locale.ROOT, "%,d", (long) n) : String.format(Locale.ROOT, "%.1f", n);
    }

    static String ratio(double ours, double theirs) {
        return Double.isNaN(ours) || Double.isNaN(theirs) || theirs == 0 ? "–" : String.format(Locale.ROOT, "%.2f×", ours / theirs);
    }

    static String percent(double fraction) {
        return Double.isNaN(fraction) ? "–" : String.format(Locale.ROOT, "%.2f", fraction);
    }
}
