package org.warraq.site;

/** One article in the Google News sitemap: its absolute URL, headline and publication time (W3C format). */
public record NewsSitemapEntry(String loc, String title, String published) {
}
