package org.warraq.markdown;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.data.MutableDataHolder;

/**
 * Warraq's Flexmark extension for right-to-left publishing: a post-processor that isolates runs of
 * the other script and applies the typography options ({@link BidiPostProcessor}), per-block and
 * code direction attributes ({@link DirectionAttributes}), and rendering of isolated runs and of
 * footnote numbers in the site's digits ({@link RtlNodeRenderer}). Its settings travel in
 * {@link #OPTIONS}; like every Flexmark extension it holds no per-document state.
 */
public final class RtlExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {

    public static final DataKey<RtlOptions> OPTIONS = new DataKey<>("WARRAQ_RTL_OPTIONS", RtlOptions.defaults());

    /** Direction-neutral: Flexmark's ↩ points the wrong way in right-to-left text. */
    public static final String BACK_LINK_MARKER = "&#8593;";

    private RtlExtension() {
    }

    public static RtlExtension create() {
        return new RtlExtension();
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(Parser.Builder parser) {
        parser.postProcessorFactory(new BidiPostProcessor.Factory());
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(HtmlRenderer.Builder renderer, String rendererType) {
        renderer.nodeRendererFactory(new RtlNodeRenderer.Factory());
        renderer.attributeProviderFactory(new DirectionAttributes.Factory());
    }
}
