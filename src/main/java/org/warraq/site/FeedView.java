package org.warraq.site;

import java.util.List;

/** An Atom feed's data; all URLs absolute, all times RFC 3339. */
public record FeedView(String id, String title, String subtitle, String selfUrl, String alternateUrl, String updated,
                       List<Entry> entries) {

    public record Entry(String id, String title, String url, String published, String updated, List<String> authors,
                        String category, String summary, String contentHtml) {
    }
}
