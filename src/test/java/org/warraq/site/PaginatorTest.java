package org.warraq.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PaginatorTest {

    @Test
    void splitsIntoFullPagesAndARemainder() {
        assertEquals(List.of(List.of(1, 2), List.of(3, 4), List.of(5)), Paginator.split(List.of(1, 2, 3, 4, 5), 2));
        assertEquals(List.of(List.of(1, 2)), Paginator.split(List.of(1, 2), 2));
    }

    @Test
    void anEmptyListStillHasOnePage() {
        assertEquals(List.of(List.of()), Paginator.split(List.of(), 10));
    }

    @Test
    void showsEveryPageOfAShortList() {
        assertEquals(List.of(1), Paginator.window(1, 1));
        assertEquals(List.of(1, 2, 3, 4, 5, 6), Paginator.window(1, 6));
        assertEquals(List.of(1, 2, 3, 4, 5, 6), Paginator.window(6, 6));
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9), Paginator.window(5, 9));
    }

    @Test
    void showsTheEndsAndTheNeighboursOfALongList() {
        assertEquals(List.of(1, 2, 3, 0, 1000), Paginator.window(1, 1000));
        assertEquals(List.of(1, 2, 3, 4, 5, 0, 12), Paginator.window(3, 12));
        assertEquals(List.of(1, 0, 498, 499, 500, 501, 502, 0, 1000), Paginator.window(500, 1000));
        assertEquals(List.of(1, 0, 998, 999, 1000), Paginator.window(1000, 1000));
    }

    @Test
    void aGapOfOnePageShowsThePage() {
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 0, 12), Paginator.window(5, 12));
        assertEquals(List.of(1, 0, 6, 7, 8, 9, 10, 11, 12), Paginator.window(8, 12));
    }

    @Test
    void linksStayFewHoweverLongTheList() {
        for (int total : List.of(1, 7, 100, 100_000)) {
            for (int current = 1; current <= Math.min(total, 50); current++) {
                List<Integer> shown = Paginator.window(current, total);
                assertEquals(true, shown.size() <= 2 * Paginator.NEIGHBOURS + 5, shown.toString());
                assertEquals(true, shown.contains(current) && shown.contains(1) && shown.contains(total), shown.toString());
            }
        }
    }
}
