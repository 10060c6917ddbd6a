package org.warraq.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class AliasPathsTest {

    @Test
    void oldUrlsBecomeSitePaths() {
        assertEquals("old/story/", AliasPaths.normalise("/old/story/"));
        assertEquals("old/story/", AliasPaths.normalise("/old/story"));
        assertEquals("news/item.html", AliasPaths.normalise("/news/item.html"));
        assertEquals("قديم/مقال/", AliasPaths.normalise("/قديم/مقال/?ref=x"));
    }

    @Test
    void pathsLeavingTheSiteAreRefused() {
        assertNull(AliasPaths.normalise("/../../etc/passwd"));
        assertNull(AliasPaths.normalise("https://evil.example/"));
        assertNull(AliasPaths.normalise("//evil.example/x"));
        assertNull(AliasPaths.normalise("/a\\..\\b"));
        assertNull(AliasPaths.normalise("/"));
        assertNull(AliasPaths.normalise("/a/./b"));
    }
}
