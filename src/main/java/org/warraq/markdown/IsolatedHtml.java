package org.warraq.markdown;

import java.util.List;
import org.warraq.arabic.BidiText;
import org.warraq.arabic.Direction;
import org.warraq.arabic.IsolatedRuns;
import org.warraq.arabic.TextDirection;

/**
 * Plain text made into escaped HTML with runs of the other script isolated in
 * {@code <span dir lang>}: the paragraphs of desk articles, and titles, tags and labels in templates.
 * The text is escaped here, run by run; nothing in it can become markup.
 */
public final class IsolatedHtml {

    private final RtlOptions options;

    public IsolatedHtml(RtlOptions options) {
        this.options = options;
    }

    /**
     * A phrase shown inside an element of the site's direction (a title in an {@code <h1>}): when the
     * whole phrase reads the other way ("Why BRICS?") it is isolated as a whole, final mark included.
     */
    public String phrase(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        Direction own = TextDirection.of(text).orElse(options.base());
        if (own == options.base()) {
            return inline(text, own, false);
        }
        return open(own, TextDirection.latinOnly(text)) + inline(text, own, false) + "</span>";
    }

    /**
     * The text of a block shown in {@code direction}, with typography applied when asked (article
     * text, never titles).
     */
    public String inline(String text, Direction direction, boolean typography) {
        BidiText bidi = BidiText.plain(text);
        List<IsolatedRuns.Run> runs = IsolatedRuns.find(bidi, direction);
        String shown = typography && direction == Direction.RTL
                ? options.typography().apply(text, IsolatedRuns.covered(bidi, runs)) : text;
        StringBuilder out = new StringBuilder(shown.length() + 32 * runs.size());
        int at = 0;
        for (IsolatedRuns.Run run : runs) {
            out.append(Html.escape(shown.substring(at, run.start())))
                    .append(open(run.direction(), run.latin()))
                    .append(Html.escape(shown.substring(run.start(), run.end())))
                    .append("</span>");
            at = run.end();
        }
        return out.append(Html.escape(shown.substring(at))).toString();
    }

    /** The attributes a block shown in {@code direction} needs inside the site's direction ("" when none). */
    public String blockAttributes(String text, Direction direction) {
        if (direction == options.base()) {
            return "";
        }
        String lang = options.lang(direction, TextDirection.latinOnly(text));
        return " dir=\"" + direction.attribute() + "\"" + (lang == null ? "" : " lang=\"" + Html.escape(lang) + "\"");
    }

    private String open(Direction direction, boolean latin) {
        String lang = options.lang(direction, latin);
        return "<span dir=\"" + direction.attribute() + "\"" + (lang == null ? "" : " lang=\"" + Html.escape(lang) + "\"") + ">";
    }
}
