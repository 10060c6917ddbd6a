package org.warraq.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.RefNode;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The links and images a Markdown body contains, each with the line and column where the editor
 * wrote it, so {@code warraq check} can point at a broken one. Parsed with the same block syntax
 * as {@link BodyRenderer} (tables, footnotes), so what counts as a link is what readers get.
 */
public final class BodyLinks {

    /** One link or image target as written (escapes resolved), at a 1-based line and column of the file. */
    public record Target(boolean image, String url, int line, int column) {
    }

    private static final Parser PARSER;

    static {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), FootnoteExtension.create(),
                StrikethroughExtension.create()));
        PARSER = Parser.builder(options).build();
    }

    private BodyLinks() {
    }

    /** @param firstLine the file line on which {@code markdown} starts */
    public static List<Target> of(String markdown, int firstLine) {
        return in(PARSER.parse(markdown), markdown, firstLine);
    }

    /**
     * The targets of a document parsed from {@code markdown} as it is (not normalised), in the order they are written:
     * a renderer's document serves as well as this class's own, since other extensions move nodes but not their text.
     */
    static List<Target> in(Document document, String markdown, int firstLine) {
        List<Node> found = new ArrayList<>();
        List<String> urls = new ArrayList<>();
        for (Node node : document.getDescendants()) {
            String url = null;
            if (node instanceof Link link) {
                url = link.getUrl().unescape();
            } else if (node instanceof Image image) {
                url = image.getUrl().unescape();
            } else if (node instanceof AutoLink auto) {
                url = auto.getUrl().unescape();
            } else if (node instanceof RefNode ref && ref.isDefined()) {
                Reference reference = ref.getReferenceNode(document);
                url = reference == null ? null : reference.getUrl().unescape();
            }
            if (url != null) {
                found.add(node);
                urls.add(url);
            }
        }
        Integer[] order = new Integer[found.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingInt(i -> found.get(i).getStartOffset()));
        List<Target> out = new ArrayList<>(order.length);
        int line = firstLine;
        int lineStart = 0;
        for (int i : order) {
            Node node = found.get(i);
            int offset = node.getStartOffset();
            for (int next = markdown.indexOf('\n', lineStart); next >= 0 && next < offset; next = markdown.indexOf('\n', lineStart)) {
                line++;
                lineStart = next + 1;
            }
            out.add(new Target(node instanceof Image || node instanceof ImageRef, urls.get(i), line,
                    markdown.codePointCount(lineStart, offset) + 1));
        }
        return out;
    }
}
