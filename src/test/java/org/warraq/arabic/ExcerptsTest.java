package org.warraq.arabic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ExcerptsTest {

    @Test
    void shortTextIsKeptWithItsWhitespaceCollapsed() {
        assertEquals("نص قصير جدًا.", Excerpts.cut("  نص   قصير\nجدًا. ", 50));
    }

    @Test
    void longTextIsCutOnAWordBoundary() {
        String text = "تتجه أنظار الأسواق إلى سؤال واحد متى يبدأ خفض أسعار الفائدة";
        String cut = Excerpts.cut(text, 22);
        assertEquals("تتجه أنظار الأسواق إلى…", cut);
        assertTrue(text.startsWith(cut.substring(0, cut.length() - 1)));
    }

    @Test
    void aCutNeverSeparatesALetterFromItsDiacritics() {
        String text = "مَدْرَسَةٌ جَدِيدَةٌ فِي المَدِينَةِ";
        for (int max = 1; max < text.length(); max++) {
            String cut = Excerpts.cut(text, max);
            String head = cut.substring(0, cut.length() - 1);
            assertTrue(text.startsWith(head), cut);
            assertTrue(!ArabicLetters.isDiacritic(text.charAt(head.length())), "cut at " + max + " splits a letter from its marks: " + cut);
            if (max >= "مَدْرَسَةٌ".length()) {
                assertTrue(text.startsWith(head + " "), "cut at " + max + " is not a word end: " + cut);
            }
        }
        assertEquals("مَدْرَسَةٌ جَدِيدَةٌ…", Excerpts.cut(text, 21));
    }

    @Test
    void anExcerptOfTheOpeningIsTheExcerptOfTheWholeText() {
        StringBuilder text = new StringBuilder("  ");
        String[] words = {"قالت", "الحكومةُ،", "إن", "الموازنة", "الجديدة", "—", "وهي", "الأكبر", "(2025)", "\n\n", "ستُعرض"};
        for (int i = 0; text.length() < 5 * Excerpts.OPENING; i++) {
            text.append(words[i % words.length]).append(i % 7 == 0 ? "\n  " : " ");
        }
        String opening = Excerpts.opening(text.toString());
        assertTrue(opening.length() >= Excerpts.OPENING && opening.length() < Excerpts.OPENING + 20, opening.length() + "");
        assertFalse(opening.contains("\n") || opening.contains("  ") || opening.endsWith(" "));
        for (int n = 1; n <= Excerpts.OPENING; n += 7) {
            assertEquals(Excerpts.cut(text.toString(), n), Excerpts.cut(opening, n), "at " + n);
        }
        assertEquals("نص قصير جدًا.", Excerpts.opening("  نص   قصير\nجدًا. "));
    }

    @Test
    void trailingPunctuationIsDropped() {
        assertEquals("قال الوزير…", Excerpts.cut("قال الوزير، إن الحكومة ستعلن خطتها", 12));
    }

    @Test
    void aSingleLongWordIsCutBetweenCharacters() {
        String cut = Excerpts.cut("ا".repeat(30), 10);
        assertEquals("ا".repeat(10) + "…", cut);
    }
}
