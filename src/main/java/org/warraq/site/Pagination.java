package org.warraq.site;

import java.util.List;

/** Position in a paginated list; labels are written in the site's digits. */
public record Pagination(int current, int total, String label, Link previous, Link next, List<PageNumber> pages) {

    /** One numbered page link; {@code current} marks the page being shown; a null url marks pages left out. */
    public record PageNumber(String url, String label, boolean current) {

        public static final PageNumber GAP = new PageNumber(null, "…", false);
    }
}
