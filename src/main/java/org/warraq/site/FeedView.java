package org.warraq.site;

import java.util.List;
import org.warraq.content.StoredText;

/** An Atom feed's data (RFC 4287); all URLs absolute, all times RFC 3339. */
public record FeedView(String id, String title, String subtitle, String selfUrl, String alternateUrl, String updated,
                       List<Entry> entries) {

    /**
     * One article; {@code category} is its section's name and {@code tags} its tags, each an Atom category;
     * {@link #contentHtml()} is read from {@code content} when the feed is rendered.
     */
    public record Entry(String id, String title, String url, String published, String updated, List<Person> authors,
                        String category, List<String> tags, String summary, StoredText content) {

        public String contentHtml() {
            return content.read();
        }
    }

    /** An entry's author: the name and the author's page. */
    public record Person(String name, String uri) {
    }
}
