package org.warraq.analysis;

import java.util.ArrayList;
import java.util.List;
import org.warraq.search.analysis.AnalyzedToken;
import org.warraq.search.analysis.WarraqAnalyzer;
import org.warraq.site.SiteArticle;
import org.warraq.site.Tag;

/**
 * An article's text analysed once, for the stages that read words rather than the index (key terms, places):
 * the title, each tag, the summary and the body, each kept apart so that no phrase runs from one into the next.
 */
record ArticleText(List<Segment> segments) {

    /** One piece of text with its analysed words; {@code title} marks the headline. */
    record Segment(String text, List<AnalyzedToken> tokens, boolean title) {
    }

    static ArticleText of(SiteArticle a) {
        List<Segment> segments = new ArrayList<>();
        add(segments, a.article().title(), true);
        for (Tag tag : a.tags()) {
            add(segments, tag.name(), false);
        }
        add(segments, a.article().summary(), false);
        add(segments, a.body() == null ? null : a.body().text(), false);
        return new ArticleText(List.copyOf(segments));
    }

    private static void add(List<Segment> segments, String text, boolean title) {
        if (text != null && !text.isBlank()) {
            segments.add(new Segment(text, WarraqAnalyzer.tokens(text), title));
        }
    }
}
