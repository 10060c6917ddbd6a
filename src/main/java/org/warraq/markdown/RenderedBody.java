package org.warraq.markdown;

import java.util.List;
import org.warraq.arabic.Excerpts;
import org.warraq.arabic.ReadingTime;

/**
 * An article body turned into HTML twice over: with links relative to the article's own page, and
 * with absolute links for feeds. Also the plain text, the table of contents, the opening of its running
 * paragraphs alone ({@code lead}, see {@link Excerpts#opening}), from which excerpts are cut, and its word
 * count (counted once here, where the body is made, rather than on every page that shows a reading time).
 */
public record RenderedBody(String html, String feedHtml, String text, List<TocEntry> toc, String lead, int words) {

    /** A heading of the body, with the id it carries in the page. */
    public record TocEntry(int level, String id, String text) {
    }

    public RenderedBody {
        toc = List.copyOf(toc);
    }

    /** @param prose the text of the running paragraphs, of which only the opening is kept */
    public RenderedBody(String html, String feedHtml, String text, List<TocEntry> toc, String prose) {
        this(html, feedHtml, text, toc, Excerpts.opening(prose), ReadingTime.words(text));
    }
}
