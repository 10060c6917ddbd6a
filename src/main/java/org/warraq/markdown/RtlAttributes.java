package org.warraq.markdown;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.html.MutableAttributes;

/**
 * Attribute rules for bodies in a right-to-left site: logical table alignment (start/end, not
 * Flexmark's physical left/right), readable heading ids, allow-listed link schemes, and site-root
 * paths rewritten for the page (or feed) being rendered.
 */
final class RtlAttributes implements AttributeProvider {

    /** A harmless target for an image whose source was refused (the convention of HTML sanitisers). */
    static final String REFUSED_URL = "about:invalid";

    private final Document document;

    private RtlAttributes(Document document) {
        this.document = document;
    }

    @Override
    public void setAttributes(Node node, AttributablePart part, MutableAttributes attributes) {
        if (node instanceof Heading && part == AttributablePart.NODE) {
            String id = BodyRenderer.HEADING_IDS.get(document).get(node);
            if (id != null) {
                attributes.replaceValue("id", id);
            }
        }
        if (node instanceof TableCell && attributes.contains("align")) {
            String align = attributes.getValue("align");
            attributes.remove("align");
            attributes.addValue("class", switch (align) {
                case "left" -> "align-start";
                case "right" -> "align-end";
                default -> "align-center";
            });
        }
        rewrite(attributes, "href", false);
        rewrite(attributes, "src", true);
    }

    private void rewrite(MutableAttributes attributes, String name, boolean image) {
        if (!attributes.contains(name)) {
            return;
        }
        String url = attributes.getValue(name);
        if (!LinkPolicy.allowed(url)) {
            if (image) {
                attributes.replaceValue(name, REFUSED_URL);
            } else {
                attributes.remove(name);
            }
            return;
        }
        LinkPolicy.resolveRootPath(url, BodyRenderer.ROOT.get(document), BodyRenderer.FOLDER_INDEX.get(document))
                .ifPresent(resolved -> attributes.replaceValue(name, resolved));
    }

    static final class Factory extends IndependentAttributeProviderFactory {
        @Override
        public AttributeProvider apply(LinkResolverContext context) {
            return new RtlAttributes(context.getDocument());
        }
    }
}
