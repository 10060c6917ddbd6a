package org.warraq.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The check that a body kept somewhere (the spool, the build cache) reads back as it was rendered. */
public final class RenderedBodies {

    private RenderedBodies() {
    }

    /** Page and feed HTML, text, table of contents, lead and word count are those of {@code made}. */
    public static void assertReadsBackAs(RenderedBody made, RenderedBody kept) {
        assertEquals(made.html(), kept.html());
        assertEquals(made.feedHtml(), kept.feedHtml());
        assertEquals(made.text(), kept.text());
        assertEquals(made.toc(), kept.toc());
        assertEquals(made.lead(), kept.lead());
        assertEquals(made.words(), kept.words());
    }
}
