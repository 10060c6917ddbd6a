package org.warraq.site;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a list into pages of at most {@code size} items (an empty list still has one, empty, page), and
 * chooses which page numbers a page links to: the first, the last and the current page's neighbours, so a
 * page's size does not grow with the list (a list of 1,000 pages linking every page from every page
 * would make a million links).
 */
public final class Paginator {

    /** Neighbours shown on each side of the current page. */
    public static final int NEIGHBOURS = 2;

    private Paginator() {
    }

    public static <T> List<List<T>> split(List<T> items, int size) {
        List<List<T>> pages = new ArrayList<>();
        for (int i = 0; i < items.size(); i += size) {
            pages.add(items.subList(i, Math.min(items.size(), i + size)));
        }
        if (pages.isEmpty()) {
            pages.add(List.of());
        }
        return pages;
    }

    /**
     * The page numbers to show on page {@code current} of {@code total}, in order, with 0 where numbers are
     * left out: 1, 2, 3, 4, 5, 0, 12 on page 3 of 12. A gap of one page shows that page instead, and a
     * list short enough to show every number in as many links shows them all.
     */
    public static List<Integer> window(int current, int total) {
        List<Integer> shown = new ArrayList<>();
        if (total <= 2 * NEIGHBOURS + 5) {
            for (int i = 1; i <= total; i++) {
                shown.add(i);
            }
            return shown;
        }
        int from = Math.max(1, current - NEIGHBOURS);
        int to = Math.min(total, current + NEIGHBOURS);
        if (from <= 3) {
            from = 1;
        }
        if (to >= total - 2) {
            to = total;
        }
        if (from > 1) {
            shown.add(1);
            shown.add(0);
        }
        for (int i = from; i <= to; i++) {
            shown.add(i);
        }
        if (to < total) {
            shown.add(0);
            shown.add(total);
        }
        return shown;
    }
}
