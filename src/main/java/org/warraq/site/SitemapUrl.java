package org.warraq.site;

/** One {@code <url>} of sitemap.xml. */
public record SitemapUrl(String loc, String lastmod) {
}
