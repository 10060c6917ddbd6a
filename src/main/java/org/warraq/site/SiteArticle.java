package org.warraq.site;

import java.util.List;
import org.warraq.content.Article;
import org.warraq.content.Author;
import org.warraq.content.Category;
import org.warraq.markdown.RenderedBody;

/**
 * An article placed in the site: its folder path, the authors, category and tags it belongs to,
 * and its rendered body (null until the markdown stage has run).
 */
public record SiteArticle(Article article, String path, List<Author> authors, Category category, List<Tag> tags,
                          RenderedBody body) {

    public SiteArticle withBody(RenderedBody rendered) {
        return new SiteArticle(article, path, authors, category, tags, rendered);
    }
}
