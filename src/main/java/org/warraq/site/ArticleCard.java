package org.warraq.site;

import java.util.List;

/** An article as shown in lists: enough to choose it, with links relative to the listing page. */
public record ArticleCard(
        String url,
        String title,
        String summary,
        String dateIso,
        String dateText,
        Link category,
        List<Link> authors,
        String readingTime,
        String image,
        String imageAlt,
        boolean draft) {
}
