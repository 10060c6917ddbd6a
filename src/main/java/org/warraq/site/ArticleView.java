package org.warraq.site;

import java.util.List;
import org.warraq.content.StoredText;
import org.warraq.markdown.RenderedBody;

/**
 * Everything an article page shows; {@link #bodyHtml()} is the only HTML that templates print raw, read from
 * {@code body} when the page is rendered (the plan holds every page's model, not every body).
 * {@code dateText} names the weekday («الجمعة ١٤ مارس ٢٠٢٥»), marked «م» when the Umm al-Qura
 * {@code hijriText} («١٤ رمضان ١٤٤٦ هـ», null when the site turns it off) follows it; {@code dateDay}
 * is that day as {@code YYYY-MM-DD} for the Hijri date's {@code <time datetime>}. {@code related} is the
 * article's related coverage, {@code places} the countries it mentions (linked to their pages), and
 * {@code suggestedTopics} its key terms (linked to a search) when it has no tags.
 */
public record ArticleView(
        String url,
        String title,
        String summary,
        String dateIso,
        String dateText,
        String updatedIso,
        String updatedText,
        Link category,
        List<Link> authors,
        List<Link> tags,
        String readingTime,
        String wordCount,
        String image,
        String imageAlt,
        String imageCredit,
        String source,
        List<CorrectionView> corrections,
        StoredText body,
        List<RenderedBody.TocEntry> toc,
        Link previous,
        Link next,
        boolean draft,
        String hijriText,
        String dateDay,
        List<ArticleCard> related,
        List<Link> places,
        List<Link> suggestedTopics) {

    public String bodyHtml() {
        return body.read();
    }

    /** A correction with its date already formatted. */
    public record CorrectionView(String dateIso, String dateText, String text) {
    }
}
