package org.warraq.markdown;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * The second line of defence for sites that set {@code raw_html: true}: the editor's raw HTML is
 * let through, but only the elements and attributes an article body needs survive. Scripts, styles,
 * frames, forms, event handlers and any URL whose scheme is not http, https or mailto (so
 * {@code javascript:} and {@code data:} in any letter case, entity-encoded or split by control
 * characters) are removed. Warraq's own body markup (direction attributes, isolated runs, heading
 * ids, footnotes, table classes) passes unchanged.
 */
public final class HtmlSanitizer {

    /** Resolves relative links while they are checked; it never appears in the output. */
    private static final String CHECK_BASE = "https://warraq.invalid/a/b/c/d/e/f/";

    private static final Safelist SAFELIST = Safelist.relaxed()
            .addTags("abbr", "bdi", "bdo", "del", "s", "ins", "mark", "hr", "figure", "figcaption", "section",
                    "time", "dfn", "kbd", "samp", "var", "details", "summary")
            .addAttributes(":all", "dir", "lang", "id", "class", "title", "aria-label", "aria-hidden")
            .addAttributes("time", "datetime")
            .addAttributes("ol", "reversed")
            .removeProtocols("a", "href", "ftp")
            .preserveRelativeLinks(true);

    private HtmlSanitizer() {
    }

    public static String clean(String html) {
        Document dirty = Jsoup.parseBodyFragment(html, CHECK_BASE);
        Document clean = new Cleaner(SAFELIST).clean(dirty);
        for (Element element : clean.body().select("[href], [src], [cite]")) {
            for (String attribute : new String[] {"href", "src", "cite"}) {
                if (element.hasAttr(attribute) && !LinkPolicy.allowed(element.attr(attribute))) {
                    element.removeAttr(attribute);
                }
            }
        }
        clean.outputSettings().prettyPrint(false).charset("UTF-8");
        return clean.body().html();
    }
}
