package org.warraq.markdown;

import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRendererFactory;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.data.DataHolder;
import java.util.Set;
import org.warraq.arabic.Digits;
import org.warraq.content.Numerals;

/**
 * Renders the nodes the right-to-left layer adds or changes: an {@link IsolatedRun} as
 * {@code <span dir lang>}, and a footnote reference with its number in the site's digits (the
 * number is written by the generator, so it follows {@code numerals} like every other count).
 */
final class RtlNodeRenderer implements NodeRenderer {

    private final Numerals numerals;

    private RtlNodeRenderer(DataHolder options) {
        this.numerals = RtlExtension.OPTIONS.get(options).numerals();
    }

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(new NodeRenderingHandler<>(IsolatedRun.class, this::render),
                new NodeRenderingHandler<>(Footnote.class, this::render));
    }

    private void render(IsolatedRun run, NodeRendererContext context, HtmlWriter html) {
        html.attr("dir", run.direction().attribute());
        if (run.lang() != null) {
            html.attr("lang", run.lang());
        }
        html.withAttr().tag("span");
        context.renderChildren(run);
        html.tag("/span");
    }

    private void render(Footnote footnote, NodeRendererContext context, HtmlWriter html) {
        FootnoteBlock block = footnote.getFootnoteBlock();
        if (block == null) {
            context.delegateRender();
            return;
        }
        int number = block.getFootnoteOrdinal();
        int reference = footnote.getReferenceOrdinal();
        html.attr("id", "fnref-" + number + (reference == 0 ? "" : "-" + reference)).withAttr().tag("sup");
        html.attr("class", "footnote-ref").attr("href", "#fn-" + number).withAttr().tag("a");
        html.text(Digits.format(number, numerals));
        html.tag("/a").tag("/sup");
    }

    static final class Factory implements NodeRendererFactory {
        @Override
        public NodeRenderer apply(DataHolder options) {
            return new RtlNodeRenderer(options);
        }
    }
}
