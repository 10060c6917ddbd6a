package org.warraq.site;

/** What kind of file a planned output is; decides its template family and whether it is listed in the sitemap. */
public enum OutputKind {
    PAGE, REDIRECT, NOT_FOUND, FEED, SITEMAP, ROBOTS
}
