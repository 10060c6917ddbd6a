package org.warraq.arabic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class TextDirectionTest {

    private static Optional<Direction> of(String text) {
        return TextDirection.of(text);
    }

    @Test
    void arabicTextIsRightToLeft() {
        assertEquals(Optional.of(Direction.RTL), of("قال الوزير إن منظومة S-400 ستصل قريبًا."));
        assertEquals(Optional.of(Direction.RTL), of("«الاقتصاد» أولًا"));
    }

    @Test
    void englishTextIsLeftToRight() {
        assertEquals(Optional.of(Direction.LTR), of("The Belt and Road Initiative was launched in 2013."));
        assertEquals(Optional.of(Direction.LTR), of("Source: Reuters"));
    }

    @Test
    void theFirstStrongCharacterDecidesAfterNeutralsAndDigits() {
        assertEquals(Optional.of(Direction.RTL), of("2025: عام الانتخابات"));
        assertEquals(Optional.of(Direction.LTR), of("(2025) — a year of elections"));
    }

    @Test
    void aShortLatinNameOpeningAnArabicSentenceKeepsItArabic() {
        assertEquals(Optional.of(Direction.RTL), of("ChatGPT بالعربية: وعود النماذج اللغوية"));
        assertEquals(Optional.of(Direction.RTL), of("S-400 منظومة دفاع جوي روسية"));
        assertEquals(Optional.of(Direction.RTL), of("Belt and Road مبادرة صينية لربط آسيا بأوروبا"));
    }

    @Test
    void anEnglishSentenceQuotingArabicStaysEnglish() {
        assertEquals(Optional.of(Direction.LTR), of("The system is known in Arabic as «منظومة الدفاع الجوي»."));
        assertEquals(Optional.of(Direction.LTR), of("Hello. مرحبًا"));
        assertEquals(Optional.of(Direction.LTR), of("The phrase الربيع العربي was coined by foreign journalists in 2011."));
    }

    @Test
    void addressesDoNotDecide() {
        assertEquals(Optional.of(Direction.RTL), of("https://example.org/report هو رابط التقرير"));
        assertEquals(Optional.of(Direction.RTL), of("desk@example.org عنوان المكتب"));
    }

    @Test
    void textWithoutStrongCharactersHasNoDirection() {
        assertEquals(Optional.empty(), of("2025-2026 — ١٢٫٥٪"));
        assertEquals(Optional.empty(), of(""));
    }

    @Test
    void latinOnlyIsAboutLeftToRightLetters() {
        assertTrue(TextDirection.latinOnly("OPEC+ و Reuters"));
        assertFalse(TextDirection.latinOnly("Москва"));
        assertFalse(TextDirection.latinOnly("مصر 2025"));
        assertFalse(TextDirection.latinOnly("Reuters ו-Москва"));
    }
}
