package org.warraq.search.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.ar.ArabicStemFilter;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

/** Each rule of docs/search.md §1 on Arabic fixtures. */
class WarraqAnalyzerTest {

    private static List<String> surfaces(String text) {
        return WarraqAnalyzer.tokens(text).stream().map(AnalyzedToken::surface).toList();
    }

    private static List<Integer> positions(String text) {
        return WarraqAnalyzer.tokens(text).stream().map(AnalyzedToken::position).toList();
    }

    private static List<String> offsets(String text) {
        return WarraqAnalyzer.tokens(text).stream().map(t -> t.start() + "-" + t.end()).toList();
    }

    @Test
    void presentationFormsAreFoldedBeforeTokenizing() {
        assertEquals(List.of("الكتاب"), surfaces("ﺍﻟﻜﺘﺎﺏ"));
        assertEquals(List.of("كتاب", "الله"), surfaces("ﻛﺘﺎﺏ ﷲ"));
        assertEquals(List.of(), surfaces("ﻻ"), "ﻻ is لا, a stop word");
        assertEquals(List.of("قال", "صلي", "الله", "وسلم"), surfaces("قال ﷺ"));
        assertEquals(List.of(0, 1, 2, 4), positions("قال ﷺ"), "«عليه» inside the expansion is a stop word");
        assertEquals(List.of("0-3", "4-4", "4-4", "4-5"), offsets("قال ﷺ"),
                "every character of an expansion has the offset of the form it came from");
        assertEquals(List.of("0-2"), offsets("ﻟﻼ"), "ﻟ + ﻼ (لا) is one token of two forms");
    }

    @Test
    void theFoldingTableIsExactlyWhatNfkcChangesInTheTwoBlocks() {
        assertEquals(731, PresentationForms.TABLE.size());
        assertEquals("لا", PresentationForms.TABLE.get(0xFEFB));
        assertEquals("صلى الله عليه وسلم", PresentationForms.TABLE.get(0xFDFA));
        assertEquals(" ً", PresentationForms.TABLE.get(0xFE70));
        for (int notFolded : new int[] {0xFDFD, 0xFE73, 0xFDCF, 0xFD40, 0xFEFF, 0xFDD0}) {
            assertFalse(PresentationForms.TABLE.containsKey(notFolded), Integer.toHexString(notFolded));
        }
        assertTrue(PresentationForms.TABLE.keySet().stream().allMatch(c -> c >= 0xFB50 && c <= 0xFDFF || c >= 0xFE70 && c <= 0xFEFF));
    }

    @Test
    void onlyTheListedCharactersMakeTokens() {
        assertEquals(List.of("كتاب", "خبر", "راي", "نص"), surfaces("كتاب،خبر؛رأي؟نص"));
        assertEquals(List.of("s", "400"), surfaces("S-400"));
        assertEquals(List.of("50", "3", "5", "1", "000"), surfaces("50٪ ٣٫٥ ١٬٠٠٠"));
        assertEquals(List.of("كتاب", "خبر"), surfaces("كتاب۔خبر"));
        assertEquals(List.of("كتاب", "خبر", "راي"), surfaces("۞ كتاب۝خبر۩راي"));
        assertEquals(List.of("خبر", "عاجل"), surfaces("خبر😀عاجل"));
        assertEquals(List.of("خبر", "عاجل"), surfaces("خبر\u00A0عاجل\u200B"));
        assertEquals(List.of("كتابخانه"), surfaces("كتاب\u200Cخانه"), "ZWNJ joins, then is deleted");
        assertEquals(List.of("پژوهش", "ڤيديو"), surfaces("پژوهش ڤيديو"));
        for (int c : new int[] {'،', '؛', '؟', '٪', '٫', '٬', '۔', 0x06DD, 0x06DE, 0x06E9, 0x06FD, 0x06FE, 0x061C, 0x00D7, 0x00F7}) {
            assertFalse(TokenChars.isTokenChar(c), Integer.toHexString(c));
        }
    }

    @Test
    void marksLuceneKeepsAndAlefWaslaAreNormalisedAway() {
        assertEquals(List.of("الحمد"), surfaces("ٱلْحَمْدُ"));
        assertEquals(List.of("الرحمن"), surfaces("ٱلرَّحْمَـٰنِ"));
        assertEquals(List.of("كتاب"), surfaces("كتاب\u0610\u0615"));
        assertEquals(List.of("صلوه"), surfaces("صَلَوٰةِ"));
        assertEquals(List.of("بسم"), surfaces("بِسْمِ\u06DA"));
        assertEquals(List.of("ايه"), surfaces("آيَةٍ\u06E1"));
    }

    @Test
    void lowerCaseIsJavasSimpleMappingOfLatinLetters() {
        assertEquals(List.of("istanbul"), surfaces("İSTANBUL"));
        assertEquals(List.of("ÿes"), surfaces("ŸES"));
        assertEquals(List.of("strasse", "straße"), surfaces("STRASSE Straße"));
        assertEquals(List.of("ĸ", "ŉ", "ſ", "ı"), surfaces("ĸ ŉ ſ ı"));
        assertEquals(List.of("àéîõü", "łódź", "œuvre", "ĳssel"), surfaces("ÀÉÎÕÜ ŁÓDŹ ŒUVRE ĲSSEL"));
    }

    @Test
    void arabicIndicAndPersianDigitsBecomeAscii() {
        assertEquals(List.of("2024"), surfaces("٢٠٢٤"));
        assertEquals(List.of("1403"), surfaces("۱۴۰۳"));
        assertEquals(List.of("2024م", "1446ه"), surfaces("٢٠٢٤م ١٤٤٦هـ"));
    }

    @Test
    void arabicNormalisationFoldsAlefsYehTehMarbutaTatweelAndHarakat() {
        assertEquals(List.of("احمد", "ابراهيم", "امال", "مستشفي", "مدرسه"), surfaces("أحمد إبراهيم آمال مستشفى مدرسة"));
        assertEquals(List.of("مدرسه"), surfaces("مـدرسـة"));
        assertEquals(List.of("مدرسه"), surfaces("مَدْرَسَةٌ"));
        assertEquals(List.of("مسؤول", "رئيس"), surfaces("مسؤول رئيس"), "hamza on waw and yeh is kept");
    }

    @Test
    void tokensThatNormaliseToNothingAreDroppedButKeepTheirPosition() {
        assertEquals(List.of("كتاب", "خبر"), surfaces("كتاب ـ ً \u200C خبر"));
        assertEquals(List.of(0, 4), positions("كتاب ـ ً \u200C خبر"));
        assertEquals(List.of(), surfaces("ـــ َ"));
    }

    @Test
    void stopWordsAreRemovedInEverySpellingAndLeaveGaps() {
        assertEquals(List.of("ذهب", "المدرسه", "الصباح"), surfaces("ذهب إلى المدرسة في الصباح"));
        assertEquals(List.of(0, 2, 4), positions("ذهب إلى المدرسة في الصباح"));
        assertEquals(List.of(), surfaces("فى في فِي الى إلى إلي حتى حتي هى هي"));
        assertEquals(List.of(1), positions("في بيت"));
        assertEquals(List.of("علي", "علي"), surfaces("على علي"), "the name Ali stays searchable");
        assertEquals(87, StopWords.SET.size());
        assertTrue(StopWords.SET.contains("الي"));
        assertFalse(StopWords.SET.contains("إلى"));
    }

    @Test
    void runsLongerThan255CharactersAreCutIntoPieces() {
        String alefs = "ا".repeat(300);
        assertEquals(List.of("ا".repeat(255), "ا".repeat(45)), surfaces(alefs));
        assertEquals(List.of(0, 1), positions(alefs));
        assertEquals(List.of("0-255", "255-300"), offsets(alefs));
        assertEquals(List.of("0-255", "255-400"), offsets("اَ".repeat(200)), "the limit counts characters before normalising");
        assertEquals(List.of("ا".repeat(128), "ا".repeat(72)), surfaces("اَ".repeat(200)));
    }

    @Test
    void theStemIsLucenesArabicStemFilterOnEveryWordOfTheSampleSite() throws IOException {
        int checked = 0;
        for (String text : ParityInputs.contentTexts()) {
            for (AnalyzedToken token : WarraqAnalyzer.tokens(text)) {
                assertEquals(luceneStem(token.surface()), token.stem(), token.surface());
                checked++;
            }
        }
        assertTrue(checked > 5_000, checked + " words");
        for (String[] example : new String[][] {{"وزارة", "زار"}, {"وطني", "طن"}, {"والد", "الد"}, {"ولدان", "لد"},
                {"الله", "له"}, {"مدرستهم", "مدرستهم"}, {"مشروباتها", "مشروب"}, {"ٱلْحَمْدُ", "حمد"}}) {
            assertEquals(example[1], WarraqAnalyzer.tokens(example[0]).get(0).stem(), example[0]);
        }
    }

    @Test
    void onPlainArabicTheStemsAreWhatLucenesArabicAnalyzerIndexes() throws IOException {
        String text = "الكتاب والمدارس الحكومية بالمدينة كالبحر فالقرار للطلاب ومسؤولون مستشفى أسعارها الاقتصاديات";
        List<String> lucene = new ArrayList<>();
        try (Analyzer arabic = new ArabicAnalyzer(); TokenStream stream = arabic.tokenStream("f", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                lucene.add(term.toString());
            }
            stream.end();
        }
        assertEquals(lucene, WarraqAnalyzer.tokens(text).stream().map(AnalyzedToken::stem).toList());
    }

    @Test
    void alternativesLetCliticAndPronounFormsMeet() {
        assertSharedTerm("مدارس", "بمدارس", "المدارس");
        assertSharedTerm("مدرس", "مدرستها", "المدرسة", "بالمدرسة", "ومدرستهم", "للمدرسة", "مدرسته");
        assertSharedTerm("كتاب", "بكتابهم", "كتابنا", "فكتابك", "الكتاب", "ولكتابي");
        assertEquals(List.of("مدرست", "مدرس"), WarraqAnalyzer.tokens("ومدرستهم").get(0).alternatives());
        assertEquals(List.of(), WarraqAnalyzer.tokens("بيت").get(0).alternatives(), "a base needs three letters");
    }

    @Test
    void atMostEightAlternativesAreKeptInGenerationOrder() {
        assertEquals(List.of("فكتبت", "فكتب", "كتبتهما", "كتبت", "كتب", "تبتهما", "تبت", "تب"),
                WarraqAnalyzer.tokens("فكتبتهما").get(0).alternatives());
    }

    @Test
    void spellingVariantsShareTerms() {
        assertSharedTerm("مدرس", "مدرسة", "مَدْرَسَةٌ", "مـدرسـة", "مدرسه", "ﻣﺪﺭﺳﺔ");
        assertSharedTerm("احمد", "أحمد", "احمد", "إحمد", "آحمد", "ٱحمد", "أَحْمَد");
        assertSharedTerm("مستشف", "مستشفى", "مستشفي", "المستشفى");
        assertSharedTerm("كتاب", "ٱلكتاب", "الكِتَاب", "الكتـــاب", "ﺍﻟﻜﺘﺎﺏ");
    }

    @Test
    void termsGiveEachPositionsSurfaceStemAndAlternativesWithoutRepeats() {
        assertEquals(List.of("مدارس"), WarraqAnalyzer.terms("مدارس"));
        assertEquals(List.of("مدرستها", "مدرست", "مدرس"), WarraqAnalyzer.terms("مدرستها"));
        assertEquals(List.of("بمدارس", "مدارس", "مدارس"), WarraqAnalyzer.terms("بمدارس مدارس"));
        assertEquals(List.of(), WarraqAnalyzer.terms(""));
    }

    private static void assertSharedTerm(String term, String... words) {
        for (String word : words) {
            assertTrue(WarraqAnalyzer.terms(word).contains(term), word + " → " + WarraqAnalyzer.terms(word) + " lacks " + term);
        }
    }

    private static String luceneStem(String word) throws IOException {
        Tokenizer tokenizer = new KeywordTokenizer();
        tokenizer.setReader(new StringReader(word));
        try (TokenStream stream = new ArabicStemFilter(tokenizer)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            assertTrue(stream.incrementToken());
            String stem = term.toString();
            stream.end();
            return stem;
        }
    }
}
