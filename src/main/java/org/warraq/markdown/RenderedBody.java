package org.warraq.markdown;

import java.util.List;

/**
 * An article body turned into HTML twice over: with links relative to the article's own page, and
 * with absolute links for feeds. Also the plain text (for word counts), the table of contents, and
 * the text of its running paragraphs alone ({@code prose}), from which excerpts are cut.
 */
public record RenderedBody(String html, String feedHtml, String text, List<TocEntry> toc, String prose) {

    /** A heading of the body, with the id it carries in the page. */
    public record TocEntry(int level, String id, String text) {
    }

    public RenderedBody {
        toc = List.copyOf(toc);
    }
}
