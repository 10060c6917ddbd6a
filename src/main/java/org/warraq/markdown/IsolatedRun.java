package org.warraq.markdown;

import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import org.warraq.arabic.Direction;

/**
 * An inline run of the other script inside a block (a Latin name in an Arabic sentence), rendered
 * as {@code <span dir lang>}, which HTML isolates from its neighbours in the bidi algorithm.
 */
public final class IsolatedRun extends Node {

    private final Direction direction;
    private final String lang;

    IsolatedRun(Direction direction, String lang) {
        this.direction = direction;
        this.lang = lang;
    }

    public Direction direction() {
        return direction;
    }

    /** The run's language, or null when it has none of its own (numbers). */
    public String lang() {
        return lang;
    }

    @Override
    public BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }
}
