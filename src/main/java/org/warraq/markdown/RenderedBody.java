package org.warraq.markdown;

import java.util.List;
import java.util.function.Function;
import org.warraq.arabic.Excerpts;
import org.warraq.arabic.ReadingTime;
import org.warraq.content.StoredText;

/**
 * An article body turned into HTML, for its page (links relative to it) and for feeds (absolute links),
 * held once ({@link BodyHtml}). Also the plain text, the table of contents, the opening of its running
 * paragraphs alone ({@code lead}, see {@link Excerpts#opening}), from which excerpts are cut, and its word
 * count (counted once here, where the body is made, rather than on every page that shows a reading time).
 */
public record RenderedBody(BodyHtml markup, StoredText plainText, List<TocEntry> toc, String lead, int words) {

    /** A heading of the body, with the id it carries in the page. */
    public record TocEntry(int level, String id, String text) {
    }

    public RenderedBody {
        toc = List.copyOf(toc);
    }

    /** @param prose the text of the running paragraphs, of which only the opening is kept */
    public RenderedBody(BodyHtml markup, String text, List<TocEntry> toc, String prose) {
        this(markup, StoredText.of(text), toc, Excerpts.opening(prose), ReadingTime.words(text));
    }

    public RenderedBody(String html, String feedHtml, String text, List<TocEntry> toc, String prose) {
        this(BodyHtml.separate(html, feedHtml), text, toc, prose);
    }

    /** The same body with its HTML and plain text kept by {@code keep}: the heap, or the build's spool on disk. */
    public RenderedBody storedIn(Function<String, StoredText> keep) {
        return new RenderedBody(markup.storedIn(keep), keep.apply(text()), toc, lead, words);
    }

    /** The plain text, for indexing. */
    public String text() {
        return plainText.read();
    }

    /** The page's HTML, read when a template prints it: a view model carries it without holding it. */
    public StoredText deferredHtml() {
        return new PageHtml(markup);
    }

    /** The feeds' HTML, read when a template prints it. */
    public StoredText deferredFeedHtml() {
        return new FeedHtml(markup);
    }

    private record PageHtml(BodyHtml markup) implements StoredText {
        @Override
        public String read() {
            return markup.page();
        }
    }

    private record FeedHtml(BodyHtml markup) implements StoredText {
        @Override
        public String read() {
            return markup.feedHtml();
        }
    }

    /** The HTML for the article's own page: links relative to it. */
    public String html() {
        return markup.page();
    }

    /** The HTML for feeds: absolute links. */
    public String feedHtml() {
        return markup.feedHtml();
    }
}
