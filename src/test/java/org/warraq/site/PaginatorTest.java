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
}
