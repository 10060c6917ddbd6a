package org.warraq.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Path;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.warraq.content.Article;
import org.warraq.content.ContentFormat;
import org.warraq.site.SiteArticle;
import org.warraq.site.Tag;

/** The last analysis as far as it still holds for the articles of a quick preview build. */
class SiteAnalysisTest {

    static final Place EGYPT = new Place("EG", "مصر", "مصر");
    static final Place JORDAN = new Place("JO", "الأردن", "الأردن");
    static final Tag ENERGY = new Tag("الطاقة", "الطاقة");
    static final Tag WHEAT = new Tag("القمح", "القمح");

    static SiteArticle article(String path, Tag... tags) {
        Article a = new Article(Path.of("content/" + path + ".md"), false, ContentFormat.MARKDOWN, path,
                ZonedDateTime.of(2025, 1, 1, 10, 0, 0, 0, ZoneId.of("Africa/Cairo")), null, List.of(), List.of(),
                List.of(tags).stream().map(Tag::name).toList(), "", null, false, List.of(), null, "", "", "", List.of(), "نص.", 5);
        return new SiteArticle(a, path + "/", List.of(), null, List.of(tags), null);
    }

    static SiteAnalysis analysis() {
        Overview overview = new Overview(YearMonth.of(2024, 2), YearMonth.of(2025, 1), 3,
                List.of(new Coverage<>(ENERGY, 2), new Coverage<>(WHEAT, 1)), List.of(new Coverage<>(EGYPT, 2), new Coverage<>(JORDAN, 1)),
                List.of(), YearMonth.of(2024, 11), YearMonth.of(2024, 8), YearMonth.of(2024, 10), 2, 1, List.of());
        return new SiteAnalysis(Map.of(
                "a/", new ArticleContext(List.of("b/", "c/"), List.of(), List.of(EGYPT)),
                "b/", new ArticleContext(List.of("a/"), List.of(), List.of(EGYPT, JORDAN)),
                "c/", new ArticleContext(List.of("a/"), List.of(), List.of())),
                List.of(new PlaceCoverage(JORDAN, List.of("b/")), new PlaceCoverage(EGYPT, List.of("a/", "b/"))), overview);
    }

    @Test
    void stillWholeWhenEveryArticleItKnowsRemains() {
        SiteAnalysis analysis = analysis();
        assertSame(analysis, analysis.within(List.of(article("a", ENERGY), article("b", ENERGY), article("c", WHEAT),
                article("new", WHEAT))), "an edited or added article leaves the last analysis as it was, the very same value");
    }

    @Test
    void dropsWhatIsGone() {
        SiteAnalysis analysis = analysis();
        SiteAnalysis within = analysis.within(List.of(article("a", ENERGY), article("c")));
        assertEquals(List.of("a/", "c/"), within.articles().keySet().stream().sorted().toList());
        assertEquals(List.of("c/"), within.of("a/").related());
        assertSame(analysis.of("c/"), within.of("c/"), "a context that lost nothing is kept as it is");
        assertEquals(List.of(new PlaceCoverage(EGYPT, List.of("a/"))), within.places());
        assertEquals(List.of(ENERGY), within.overview().topics().stream().map(Coverage::subject).toList(), "no article is tagged القمح now");
        assertEquals(List.of(EGYPT), within.overview().places().stream().map(Coverage::subject).toList());
    }
}
