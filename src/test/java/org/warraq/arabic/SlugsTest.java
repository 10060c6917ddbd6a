package org.warraq.arabic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.warraq.content.SiteConfig.SlugStyle;

class SlugsTest {

    @Test
    void keepsArabicLetters() {
        assertEquals("الانتخابات-البرلمانية", Slugs.slugify("الانتخابات البرلمانية"));
    }

    @Test
    void spellingVariantsGiveTheSameSlug() {
        assertEquals("مصر", Slugs.slugify("«مصر»"));
        assertEquals("مصر", Slugs.slugify("مـصر"));
        assertEquals("مصر", Slugs.slugify("مِصر"));
        assertEquals("مصر", Slugs.slugify("مِصْـــرُ"));
        assertEquals(Slugs.slugify("مصر والازمة"), Slugs.slugify("مِصـر والأزمة"));
    }

    @Test
    void diacriticsAreRemoved() {
        assertEquals("محمد-يكتب", Slugs.slugify("مُحَمَّدٌ يَكْتُبُ"));
        assertEquals("سلاما", Slugs.slugify("سَلامًا"));
    }

    @Test
    void hamzaAlefsBecomeBareAlef() {
        assertEquals("احمد-اسلام-امال-القدس", Slugs.slugify("أحمد إسلام آمال ٱلقدس"));
    }

    @Test
    void spacesAndPunctuationBecomeOneHyphen() {
        assertEquals("قمة-الرياض-ماذا-بعد", Slugs.slugify("  قمة الرياض:   ماذا بعد؟! "));
        assertEquals("اقتصاد-سياسة", Slugs.slugify("اقتصاد، سياسة"));
        assertEquals("حرب-غزة", Slugs.slugify("حرب — غزة"));
        assertEquals("خبر", Slugs.slugify("...خبر..."));
    }

    @Test
    void latinIsLowerCased() {
        assertEquals("قمة-g20-في-الرياض", Slugs.slugify("قمة G20 في الرياض"));
        assertEquals("hello-world", Slugs.slugify("Hello, World!"));
    }

    @Test
    void digitsBecomeAscii() {
        assertEquals("موازنة-2024", Slugs.slugify("موازنة ٢٠٢٤"));
        assertEquals("2025", Slugs.slugify("۲۰۲۵"));
        assertEquals("12-5", Slugs.slugify("١٢٫٥"));
    }

    @Test
    void presentationFormsAreFolded() {
        assertEquals("لا-للحرب", Slugs.slugify("\uFEFB للحرب"));
        assertEquals(Slugs.slugify("لا"), Slugs.slugify("\uFEFB"));
    }

    @Test
    void textWithoutLettersGivesAnEmptySlug() {
        assertEquals("", Slugs.slugify("«» — ؟!"));
        assertEquals("", Slugs.slugify(""));
    }

    @Test
    void shortSlugsAreNotCut() {
        String seventyNine = "ا".repeat(79);
        assertEquals(seventyNine, Slugs.truncate(seventyNine));
        assertEquals("ا".repeat(80), Slugs.truncate("ا".repeat(80)));
    }

    @Test
    void longSlugsAreCutOnAHyphen() {
        String title = "تقرير مطول عن الأوضاع الاقتصادية والاجتماعية في المحافظات الجنوبية بعد موجة الجفاف الأخيرة وتأثيرها على المزارعين";
        String slug = Slugs.slugify(title);
        assertTrue(slug.length() <= Slugs.MAX_LENGTH, slug);
        assertFalse(slug.endsWith("-"), slug);
        assertEquals("تقرير-مطول-عن-الاوضاع-الاقتصادية-والاجتماعية-في-المحافظات-الجنوبية-بعد-موجة", slug);
    }

    @Test
    void aWordEndingExactlyAtTheLimitIsKept() {
        String eighty = "ب".repeat(50) + "-" + "ج".repeat(29);
        assertEquals(80, eighty.length());
        assertEquals(eighty, Slugs.truncate(eighty + "-د"));
    }

    @Test
    void aSingleVeryLongWordIsCutHard() {
        assertEquals("س".repeat(80), Slugs.slugify("س".repeat(120)));
        assertEquals("ص-" + "س".repeat(78), Slugs.truncate("ص-" + "س".repeat(100)));
    }

    @Test
    void latinSlugsAreTransliteratedToPlainAscii() {
        assertEquals("msr-walazmt", Slugs.slugify("مصر والأزمة", SlugStyle.LATIN));
        assertEquals("alhydrwjyn-alakhdr", Slugs.slugify("«الهيدروجين الأخضر»", SlugStyle.LATIN));
        assertEquals("chatgpt-balrbyt", Slugs.slugify("ChatGPT بالعربية", SlugStyle.LATIN));
        assertEquals("mwaznt-2024", Slugs.slugify("موازنة ٢٠٢٤", SlugStyle.LATIN));
    }

    @Test
    void latinSlugsHaveNoApostrophesOrMarks() {
        for (String title : new String[] {"عمان وعلي والعراق", "شؤون عربية", "قمة الرياض: ماذا بعد؟", "Москва и Каир"}) {
            String slug = Slugs.slugify(title, SlugStyle.LATIN);
            assertTrue(slug.matches("[a-z0-9]+(-[a-z0-9]+)*"), title + " -> " + slug);
        }
    }

    @Test
    void equivalentTitlesGiveTheSameSlugInBothStyles() {
        for (SlugStyle style : SlugStyle.values()) {
            String plain = Slugs.slugify("مصر", style);
            assertEquals(plain, Slugs.slugify("مـصر", style));
            assertEquals(plain, Slugs.slugify("مِصر", style));
            assertEquals(plain, Slugs.slugify("\uFEE3\uFEBC\uFEAE", style));
        }
        assertEquals("مصر", Slugs.slugify("مِصر", SlugStyle.ARABIC));
    }
}
