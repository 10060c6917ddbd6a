package org.warraq.markdown;

import java.util.regex.Pattern;
import org.warraq.content.PlainTextDocument;

/**
 * Writes a desk article ({@link PlainTextDocument}) as Markdown for {@code warraq import}: each
 * subheading becomes {@code ## …}, each paragraph a block of its own, and every character that
 * Markdown would read as markup is backslash-escaped, so the text renders exactly as it did and
 * {@code #الانتخابات}, {@code *} or {@code [} stay literal. Nothing else in the text changes.
 */
public final class DeskMarkdown {

    /** The Markdown body and how many characters were escaped to stay literal. */
    public record Converted(String markdown, int escaped) {
    }

    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});");
    private static final Pattern ORDERED_ITEM = Pattern.compile("^([0-9]{1,9})([.)])(?=[ \\t]|$)");
    private static final String ALWAYS = "\\`*_[]<~";
    private static final String AT_LINE_START = "#>+-=";

    private DeskMarkdown() {
    }

    public static Converted convert(PlainTextDocument document) {
        StringBuilder out = new StringBuilder();
        int escaped = 0;
        for (PlainTextDocument.Block block : document.blocks()) {
            String text = escape(block.text(), block.heading());
            escaped += text.length() - block.text().length();
            if (out.length() > 0) {
                out.append('\n');
            }
            out.append(block.heading() ? "## " : "").append(text).append('\n');
        }
        return new Converted(out.toString(), escaped);
    }

    /** {@code line} with backslashes before what would be markup; in a heading every {@code #} is escaped. */
    public static String escape(String line, boolean heading) {
        StringBuilder out = new StringBuilder(line.length() + 8);
        var ordered = ORDERED_ITEM.matcher(line);
        int orderedMark = !heading && ordered.find() ? ordered.start(2) : -1;
        var entities = ENTITY.matcher(line);
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            boolean markup = ALWAYS.indexOf(c) >= 0
                    || (i == 0 && !heading && AT_LINE_START.indexOf(c) >= 0)
                    || (heading && c == '#')
                    || i == orderedMark
                    || (c == '&' && entities.find(i) && entities.start() == i);
            if (markup) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }
}
