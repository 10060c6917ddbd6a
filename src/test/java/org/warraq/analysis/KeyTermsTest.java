package org.warraq.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class KeyTermsTest {

    @Test
    void termsAreShownWithoutDiacriticsAndWithoutAConjunctionBeforeTheArticle() {
        assertEquals("الأرياف", KeyTerms.shown("والأرياف"));
        assertEquals("الأرياف", KeyTerms.shown("بالأريـاف"));
        assertEquals("الأسر", KeyTerms.shown("للأسر"));
        assertEquals("الاقتصاد", KeyTerms.shown("وبالاقتصادِ"));
        assertEquals("والد", KeyTerms.shown("والد"), "too short after the article to be one");
        assertEquals("بالغ", KeyTerms.shown("بالغ"));
        assertEquals("مدرسة", KeyTerms.shown("مَدْرَسَة"));
        assertEquals("ChatGPT", KeyTerms.shown("ChatGPT"));
    }

    @Test
    void theDocumentFrequencyCapIsFlatForLargeArchives() {
        assertEquals(10, RelatedArticles.maxDocFreq(5));
        assertEquals(20, RelatedArticles.maxDocFreq(100));
        assertEquals(RelatedArticles.MAX_DOC_FREQ, RelatedArticles.maxDocFreq(10_000));
        assertEquals(RelatedArticles.MAX_DOC_FREQ, RelatedArticles.maxDocFreq(1_000_000));
    }
}
