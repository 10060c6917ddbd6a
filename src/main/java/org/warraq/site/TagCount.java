package org.warraq.site;

/** One entry of the tags index: the tag's page and how many articles carry it («٣ مقالات»). */
public record TagCount(Link link, String count) {
}
