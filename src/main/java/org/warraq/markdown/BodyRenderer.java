package org.warraq.markdown;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.warraq.arabic.ArabicLetters;
import org.warraq.arabic.Direction;
import org.warraq.arabic.Slugs;
import org.warraq.arabic.TextDirection;
import org.warraq.content.Article;
import org.warraq.content.BuildFailedException;
import org.warraq.content.Diagnostic;
import org.warraq.content.ContentFormat;
import org.warraq.content.PlainTextDocument;

/**
 * Turns article bodies into HTML. The Flexmark parser and renderer are built once and shared by
 * all threads (both are thread-safe once built); each body is parsed once and rendered twice, for
 * its page and for feeds. Raw HTML in Markdown is escaped, or, when the site opts in, passed through
 * {@link HtmlSanitizer}. Plain desk text is escaped and structured, never read as Markdown. Both
 * get the right-to-left layer ({@link RtlExtension}): text in NFC, per-block direction, isolated
 * runs of the other script, the typography options.
 */
public final class BodyRenderer {

    static final DataKey<String> ROOT = new DataKey<>("WARRAQ_ROOT", "");
    /** What links to site folders get appended: {@code index.html} with portable links, else nothing. */
    static final DataKey<String> FOLDER_INDEX = new DataKey<>("WARRAQ_FOLDER_INDEX", "");
    static final DataKey<Map<Node, String>> HEADING_IDS = new DataKey<>("WARRAQ_HEADING_IDS", new IdentityHashMap<>());

    private final Parser parser;
    private final HtmlRenderer renderer;
    private final boolean portable;
    private final boolean rawHtml;
    private final RtlOptions rtl;
    private final IsolatedHtml isolated;
    private final String settings;

    public BodyRenderer(boolean rawHtml, boolean portable) {
        this(rawHtml, portable, RtlOptions.defaults());
    }

    public BodyRenderer(boolean rawHtml, boolean portable, RtlOptions rtl) {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), FootnoteExtension.create(),
                StrikethroughExtension.create(), RtlExtension.create()));
        options.set(RtlExtension.OPTIONS, rtl);
        options.set(FootnoteExtension.FOOTNOTE_BACK_REF_STRING, RtlExtension.BACK_LINK_MARKER);
        options.set(HtmlRenderer.ESCAPE_HTML, !rawHtml);
        options.set(HtmlRenderer.GENERATE_HEADER_ID, false);
        options.set(HtmlRenderer.RENDER_HEADER_ID, false);
        options.set(TablesExtension.CLASS_NAME, "data-table");
        options.set(FootnoteExtension.FOOTNOTE_BACK_LINK_REF_CLASS, "footnote-backref");
        options.set(HtmlRenderer.SOFT_BREAK, "\n");
        this.parser = Parser.builder(options).build();
        this.renderer = HtmlRenderer.builder(options).attributeProviderFactory(new RtlAttributes.Factory()).build();
        this.portable = portable;
        this.rawHtml = rawHtml;
        this.rtl = rtl;
        this.isolated = new IsolatedHtml(rtl);
        this.settings = "raw-html=" + rawHtml + " portable=" + portable + " " + rtl;
    }

    /** What this renderer was made with, as text: with the source, the page's depth and the base URL, all a body depends on. */
    public String settings() {
        return settings;
    }

    /**
     * @param pageRoot the article page's relative way to the site root, e.g. "../../../"
     * @param baseUrl  the site's absolute base URL, for the feed rendering
     */
    public RenderedBody render(Article article, String pageRoot, String baseUrl) {
        return render(article, pageRoot, baseUrl, false).body();
    }

    /**
     * A body with the links and images of its Markdown, found in the document parsed for it ({@link BodyLinks}); the
     * links are null for plain text, and for Markdown that normalising changes, whose parse has other offsets.
     */
    public record WithLinks(RenderedBody body, List<BodyLinks.Target> links) {
    }

    /** As {@link #render}, with the body's links for the site checks, which would otherwise parse it again. */
    public WithLinks renderWithLinks(Article article, String pageRoot, String baseUrl) {
        return render(article, pageRoot, baseUrl, true);
    }

    private WithLinks render(Article article, String pageRoot, String baseUrl, boolean withLinks) {
        try {
            if (article.format() == ContentFormat.PLAIN_TEXT) {
                return new WithLinks(renderPlain(article), null);
            }
            String markdown = article.body();
            String normal = ArabicLetters.nfc(markdown);
            Document document = parser.parse(normal);
            RenderedBody body = renderMarkdown(document, markdown, pageRoot, baseUrl);
            return new WithLinks(body, withLinks && normal.equals(markdown) ? BodyLinks.in(document, markdown, article.bodyLine()) : null);
        } catch (StackOverflowError e) {
            throw BuildFailedException.of(Diagnostic.error(article.source(), article.bodyLine(),
                    "the body nests quotes, lists, links or emphasis thousands of levels deep; simplify the Markdown"));
        }
    }

    public RenderedBody renderMarkdown(String markdown, String pageRoot, String baseUrl) {
        return renderMarkdown(parser.parse(ArabicLetters.nfc(markdown)), markdown, pageRoot, baseUrl);
    }

    private RenderedBody renderMarkdown(Document document, String markdown, String pageRoot, String baseUrl) {
        Map<Node, String> ids = new IdentityHashMap<>();
        List<RenderedBody.TocEntry> toc = new ArrayList<>();
        HeadingIds unique = new HeadingIds();
        for (Node node : document.getDescendants()) {
            if (node instanceof Heading heading) {
                String text = PlainText.of(heading);
                String id = unique.next(text);
                ids.put(heading, id);
                toc.add(new RenderedBody.TocEntry(heading.getLevel(), id, text));
            }
        }
        document.set(HEADING_IDS, ids);
        String index = portable ? "index.html" : "";
        BodyHtml markup;
        if (markdown.indexOf('\u0000') < 0 && markable(pageRoot) && markable(baseUrl)) {
            document.set(ROOT, BodyHtml.ROOT_MARK);
            document.set(FOLDER_INDEX, BodyHtml.INDEX_MARK);
            markup = BodyHtml.marked(renderer.render(document), pageRoot, index, baseUrl);
        } else {
            document.set(ROOT, pageRoot);
            document.set(FOLDER_INDEX, index);
            String html = renderer.render(document);
            document.set(ROOT, baseUrl);
            document.set(FOLDER_INDEX, "");
            markup = BodyHtml.separate(html, renderer.render(document));
        }
        if (rawHtml) {
            markup = BodyHtml.separate(HtmlSanitizer.clean(markup.page()), HtmlSanitizer.clean(markup.feedHtml()));
        }
        return new RenderedBody(markup, PlainText.of(document), toc, prose(document));
    }

    /** Whether a root can replace its mark in the rendered HTML as it is: nothing in it an attribute value escapes. */
    private static boolean markable(String root) {
        for (int i = 0; i < root.length(); i++) {
            char c = root.charAt(i);
            if (c == '\u0000' || c == '&' || c == '<' || c == '>' || c == '"' || c == '\'') {
                return false;
            }
        }
        return true;
    }

    /** The text of the body's top-level paragraphs, for excerpts: no headings, lists, tables or notes. */
    private static String prose(Document document) {
        StringBuilder out = new StringBuilder();
        for (Node node : document.getChildren()) {
            if (node instanceof Paragraph) {
                out.append(PlainText.of(node)).append('\n');
            }
        }
        return out.toString();
    }

    private RenderedBody renderPlain(Article article) {
        PlainTextDocument doc = PlainTextDocument.parse(ArabicLetters.nfc(article.body()), article.bodyLine());
        StringBuilder html = new StringBuilder();
        StringBuilder text = new StringBuilder();
        StringBuilder prose = new StringBuilder();
        List<RenderedBody.TocEntry> toc = new ArrayList<>();
        HeadingIds unique = new HeadingIds();
        boolean first = true;
        for (PlainTextDocument.Block block : doc.blocks()) {
            Direction direction = TextDirection.of(block.text()).orElse(rtl.base());
            String attributes = isolated.blockAttributes(block.text(), direction);
            String content = isolated.inline(block.text(), direction, true);
            if (block.heading()) {
                String id = unique.next(block.text());
                toc.add(new RenderedBody.TocEntry(2, id, block.text()));
                html.append("<h2 id=\"").append(Html.escape(id)).append('"').append(attributes).append('>')
                        .append(content).append("</h2>\n");
            } else {
                html.append(first ? "<p class=\"lead\"" : "<p").append(attributes).append('>').append(content).append("</p>\n");
                prose.append(block.text()).append('\n');
            }
            first = false;
            text.append(block.text()).append('\n');
        }
        String page = html.toString();
        return new RenderedBody(page, page, text.toString(), toc, prose.toString());
    }

    /** Readable, stable heading ids: the heading's slug, numbered when it repeats. */
    static final class HeadingIds {
        private final Set<String> used = new HashSet<>();

        String next(String text) {
            String base = Slugs.slugify(text);
            if (base.isEmpty()) {
                base = "section";
            }
            String id = base;
            for (int n = 2; !used.add(id); n++) {
                id = base + "-" + n;
            }
            return id;
        }
    }
}
