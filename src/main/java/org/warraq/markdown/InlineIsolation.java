package org.warraq.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.TextBase;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeTracker;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.List;
import org.warraq.arabic.BidiText;
import org.warraq.arabic.Direction;
import org.warraq.arabic.IsolatedRuns;
import org.warraq.arabic.TextDirection;

/**
 * Rewrites the inline children of one block: applies the site's typography outside code, URLs and
 * runs of the other script, then moves each such run into an {@link IsolatedRun}, splitting text
 * nodes at its edges. A run may span several nodes ("read *the report* today"); an emphasis or link
 * that mixes both scripts ends runs and is treated the same way inside.
 */
final class InlineIsolation {

    /** One child of the block and the characters it occupies in the flattened text. */
    private record Segment(Node node, int start, int end) {
    }

    private final RtlOptions options;
    private final NodeTracker tracker;

    InlineIsolation(RtlOptions options, NodeTracker tracker) {
        this.options = options;
        this.tracker = tracker;
    }

    void apply(Node container, Direction direction) {
        List<Segment> segments = new ArrayList<>();
        BidiText text = flatten(container, segments);
        if (text.length() == 0) {
            return;
        }
        List<IsolatedRuns.Run> runs = IsolatedRuns.find(text, direction);
        if (direction == Direction.RTL && !options.typography().changesNothing()) {
            rewrite(segments, text.text(), options.typography().apply(text.text(), IsolatedRuns.covered(text, runs)));
        }
        for (int i = runs.size() - 1; i >= 0; i--) {
            wrap(segments, runs.get(i));
        }
        List<Node> nested = new ArrayList<>();
        container.getChildren().forEach(child -> {
            if (container(child)) {
                nested.add(child);
            }
        });
        nested.forEach(child -> apply(child, direction));
    }

    private static boolean container(Node node) {
        return node.hasChildren() && !(node instanceof Code || node instanceof AutoLink || node instanceof MailLink
                || node instanceof Footnote || node instanceof IsolatedRun || node instanceof TextBase);
    }

    private static BidiText flatten(Node container, List<Segment> segments) {
        BidiText.Builder text = new BidiText.Builder();
        for (Node child = container.getFirstChild(); child != null; child = child.getNext()) {
            int start = text.length();
            if (child instanceof Text) {
                text.append(child.getChars());
            } else if (child instanceof SoftLineBreak) {
                text.append("\n");
            } else {
                text.atom(atom(child));
            }
            segments.add(new Segment(child, start, text.length()));
        }
        return text.build();
    }

    private static BidiText.Atom atom(Node node) {
        if (node instanceof Code) {
            return BidiText.Atom.CODE;
        }
        if (node instanceof AutoLink link) {
            return TextDirection.latinOnly(link.getText()) ? BidiText.Atom.LATIN : BidiText.Atom.LTR;
        }
        if (node instanceof MailLink link) {
            return TextDirection.latinOnly(link.getText()) ? BidiText.Atom.LATIN : BidiText.Atom.LTR;
        }
        if (node instanceof HtmlEntity) {
            return BidiText.Atom.NEUTRAL;
        }
        if (!container(node)) {
            return BidiText.Atom.BOUNDARY;
        }
        String text = DirectionText.of(node);
        boolean ltr = false;
        boolean rtl = false;
        for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
            Direction d = TextDirection.strong(text.codePointAt(i)).orElse(null);
            ltr |= d == Direction.LTR;
            rtl |= d == Direction.RTL;
        }
        if (ltr && rtl) {
            return BidiText.Atom.BOUNDARY;
        }
        if (rtl) {
            return BidiText.Atom.RTL;
        }
        if (ltr) {
            return TextDirection.latinOnly(text) ? BidiText.Atom.LATIN : BidiText.Atom.LTR;
        }
        return BidiText.Atom.NEUTRAL;
    }

    private static void rewrite(List<Segment> segments, String before, String after) {
        for (Segment s : segments) {
            if (s.node instanceof Text && !before.regionMatches(s.start, after, s.start, s.end - s.start)) {
                s.node.setChars(BasedSequence.of(after.substring(s.start, s.end)));
            }
        }
    }

    private void wrap(List<Segment> segments, IsolatedRuns.Run run) {
        int first = splitAt(segments, run.start());
        int last = splitAt(segments, run.end()) - 1;
        IsolatedRun isolated = new IsolatedRun(run.direction(), options.lang(run.direction(), run.latin()));
        segments.get(first).node.insertBefore(isolated);
        for (int i = first; i <= last; i++) {
            Node node = segments.get(i).node;
            node.unlink();
            isolated.appendChild(node);
        }
        tracker.nodeAdded(isolated);
    }

    /** The index of the segment starting at {@code offset}, splitting the text node that spans it. */
    private int splitAt(List<Segment> segments, int offset) {
        for (int i = 0; i < segments.size(); i++) {
            Segment s = segments.get(i);
            if (s.start == offset) {
                return i;
            }
            if (s.start < offset && offset < s.end) {
                BasedSequence chars = s.node.getChars();
                Text tail = new Text(chars.subSequence(offset - s.start));
                s.node.setChars(chars.subSequence(0, offset - s.start));
                s.node.insertAfter(tail);
                tracker.nodeAdded(tail);
                segments.set(i, new Segment(s.node, s.start, offset));
                segments.add(i + 1, new Segment(tail, offset, s.end));
                return i + 1;
            }
        }
        return segments.size();
    }
}
