package org.warraq.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class UrlsTest {

    private final Urls portable = new Urls("https://example.org/news/", true);
    private final Urls pretty = new Urls("https://example.org/news/", false);

    @Test
    void rootIsOneStepUpPerFolder() {
        assertEquals("", Urls.root(""));
        assertEquals("../../../", Urls.root("2025/03/مقال/"));
        assertEquals("", Urls.root("404.html"));
        assertEquals("../", Urls.root("tag/feed.xml"));
    }

    @Test
    void portableLinksEndInIndexHtmlAndPrettyLinksInASlash() {
        assertEquals("../../../tag/اقتصاد/index.html", portable.link("2025/03/مقال/", "tag/اقتصاد/"));
        assertEquals("../../../tag/اقتصاد/", pretty.link("2025/03/مقال/", "tag/اقتصاد/"));
        assertEquals("index.html", portable.link("", ""));
        assertEquals("./", pretty.link("", ""));
        assertEquals("../", pretty.link("archive/", ""));
    }

    @Test
    void canonicalUrlsAreAbsolutePrettyAndAscii() {
        assertEquals("https://example.org/news/tag/%D9%86%D9%81%D8%B7/", portable.absolute("tag/نفط/"));
        assertEquals("https://example.org/news/", portable.absolute(""));
        assertEquals("/news/", portable.basePath());
    }

    @Test
    void characterThatWouldBreakAUrlIsEncoded() {
        assertEquals("a%20b%3Fc%23d/", Urls.encodePath("a b?c#d/"));
    }

    @Test
    void pagedPaths() {
        assertEquals("tag/x/", Urls.paged("tag/x/", 1));
        assertEquals("tag/x/page/3/", Urls.paged("tag/x/", 3));
        assertEquals("page/2/", Urls.paged("", 2));
        assertEquals("page/2/index.html", Urls.file("page/2/"));
    }
}
