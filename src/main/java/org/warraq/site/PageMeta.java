package org.warraq.site;

/**
 * Facts about the page being rendered: its own title (templates add the site's name; empty on the
 * home page), description, canonical absolute URL (null on the 404 page, which has none), the
 * relative way back to the site root, and the feed it advertises.
 *
 * @param kind one of home, article, page, category, tag, author, place, places, analysis, tags, archive, search,
 *             redirect, notfound
 */
public record PageMeta(
        String kind,
        String title,
        String description,
        String canonical,
        String root,
        Link alternateFeed,
        Link prev,
        Link next) {
}
