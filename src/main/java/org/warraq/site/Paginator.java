package org.warraq.site;

import java.util.ArrayList;
import java.util.List;

/** Splits a list into pages of at most {@code size} items; an empty list still has one (empty) page. */
public final class Paginator {

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
}
