package org.warraq.markdown;

import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;

/**
 * The text of a Markdown node, for word counts, excerpts and search. Flexmark's own collector is
 * used, but its segment builder has known failures on some inputs (flexmark-java issue #667: an
 * {@code IllegalStateException} on a ten-byte body; assertion errors when a paragraph with two
 * backslash escapes precedes a heading); a body that trips it gets a simpler collection of its
 * text nodes instead of stopping the build.
 */
final class PlainText {

    private PlainText() {
    }

    static String of(Node node) {
        try {
            return new TextCollectingVisitor().collectAndGetText(node);
        } catch (RuntimeException | AssertionError flexmarkBug) {
            return simple(node);
        }
    }

    private static String simple(Node node) {
        StringBuilder out = new StringBuilder();
        for (Node n : node.getDescendants()) {
            if (n instanceof Block && out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
                out.append('\n');
            }
            if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
                out.append('\n');
            } else if ((n instanceof Text || n instanceof HtmlEntity) && !n.hasChildren()) {
                out.append(n.getChars().unescape());
            }
        }
        return out.toString();
    }
}
