package org.warraq.markdown;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.CoreNodeRenderer;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.html.MutableAttributes;
import org.warraq.arabic.Direction;

/**
 * Direction attributes: {@code dir="ltr"} on every code block and inline code; {@code dir} (and
 * {@code lang}) on a paragraph, heading, list item, table cell or block quote whose direction
 * differs from what it would inherit, so an English paragraph in an Arabic article is laid out
 * left to right and an Arabic block inside it returns to right to left. Footnote back-links get a
 * spoken label, as their arrow says nothing to a screen reader.
 */
final class DirectionAttributes implements AttributeProvider {

    static final String BACK_LINK_LABEL = "العودة إلى موضع الحاشية في النص";

    private final BlockDirections directions;
    private final RtlOptions options;

    private DirectionAttributes(Document document) {
        this.directions = BlockDirections.of(document);
        this.options = RtlExtension.OPTIONS.get(document);
    }

    @Override
    public void setAttributes(Node node, AttributablePart part, MutableAttributes attributes) {
        boolean element = part == AttributablePart.NODE || part == CoreNodeRenderer.TIGHT_LIST_ITEM
                || part == CoreNodeRenderer.LOOSE_LIST_ITEM;
        if (!element) {
            return;
        }
        if (node instanceof FencedCodeBlock || node instanceof IndentedCodeBlock || node instanceof Code) {
            attributes.replaceValue("dir", "ltr");
        } else if (BlockDirections.directional(node)) {
            Direction own = directions.effective(node);
            if (own != directions.inherited(node)) {
                attributes.replaceValue("dir", own.attribute());
                String lang = options.lang(own, directions.latin(node));
                if (lang != null) {
                    attributes.replaceValue("lang", lang);
                }
            }
        }
        if (attributes.contains("class") && attributes.getValue("class").contains("footnote-backref")) {
            attributes.replaceValue("aria-label", BACK_LINK_LABEL);
        }
    }

    static final class Factory extends IndependentAttributeProviderFactory {
        @Override
        public AttributeProvider apply(LinkResolverContext context) {
            return new DirectionAttributes(context.getDocument());
        }
    }
}
