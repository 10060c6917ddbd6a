package org.warraq.arabic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.warraq.content.Numerals;

class DigitsTest {

    @Test
    void arabicIndicDigits() {
        assertEquals("٠١٢٣٤٥٦٧٨٩", Digits.localize("0123456789", Numerals.ARAB));
        assertEquals("٢٠٢٤-٠٣-٠١", Digits.localize("2024-03-01", Numerals.ARAB));
        assertEquals("الصفحة ٣", Digits.localize("الصفحة 3", Numerals.ARAB));
    }

    @Test
    void latinDigitsStayAsTheyAre() {
        assertEquals("2024-03-01", Digits.localize("2024-03-01", Numerals.LATN));
    }

    @Test
    void formatsNumbers() {
        assertEquals("١٣٨", Digits.format(138, Numerals.ARAB));
        assertEquals("138", Digits.format(138, Numerals.LATN));
        assertEquals("-٥", Digits.format(-5, Numerals.ARAB));
        assertEquals("٠", Digits.format(0, Numerals.ARAB));
    }
}
