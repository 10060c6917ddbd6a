package org.warraq.site;

import java.util.List;

/**
 * A bar chart of articles per month, computed at build time and drawn by {@code partials/timeline.peb} as an
 * inline SVG image: {@code id} prefixes the ids of its title and description; coordinates are user units of
 * {@code 0 0 width height}, months run from right (oldest) to left (newest) as the page reads, bars stand on
 * {@code baseline} and the highest reaches {@code top}; {@code rows}
 * repeat the numbers as text for readers who cannot see the chart. Every number shown uses the site's digits.
 */
public record ChartView(
        String id,
        String heading,
        String title,
        String description,
        int width,
        int height,
        int top,
        int baseline,
        List<Bar> bars,
        List<Label> years,
        Label max,
        List<Row> rows) {

    public ChartView {
        bars = List.copyOf(bars);
        years = List.copyOf(years);
        rows = List.copyOf(rows);
    }

    /** One month's bar; {@code label} («مارس ٢٠٢٥: ٣ مقالات») is its tooltip. */
    public record Bar(int x, int y, int width, int height, String label) {
    }

    /** Text drawn on the chart at ({@code x}, {@code y}). */
    public record Label(int x, int y, String text) {
    }

    /** One month with articles, as a row of the chart's table. */
    public record Row(String datetime, String month, String count) {
    }
}
