package org.warraq.markdown;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.parser.block.NodePostProcessor;
import com.vladsch.flexmark.parser.block.NodePostProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeTracker;

/**
 * After parsing, isolates runs of the other script (and applies the typography options) in every
 * paragraph, heading and table cell, relative to that block's own direction. Blocks are taken in
 * document order, so a block's direction is decided from its text as the author wrote it.
 */
final class BidiPostProcessor extends NodePostProcessor {

    private final BlockDirections directions;
    private final RtlOptions options;

    private BidiPostProcessor(Document document) {
        this.directions = BlockDirections.of(document);
        this.options = RtlExtension.OPTIONS.get(document);
    }

    @Override
    public void process(NodeTracker state, Node node) {
        new InlineIsolation(options, state).apply(node, directions.effective(node));
    }

    static final class Factory extends NodePostProcessorFactory {

        Factory() {
            super(false);
            addNodes(Paragraph.class, Heading.class, TableCell.class);
        }

        @Override
        public NodePostProcessor apply(Document document) {
            return new BidiPostProcessor(document);
        }
    }
}
