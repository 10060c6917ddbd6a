package org.warraq.site;

import java.util.List;

/** What every template knows about the publication as a whole. */
public record SiteView(
        String title,
        String description,
        String language,
        String direction,
        String latinLang,
        Link home,
        List<Link> sections,
        List<Link> pages,
        Link archive,
        Link search,
        Link feed,
        Link stylesheet,
        Link script,
        String year,
        String numerals) {
}
