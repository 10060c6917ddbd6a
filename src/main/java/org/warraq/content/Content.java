package org.warraq.content;

import java.nio.file.Path;
import java.util.List;

/**
 * Everything loaded from the content folder: settings, articles, static pages and the files that
 * are copied as they are (images and other assets), all in a stable order.
 */
public record Content(SiteConfig config, List<Article> articles, List<Article> pages, List<Asset> assets) {

    /** A file copied verbatim to the same relative path in the output. */
    public record Asset(Path file, String path) {
    }

    public Content {
        articles = List.copyOf(articles);
        pages = List.copyOf(pages);
        assets = List.copyOf(assets);
    }
}
