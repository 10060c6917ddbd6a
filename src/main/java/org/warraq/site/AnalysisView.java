package org.warraq.site;

import java.util.List;

/**
 * The «تحليلات» page: the twelve months counted back from the newest article ({@code year}), the most covered
 * tags and places in them with their article counts, articles per month over the whole archive, and the rising
 * topics of the latest quarter ({@code recent}) against the year before it ({@code earlier}).
 */
public record AnalysisView(
        DateLabel yearFrom,
        DateLabel yearTo,
        String yearArticles,
        List<TagCount> topics,
        List<TagCount> places,
        ChartView perMonth,
        DateLabel recentFrom,
        DateLabel earlierFrom,
        DateLabel earlierTo,
        String recentArticles,
        String earlierArticles,
        List<Rising> rising) {

    public AnalysisView {
        topics = List.copyOf(topics);
        places = List.copyOf(places);
        rising = List.copyOf(rising);
    }

    /** A rising term, linked to a search for it, with its share of each period's articles («٥٠٪»). */
    public record Rising(Link term, String recentShare, String earlierShare) {
    }
}
