package org.warraq.arabic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ArabicLettersTest {

    @Test
    void removesHarakatShaddaSukunAndTanween() {
        assertEquals("مدرسة", ArabicLetters.fold("مَدْرَسَةٌ"));
        assertEquals("محمد", ArabicLetters.fold("مُحَمَّد"));
        assertEquals("كتابا", ArabicLetters.fold("كِتَابًا"));
    }

    @Test
    void removesSuperscriptAlefAndQuranicMarks() {
        assertEquals("هذا", ArabicLetters.fold("هٰذا"));
        assertEquals("الرحمن", ArabicLetters.fold("الرَّحْمَٰنِ"));
        assertEquals("قال", ArabicLetters.fold("قال\u06D6"));
    }

    @Test
    void removesTatweel() {
        assertEquals("مصر", ArabicLetters.fold("مـــصـر"));
    }

    @Test
    void unifiesAlefForms() {
        assertEquals("احمد", ArabicLetters.fold("أحمد"));
        assertEquals("اسلام", ArabicLetters.fold("إسلام"));
        assertEquals("امال", ArabicLetters.fold("آمال"));
        assertEquals("القدس", ArabicLetters.fold("ٱلقدس"));
        assertEquals("احمد", ArabicLetters.fold("\u0627\u0654حمد"));
    }

    @Test
    void keepsLettersThatAreDifferentWords() {
        assertEquals("مدرسة", ArabicLetters.fold("مدرسة"));
        assertEquals("مدرسه", ArabicLetters.fold("مدرسه"));
        assertEquals("على", ArabicLetters.fold("على"));
        assertEquals("مسؤول", ArabicLetters.fold("مسؤول"));
        assertEquals("قائد", ArabicLetters.fold("قائد"));
    }

    @Test
    void foldsPresentationForms() {
        assertEquals("لا", ArabicLetters.fold("\uFEFB"));
        assertEquals("لا", ArabicLetters.fold("\uFEF7"));
        assertEquals("سلام", ArabicLetters.fold("\uFEB3\uFEE0\uFE8E\uFEE1"));
        assertEquals("الله", ArabicLetters.fold("\uFDF2"));
    }

    @Test
    void classifiesMarks() {
        assertTrue(ArabicLetters.isDiacritic('\u064E'));
        assertTrue(ArabicLetters.isDiacritic('\u0651'));
        assertTrue(ArabicLetters.isDiacritic('\u0670'));
        assertFalse(ArabicLetters.isDiacritic('\u0627'));
        assertFalse(ArabicLetters.isDiacritic('\u0640'));
        assertTrue(ArabicLetters.isTatweel('\u0640'));
        assertFalse(ArabicLetters.isTatweel('-'));
    }

    @Test
    void presentationFormsFoldToBaseLettersAndNothingElseChanges() {
        assertEquals("سلام عليكم", ArabicLetters.foldPresentationForms("\uFEB3\uFEE0\uFE8E\uFEE1 عليكم"));
        assertEquals("لا", ArabicLetters.foldPresentationForms("\uFEFB"));
        String untouched = "مَدْرَسَةٌ ٢٠٢٥ ﬁle";
        assertEquals(untouched, ArabicLetters.foldPresentationForms(untouched));
        assertTrue(ArabicLetters.isPresentationForm(0xFB50));
        assertTrue(ArabicLetters.isPresentationForm(0xFEFC));
        assertFalse(ArabicLetters.isPresentationForm(0x0627));
    }

    @Test
    void nfcComposesHamzaButKeepsWhatReadersSee() {
        assertEquals("أحمد", ArabicLetters.nfc("\u0627\u0654حمد"));
        assertEquals("مَدْرَسَةٌ", ArabicLetters.nfc("مَدْرَسَةٌ"));
        assertEquals("\uFEFB", ArabicLetters.nfc("\uFEFB"));
    }
}
