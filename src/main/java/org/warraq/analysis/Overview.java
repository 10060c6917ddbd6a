package org.warraq.analysis;

import java.time.YearMonth;
import java.util.List;
import org.warraq.site.Tag;

/**
 * The «تحليلات» page's facts. Periods are calendar months counted back from the newest article's month, never
 * from the build's clock, so the same content always gives the same page: the year is {@code yearFrom}…{@code to}
 * (12 months), the latest quarter {@code recentFrom}…{@code to} (3 months), and the year before it
 * {@code earlierFrom}…{@code earlierTo}. Empty when the site has no article.
 */
public record Overview(
        YearMonth yearFrom,
        YearMonth to,
        int yearArticles,
        List<Coverage<Tag>> topics,
        List<Coverage<Place>> places,
        List<MonthCount> perMonth,
        YearMonth recentFrom,
        YearMonth earlierFrom,
        YearMonth earlierTo,
        int recentArticles,
        int earlierArticles,
        List<RisingTerm> rising) {

    public static final int TOP = 10;

    public Overview {
        topics = List.copyOf(topics);
        places = List.copyOf(places);
        perMonth = List.copyOf(perMonth);
        rising = List.copyOf(rising);
    }

    public boolean isEmpty() {
        return to == null;
    }

    static Overview empty() {
        return new Overview(null, null, 0, List.of(), List.of(), List.of(), null, null, null, 0, 0, List.of());
    }
}
