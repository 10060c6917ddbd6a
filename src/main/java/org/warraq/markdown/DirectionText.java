package org.warraq.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Node;

/**
 * The text of a Markdown node that decides its direction: words only, without code, links shown as
 * addresses, images, raw HTML and footnote markers, which are isolated or left to right anyway.
 */
final class DirectionText {

    private DirectionText() {
    }

    static String of(Node node) {
        StringBuilder out = new StringBuilder();
        collect(node, out);
        return out.toString();
    }

    private static void collect(Node node, StringBuilder out) {
        if (node instanceof Code || node instanceof AutoLink || node instanceof MailLink || node instanceof HtmlInline
                || node instanceof Image || node instanceof FencedCodeBlock || node instanceof IndentedCodeBlock
                || node instanceof HtmlBlock || node instanceof Footnote) {
            out.append(' ');
            return;
        }
        if (node instanceof Text) {
            out.append(node.getChars().unescape());
            return;
        }
        if (!node.hasChildren()) {
            out.append(' ');
        }
        for (Node child : node.getChildren()) {
            collect(child, out);
        }
        if (node instanceof Block) {
            out.append('\n');
        }
    }
}
