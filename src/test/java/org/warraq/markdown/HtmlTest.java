package org.warraq.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HtmlTest {

    @Test
    void escapesTheFiveSpecialCharacters() {
        assertEquals("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;أ &amp; ب&lt;/a&gt;", Html.escape("<a href=\"x\" title='y'>أ & ب</a>"));
    }

    @Test
    void leavesArabicAndMarkdownCharactersAlone() {
        assertEquals("«نص» *نجمة* #وسم _خط_", Html.escape("«نص» *نجمة* #وسم _خط_"));
        assertEquals("", Html.escape(""));
    }
}
