package org.warraq.markdown;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.NullableDataKey;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import org.warraq.arabic.Direction;
import org.warraq.arabic.TextDirection;

/**
 * The direction of each paragraph, heading, list item, table cell and block quote of one document:
 * its own (from its first strong character) or, without strong characters, its parent's. Computed
 * once per block, from the text as parsed, and kept in the document so the post-processor and the
 * attribute provider agree.
 */
final class BlockDirections {

    private static final NullableDataKey<BlockDirections> KEY = new NullableDataKey<>("WARRAQ_BLOCK_DIRECTIONS");

    private final Direction base;
    private final Map<Node, Optional<Direction>> own = new IdentityHashMap<>();
    private final Map<Node, Boolean> latin = new IdentityHashMap<>();

    private BlockDirections(Direction base) {
        this.base = base;
    }

    static BlockDirections of(Document document) {
        BlockDirections directions = KEY.get(document);
        if (directions == null) {
            directions = new BlockDirections(RtlExtension.OPTIONS.get(document).base());
            document.set(KEY, directions);
        }
        return directions;
    }

    static boolean directional(Node node) {
        return node instanceof Paragraph || node instanceof Heading || node instanceof ListItem
                || node instanceof TableCell || node instanceof BlockQuote;
    }

    Direction effective(Node block) {
        return own(block).orElseGet(() -> inherited(block));
    }

    /** The direction the block would have without a {@code dir} of its own. */
    Direction inherited(Node block) {
        for (Node p = block.getParent(); p != null; p = p.getParent()) {
            if (directional(p)) {
                return effective(p);
            }
        }
        return base;
    }

    /**
     * Whether the block's left-to-right letters are all Latin, so it may carry the Latin {@code lang}; asked only of the
     * few blocks whose direction is not their parent's, so not worked out with the direction.
     */
    boolean latin(Node block) {
        return latin.computeIfAbsent(block, b -> TextDirection.latinOnly(DirectionText.of(b)));
    }

    private Optional<Direction> own(Node block) {
        return own.computeIfAbsent(block, b -> TextDirection.of(DirectionText.of(b)));
    }
}
