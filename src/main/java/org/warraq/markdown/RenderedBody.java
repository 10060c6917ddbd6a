package org.warraq.markdown;

import java.util.List;

/**
 * An article body turned into HTML twice over: with links relative to the article's own page, and
 * with absolute links for feeds. Also the plain text (for word counts) and the table of contents.
 */
public record RenderedBody(String html, String feedHtml, String text, List<TocEntry> toc) {

    /** A heading of the body, with the id it carries in the page. */
    public record TocEntry(int level, String id, String text) {
    }

    public RenderedBody {
        toc = List.copyOf(toc);
    }
}
