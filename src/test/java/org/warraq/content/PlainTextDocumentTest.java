package org.warraq.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlainTextDocumentTest {

    /** A desk story: lead first, short unpunctuated lines as subheadings, blank lines meaningless. */
    static final String DESK = """
            أعلنت وزارة الزراعة اليوم خطة جديدة لدعم صغار المزارعين في محافظات الصعيد بقروض ميسرة وبذور محسنة. وقال الوزير إن التنفيذ يبدأ الشهر المقبل.

            تفاصيل الخطة
            تشمل المرحلة الأولى عشرة آلاف مزارع، وتمتد ثلاث سنوات.


            وأضاف المتحدث،
            ردود الفعل
            رحب اتحاد الفلاحين بالقرار لكنه طالب بزيادة المبالغ المخصصة.
            وقال رئيس الاتحاد:
            «نريد أن تصل القروض إلى مستحقيها»
            """;

    @Test
    void splitsTheDeskShapeIntoLeadParagraphsAndSubheadings() {
        PlainTextDocument doc = PlainTextDocument.parse(DESK, 1);
        assertEquals(Optional.empty(), doc.title());
        List<PlainTextDocument.Block> blocks = doc.blocks();
        assertEquals(List.of(false, true, false, false, true, false, false, false),
                blocks.stream().map(PlainTextDocument.Block::heading).toList());
        assertEquals("تفاصيل الخطة", blocks.get(1).text());
        assertEquals("ردود الفعل", blocks.get(4).text());
        assertEquals("وأضاف المتحدث،", blocks.get(3).text());
        assertEquals(List.of(1, 3, 4, 7, 8, 9, 10, 11), blocks.stream().map(PlainTextDocument.Block::line).toList());
    }

    @Test
    void linesAreCountedFromTheBodyStart() {
        PlainTextDocument doc = PlainTextDocument.parse("\n  فقرة أولى.  \n\nعنوان فرعي\n", 6);
        assertEquals(List.of(7, 9), doc.blocks().stream().map(PlainTextDocument.Block::line).toList());
        assertEquals("فقرة أولى.", doc.blocks().get(0).text());
    }

    @Test
    void theLeadIsTheFirstParagraphInFull() {
        PlainTextDocument doc = PlainTextDocument.parse(DESK, 1);
        assertEquals(Optional.of("أعلنت وزارة الزراعة اليوم خطة جديدة لدعم صغار المزارعين في محافظات الصعيد بقروض ميسرة وبذور محسنة."
                + " وقال الوزير إن التنفيذ يبدأ الشهر المقبل."), doc.lead());
    }

    @Test
    void theLeadIsNeverAHeadingEvenWhenShort() {
        PlainTextDocument doc = PlainTextDocument.parse("انفجار في الميناء\nوقع الانفجار فجرًا.\n", 1);
        assertFalse(doc.blocks().get(0).heading());
        assertEquals("انفجار في الميناء", doc.derivedTitle().orElseThrow());
    }

    @Test
    void theDerivedTitleIsTheFirstSentenceCutToTwelveWords() {
        String title = PlainTextDocument.parse(DESK, 1).derivedTitle().orElseThrow();
        assertEquals("أعلنت وزارة الزراعة اليوم خطة جديدة لدعم صغار المزارعين في محافظات الصعيد…", title);
        assertEquals(12, title.replace("…", "").split(" ").length);
    }

    @Test
    void aShortFirstSentenceIsTheWholeTitleWithoutItsFullStop() {
        assertEquals("ارتفعت أسعار الذهب في السوق المحلية",
                PlainTextDocument.titleFrom("ارتفعت أسعار الذهب في السوق المحلية. وسجل عيار ٢١ رقمًا قياسيًا."));
    }

    @Test
    void exactlyTwelveWordsAreNotCut() {
        String twelve = "واحد اثنان ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة عشرة أحد عشر";
        assertEquals(12, twelve.split(" ").length);
        assertEquals(twelve, PlainTextDocument.titleFrom(twelve + ". تتمة"));
        String thirteen = twelve + " زيادة";
        assertEquals(twelve + "…", PlainTextDocument.titleFrom(thirteen));
    }

    @Test
    void aCutEndingInACommaDropsIt() {
        String lead = "في تطور لافت على صعيد المفاوضات الجارية منذ أشهر بين الطرفين المتنازعين، أعلن الوسطاء اتفاقًا";
        assertEquals("في تطور لافت على صعيد المفاوضات الجارية منذ أشهر بين الطرفين المتنازعين…", PlainTextDocument.titleFrom(lead));
    }

    @Test
    void aQuestionKeepsItsQuestionMark() {
        assertEquals("هل تنجح المفاوضات هذه المرة؟",
                PlainTextDocument.titleFrom("هل تنجح المفاوضات هذه المرة؟ يرى محللون أن الفرص ضئيلة."));
    }

    @Test
    void decimalPointsDoNotEndTheSentence() {
        assertEquals("نما الاقتصاد بنسبة 3.5 في المئة",
                PlainTextDocument.titleFrom("نما الاقتصاد بنسبة 3.5 في المئة. وهذا أعلى معدل منذ عقد."));
    }

    @Test
    void aHashFirstLineIsTheTitle() {
        PlainTextDocument doc = PlainTextDocument.parse("\n# زيارة رسمية إلى تونس\n\nوصل الرئيس صباح اليوم.\n# ليس عنوانًا\n", 1);
        assertEquals(Optional.of("زيارة رسمية إلى تونس"), doc.title());
        assertEquals("وصل الرئيس صباح اليوم.", doc.lead().orElseThrow());
        assertEquals(2, doc.blocks().size());
        assertEquals("# ليس عنوانًا", doc.blocks().get(1).text());
    }

    @Test
    void aHashWithoutSpaceIsNotATitle() {
        PlainTextDocument doc = PlainTextDocument.parse("#وسم_رائج يتصدر المنصات.\n", 1);
        assertEquals(Optional.empty(), doc.title());
        assertEquals("#وسم_رائج يتصدر المنصات.", doc.lead().orElseThrow());
    }

    @Test
    void anEmptyBodyHasNoLeadAndNoTitle() {
        PlainTextDocument doc = PlainTextDocument.parse("\n\n   \n", 1);
        assertTrue(doc.blocks().isEmpty());
        assertEquals(Optional.empty(), doc.lead());
        assertEquals(Optional.empty(), doc.derivedTitle());
    }

    @ParameterizedTest
    @ValueSource(strings = {"تفاصيل الخطة", "الموقف الدولي من الأزمة", "الجولة 2", "واحد اثنان ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة عشرة"})
    void shortUnpunctuatedLinesAreSubheadings(String line) {
        assertTrue(PlainTextDocument.isSubheading(line), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"وأضاف المتحدث،", "وقال الوزير:", "انتهى الاجتماع.", "ما الذي حدث؟", "ماذا بعد?", "يا للهول!",
            "وبعد…", "أولًا؛", "نعم,", "«لن نتراجع»", "قال “نعم”", "قال \"نعم\"", "(ملاحظة)",
            "واحد اثنان ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة عشرة أحد"})
    void punctuatedOrLongLinesAreParagraphs(String line) {
        assertFalse(PlainTextDocument.isSubheading(line), line);
    }
}
