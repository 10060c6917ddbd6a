package org.warraq.markdown;

import java.util.function.Function;
import org.warraq.content.StoredText;

/**
 * A body's HTML for its own page and for feeds, held once. The two differ only in how links reach the site root
 * and folder indexes, so one rendering with marks where those go serves both, each mark replaced when the page or
 * a feed asks for its HTML: a build holds every body until its pages are made, and a second copy of each would
 * be the largest thing in memory after the bodies themselves. Where the marks cannot be used (a root an attribute
 * would escape, raw HTML cleaned after the links are made) the two renderings are kept as they are.
 *
 * @param marked   the HTML with marks, or the page's HTML when {@code feed} is set
 * @param feed     the feed's HTML when kept apart, else null
 * @param pageRoot what the root mark becomes on the page
 * @param index    what the folder-index mark becomes on the page (in feeds it goes)
 * @param feedRoot what the root mark becomes in feeds
 */
public record BodyHtml(StoredText marked, StoredText feed, String pageRoot, String index, String feedRoot) {

    /** Stand-ins for the root and the folder index. Sources cannot contain NUL ({@code SourceText} refuses it). */
    static final String ROOT_MARK = "\u0000root\u0000";
    static final String INDEX_MARK = "\u0000index\u0000";

    static BodyHtml marked(String marked, String pageRoot, String index, String feedRoot) {
        return new BodyHtml(StoredText.of(marked), null, pageRoot, index, feedRoot);
    }

    /** Two renderings kept apart; the same string for both costs one. */
    public static BodyHtml separate(String page, String feed) {
        StoredText held = StoredText.of(page);
        return new BodyHtml(held, page.equals(feed) ? held : StoredText.of(feed), null, null, null);
    }

    /** The same HTML, kept by {@code keep} (once, where page and feed are the same). */
    public BodyHtml storedIn(Function<String, StoredText> keep) {
        StoredText kept = keep.apply(marked.read());
        StoredText keptFeed = feed == null ? null : feed == marked ? kept : keep.apply(feed.read());
        return new BodyHtml(kept, keptFeed, pageRoot, index, feedRoot);
    }

    /** The HTML for the article's own page: links relative to it. */
    public String page() {
        String html = marked.read();
        return feed != null ? html : html.replace(ROOT_MARK, pageRoot).replace(INDEX_MARK, index);
    }

    /** The HTML for feeds: absolute links. */
    public String feedHtml() {
        return feed != null ? feed.read() : marked.read().replace(ROOT_MARK, feedRoot).replace(INDEX_MARK, "");
    }
}
