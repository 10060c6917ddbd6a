package org.warraq.arabic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class IsolatedRunsTest {

    private static List<String> runs(String text) {
        return runs(text, Direction.RTL);
    }

    private static List<String> runs(String text, Direction base) {
        return IsolatedRuns.find(BidiText.plain(text), base).stream().map(r -> text.substring(r.start(), r.end())).toList();
    }

    @Test
    void latinNamesAndProductNamesWithNumbers() {
        assertEquals(List.of("S-400"), runs("وصلت منظومة S-400 الروسية."));
        assertEquals(List.of("Belt and Road"), runs("مبادرة Belt and Road الصينية"));
        assertEquals(List.of("COP29", "5G"), runs("قمة COP29 وشبكات 5G"));
        assertEquals(List.of("Windows 11"), runs("نظام Windows 11 الجديد"));
    }

    @Test
    void anEnglishSentenceKeepsItsFinalPunctuation() {
        assertEquals(List.of("We will not back down."), runs("قال الوزير: \"We will not back down.\" ثم غادر."));
        assertEquals(List.of("Is this the end of the road?"), runs("تساءلت الصحيفة Is this the end of the road? وأجابت بالنفي."));
    }

    @Test
    void aQuotedWordKeepsItsPunctuationButAnArabicSentenceKeepsItsOwn() {
        assertEquals(List.of("Hello!"), runs("كتب \"Hello!\" ثم سكت"));
        assertEquals(List.of("ChatGPT"), runs("جرّبنا ChatGPT."));
        assertEquals(List.of("Belt and Road"), runs("مبادرة Belt and Road."));
    }

    @Test
    void arabicPunctuationAndGuillemetsEndALatinRun() {
        assertEquals(List.of("ChatGPT", "Gemini"), runs("«ChatGPT»، «Gemini»"));
        assertEquals(List.of("Apple", "Google"), runs("Apple و Google"));
        assertEquals(List.of("Apple, Google and Microsoft"), runs("شركات Apple, Google and Microsoft الكبرى"));
    }

    @Test
    void bracketsAreIncludedOnlyWhenTheRunOpensThem() {
        assertEquals(List.of("Belt and Road"), runs("مبادرة (Belt and Road) الصينية"));
        assertEquals(List.of("Windows (64-bit)"), runs("نسخة Windows (64-bit) الجديدة"));
    }

    @Test
    void numbersWithSignsUnitsAndRangesAreIsolatedPlainNumbersAreNot() {
        assertEquals(List.of("+3.5%"), runs("بزيادة +3.5% عن العام الماضي"));
        assertEquals(List.of("-4%"), runs("تراجع بنسبة -4% فقط"));
        assertEquals(List.of("2025-2026"), runs("موازنة 2025-2026 الجديدة"));
        assertEquals(List.of(), runs("في عام 2025 بلغ النمو 3.5 وبلغ الدين 12,500"));
        assertEquals(List.of("OpenAI"), runs("في عام 2023 أطلقت OpenAI"));
    }

    @Test
    void arabicIndicNumbersFollowTheRightToLeftConvention() {
        assertEquals(List.of(), runs("بنسبة ٣٫٥٪ في ٢٠٢٥-٢٠٢٦"));
    }

    @Test
    void addressesAreOneRunWithoutTheSentencesFullStop() {
        assertEquals(List.of("https://ar.wikipedia.org/wiki/مصر"), runs("انظر https://ar.wikipedia.org/wiki/مصر."));
        assertEquals(List.of("desk@example.org"), runs("راسلونا على desk@example.org، شكرًا"));
    }

    @Test
    void runsCarryTheirDirectionAndWhetherTheyAreLatin() {
        List<IsolatedRuns.Run> runs = IsolatedRuns.find(BidiText.plain("قال Reuters ثم Москва ثم 2025-2026"), Direction.RTL);
        assertEquals(3, runs.size());
        assertTrue(runs.get(0).latin());
        assertFalse(runs.get(1).latin());
        assertFalse(runs.get(2).latin());
        assertTrue(runs.stream().allMatch(r -> r.direction() == Direction.LTR));
    }

    @Test
    void inALeftToRightBlockArabicRunsAreIsolatedWithTheirMarks() {
        String text = "The term الربيع العربي was coined in 2011, and كتابٌ means book.";
        assertEquals(List.of("الربيع العربي", "كتابٌ"), runs(text, Direction.LTR));
        assertEquals(Direction.RTL, IsolatedRuns.find(BidiText.plain(text), Direction.LTR).get(0).direction());
        assertEquals(List.of(), runs("Only English here, 100%.", Direction.LTR));
    }

    @Test
    void atomsJoinOrEndRuns() {
        BidiText joined = new BidiText.Builder().append("اقرأ read ").atom(BidiText.Atom.LATIN).append(" today ثم").build();
        assertEquals(List.of("read \uFFFC today"), IsolatedRuns.find(joined, Direction.RTL).stream()
                .map(r -> joined.text().substring(r.start(), r.end())).toList());
        BidiText code = new BidiText.Builder().append("شغّل ").atom(BidiText.Atom.CODE).append(" الآن").build();
        assertEquals(List.of(), IsolatedRuns.find(code, Direction.RTL));
        BidiText ended = new BidiText.Builder().append("قال Reuters").atom(BidiText.Atom.BOUNDARY).append("AP").build();
        assertEquals(2, IsolatedRuns.find(ended, Direction.RTL).size());
    }

    @Test
    void coveredMarksRunsAndAddresses() {
        BidiText text = BidiText.plain("قال Reuters \"نعم\" و https://x.org");
        BitSet covered = IsolatedRuns.covered(text, IsolatedRuns.find(text, Direction.RTL));
        assertTrue(covered.get(text.text().indexOf('R')));
        assertFalse(covered.get(text.text().indexOf('"')));
        assertTrue(covered.get(text.text().indexOf("x.org")));
    }
}
