package org.warraq.site;

import java.util.List;
import org.warraq.markdown.RenderedBody;

/** Everything an article page shows; {@code bodyHtml} is the only HTML that templates print raw. */
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
        String bodyHtml,
        List<RenderedBody.TocEntry> toc,
        Link previous,
        Link next,
        boolean draft) {

    /** A correction with its date already formatted. */
    public record CorrectionView(String dateIso, String dateText, String text) {
    }
}
