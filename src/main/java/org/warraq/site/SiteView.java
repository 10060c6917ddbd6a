package org.warraq.site;

import java.util.List;

/**
 * What every template knows about the publication as a whole. {@code tags} links the index of all
 * tags (null when no article has one); {@code timeScript} is the reading-time relative-date script;
 * {@code yearIso} is {@code year} in ASCII digits for {@code <time datetime>}; {@code analysis} links the
 * «تحليلات» overview (null when there is no article).
 */
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
        String numerals,
        Link tags,
        Link timeScript,
        String yearIso,
        Link analysis) {
}
