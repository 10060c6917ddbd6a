package org.warraq.arabic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArabicCollationTest {

    @Test
    void alefFormsSortTogether() {
        List<String> names = new ArrayList<>(List.of("إسلام", "باسم", "أحمد", "ابراهيم", "آمال"));
        names.sort(ArabicCollation.order());
        assertEquals(List.of("آمال", "ابراهيم", "أحمد", "إسلام", "باسم"), names);
    }

    @Test
    void codePointOrderWouldNotDoThis() {
        List<String> names = new ArrayList<>(List.of("إسلام", "أحمد", "ابراهيم"));
        names.sort(String::compareTo);
        assertEquals(List.of("أحمد", "إسلام", "ابراهيم"), names);
    }

    @Test
    void tagsAuthorsAndSectionsSortByTheirNames() {
        record Named(String name) {
        }
        List<Named> authors = ArabicCollation.sorted(List.of(new Named("نور الإدريسي"), new Named("سلمى الحدّاد"),
                new Named("عمر الخطيب"), new Named("ليلى منصور"), new Named("كريم ناصر")), Named::name);
        assertEquals(List.of("سلمى الحدّاد", "عمر الخطيب", "كريم ناصر", "ليلى منصور", "نور الإدريسي"),
                authors.stream().map(Named::name).toList());
        assertEquals(List.of("اقتصاد", "ثقافة", "سياسة", "طاقة"),
                ArabicCollation.sorted(List.of("طاقة", "سياسة", "اقتصاد", "ثقافة"), s -> s));
    }

    @Test
    void namesThatCollateEqualStillHaveAStableOrder() {
        List<String> a = ArabicCollation.sorted(List.of("مصر", "مـصر"), s -> s);
        List<String> b = ArabicCollation.sorted(List.of("مـصر", "مصر"), s -> s);
        assertEquals(a, b);
    }
}
