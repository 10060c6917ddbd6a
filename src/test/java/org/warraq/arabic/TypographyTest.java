package org.warraq.arabic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.BitSet;
import org.junit.jupiter.api.Test;
import org.warraq.content.SiteConfig.QuoteStyle;

class TypographyTest {

    private static final Typography GUILLEMETS = new Typography(QuoteStyle.GUILLEMETS, false);
    private static final Typography CURLY = new Typography(QuoteStyle.CURLY, false);
    private static final Typography PUNCTUATION = new Typography(QuoteStyle.STRAIGHT, true);

    private static String apply(Typography t, String text) {
        String out = t.apply(text, new BitSet());
        assertEquals(text.length(), out.length(), "one character for one");
        return out;
    }

    @Test
    void straightQuotesBecomeGuillemetsOrCurlyQuotes() {
        assertEquals("قال «نعم» ثم «لا»", apply(GUILLEMETS, "قال \"نعم\" ثم \"لا\""));
        assertEquals("قال “نعم” ثم", apply(CURLY, "قال \"نعم\" ثم"));
        assertEquals("و«الحزام والطريق» مبادرة", apply(GUILLEMETS, "و\"الحزام والطريق\" مبادرة"));
    }

    @Test
    void byDefaultNothingChanges() {
        assertTrue(Typography.NONE.changesNothing());
        String text = "قال \"نعم\", ماذا?";
        assertEquals(text, Typography.NONE.apply(text, new BitSet()));
    }

    @Test
    void unpairedAndEscapedQuotesStayStraight() {
        assertEquals("طوله 12\" تقريبًا", apply(GUILLEMETS, "طوله 12\" تقريبًا"));
        assertEquals("قال \\\"نعم\\\"", apply(GUILLEMETS, "قال \\\"نعم\\\""));
    }

    @Test
    void keptCharactersAreNeverTouched() {
        String text = "قال \"He said \"no\" today\" ثم";
        BitSet kept = new BitSet();
        kept.set(text.indexOf("He"), text.indexOf("today") + 5);
        assertEquals("قال «He said \"no\" today» ثم", GUILLEMETS.apply(text, kept));
    }

    @Test
    void latinPunctuationAfterAnArabicWordBecomesArabic() {
        assertEquals("قال، ثم غادر؛ لماذا؟", apply(PUNCTUATION, "قال, ثم غادر; لماذا?"));
        assertEquals("«نعم»، قالها", apply(PUNCTUATION, "«نعم», قالها"));
        assertEquals("مَدْرَسَةٌ، جديدة", apply(PUNCTUATION, "مَدْرَسَةٌ, جديدة"));
    }

    @Test
    void latinPunctuationElsewhereStays() {
        assertEquals("Apple, Google? 3,5 و ٣,٥", apply(PUNCTUATION, "Apple, Google? 3,5 و ٣,٥"));
        assertEquals("عدد,5", apply(PUNCTUATION, "عدد,5"));
        String url = "الرابط https://x.org/?a=1,2 هنا";
        BitSet kept = new BitSet();
        kept.set(url.indexOf("https"), url.indexOf(" هنا"));
        assertEquals(url, PUNCTUATION.apply(url, kept));
    }
}
