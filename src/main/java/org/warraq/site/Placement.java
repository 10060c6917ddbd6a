package org.warraq.site;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.warraq.arabic.Slugs;
import org.warraq.content.Article;
import org.warraq.content.Author;
import org.warraq.content.Category;
import org.warraq.content.Content;
import org.warraq.content.Diagnostics;
import org.warraq.content.SiteConfig;

/**
 * Decides what is published and where: drops drafts and future articles, resolves bylines,
 * sections and tags, applies the permalink pattern and refuses two pages at one URL.
 */
public final class Placement {

    private static final Pattern SLASHES = Pattern.compile("/{2,}");

    /** Articles and static pages that will be published, newest article first. */
    public record Placed(List<SiteArticle> articles, List<SiteArticle> pages) {
    }

    private Placement() {
    }

    public static Placed place(Content content, Instant now, boolean includeDrafts, Diagnostics diagnostics) {
        return place(content, now, includeDrafts, diagnostics, new PlaceMemo());
    }

    /** @param memo placements of an earlier build under the same settings (the preview's) */
    public static Placed place(Content content, Instant now, boolean includeDrafts, Diagnostics diagnostics, PlaceMemo memo) {
        SiteConfig config = content.config();
        // Tags repeat from article to article: each name is made a slug once (a tenth of the stage at 10,000 articles).
        Map<String, String> tagSlugs = new ConcurrentHashMap<>();
        Function<String, String> tagSlug = name -> tagSlugs.computeIfAbsent(name, n -> Slugs.slugify(n, config.text().slugStyle()));
        List<Instant> dates = new ArrayList<>();
        List<SiteArticle> placedArticles = new ArrayList<>();
        PlaceMemo.Sequence placing = memo.articles(content.articles().size());
        for (int i = 0; i < content.articles().size(); i++) {
            Article a = content.articles().get(i);
            Instant date = a.date().toInstant();
            if ((a.draft() && !includeDrafts) || date.isAfter(now)) {
                continue;
            }
            SiteArticle placed = placing.place(i, a, diagnostics, found -> article(a, config, tagSlug, found));
            if (placed != null) {
                dates.add(date);
                placedArticles.add(placed);
            }
        }
        placing.end();
        List<SiteArticle> articles = memo.newestFirst(dates, placedArticles);
        List<SiteArticle> pages = new ArrayList<>();
        PlaceMemo.Sequence pagePlacing = memo.pages(content.pages().size());
        for (int i = 0; i < content.pages().size(); i++) {
            Article p = content.pages().get(i);
            if (p.draft() && !includeDrafts) {
                continue;
            }
            SiteArticle placed = pagePlacing.place(i, p, diagnostics, found -> {
                String slug = slug(p, config, found);
                return slug == null ? null : new SiteArticle(p, slug + "/", List.of(), null, tags(p, tagSlug), null);
            });
            if (placed != null) {
                pages.add(placed);
            }
        }
        pages.sort(Comparator.comparing(SiteArticle::path));
        List<SiteArticle> all = concat(articles, pages);
        if (!memo.claimedBefore(all)) {
            Diagnostics problems = new Diagnostics();
            Map<String, Article> claimed = new HashMap<>();
            for (SiteArticle s : all) {
                claim(claimed, s.path(), s.article(), problems);
            }
            problems.sorted().forEach(diagnostics::add);
            if (!problems.hasErrors()) {
                memo.claimed(all);
            }
        }
        return new Placed(articles, List.copyOf(pages));
    }

    /** An article's address, bylines, section and tags; null (with an error reported) when it has no usable slug. */
    private static SiteArticle article(Article a, SiteConfig config, Function<String, String> tagSlug, Diagnostics diagnostics) {
        Category category = a.categories().isEmpty() ? null : category(config, a.categories().get(0), a, diagnostics);
        String slug = slug(a, config, diagnostics);
        if (slug == null) {
            return null;
        }
        String path = permalink(config.permalink(), a, slug, category);
        return new SiteArticle(a, path, authors(config, a, diagnostics), category, tags(a, tagSlug), null);
    }

    /**
     * Records that {@code path} is produced from {@code at}; a second claim is an error naming both sources.
     */
    static void claim(Map<String, Article> claimed, String path, Article at, Diagnostics diagnostics) {
        String first = path.isEmpty() ? "" : path.substring(0, path.indexOf('/') < 0 ? path.length() : path.indexOf('/'));
        if (Urls.RESERVED.contains(first.toLowerCase(Locale.ROOT))) {
            diagnostics.error(at.source(), 1, "URL /" + path + " is reserved for the generator's own pages; choose another slug");
            return;
        }
        Article previous = claimed.putIfAbsent(path.toLowerCase(Locale.ROOT), at);
        if (previous != null) {
            diagnostics.error(at.source(), 1, "URL /" + path + " is produced by both " + previous.source() + " and " + at.source()
                    + "; give one of them a different 'slug:'");
        }
    }

    private static String slug(Article a, SiteConfig config, Diagnostics diagnostics) {
        String slug = Slugs.slugify(a.slug() != null ? a.slug() : a.title(), config.text().slugStyle());
        if (slug.isEmpty()) {
            diagnostics.error(a.source(), 1, "cannot make a URL slug from '" + (a.slug() != null ? a.slug() : a.title())
                    + "'; add a 'slug:' with letters or digits");
            return null;
        }
        return slug;
    }

    static String permalink(String pattern, Article a, String slug, Category category) {
        String path = pattern
                .replace("{year}", padded(a.date().getYear(), 4))
                .replace("{month}", padded(a.date().getMonthValue(), 2))
                .replace("{day}", padded(a.date().getDayOfMonth(), 2))
                .replace("{category}", category == null ? "uncategorized" : category.key())
                .replace("{slug}", slug);
        if (path.contains("//")) {
            path = SLASHES.matcher(path).replaceAll("/");
        }
        if (path.startsWith("/")) {
            path = path.substring(1);
        }
        return path.endsWith("/") || path.endsWith(".html") ? path : path + "/";
    }

    /** {@code n} with zeros before it up to {@code width} digits, as {@code %0<width>d} has it, without a formatter. */
    static String padded(int n, int width) {
        String digits = Integer.toString(Math.abs(n));
        StringBuilder out = new StringBuilder(width + 1);
        if (n < 0) {
            out.append('-');
            width--;
        }
        for (int i = digits.length(); i < width; i++) {
            out.append('0');
        }
        return out.append(digits).toString();
    }

    private static Category category(SiteConfig config, String name, Article a, Diagnostics diagnostics) {
        return config.category(name).orElseGet(() -> {
            diagnostics.warning(a.source(), 1, "category '" + name + "' is not declared in site.yaml; its page is made from the name");
            String key = Slugs.slugify(name, config.text().slugStyle());
            return new Category(key.isEmpty() ? "category" : key, name);
        });
    }

    private static List<Author> authors(SiteConfig config, Article a, Diagnostics diagnostics) {
        Map<String, Author> out = new LinkedHashMap<>();
        for (String name : a.authors()) {
            Author author = config.author(name).orElseGet(() -> {
                diagnostics.warning(a.source(), 1, "author '" + name + "' is not declared in site.yaml; their page is made from the name");
                String key = Slugs.slugify(name, config.text().slugStyle());
                return new Author(key.isEmpty() ? "author" : key, name, "");
            });
            out.putIfAbsent(author.key(), author);
        }
        return List.copyOf(out.values());
    }

    private static List<Tag> tags(Article a, Function<String, String> tagSlug) {
        Map<String, Tag> out = new LinkedHashMap<>();
        for (String name : a.tags()) {
            String slug = tagSlug.apply(name);
            if (!slug.isEmpty()) {
                out.putIfAbsent(slug, new Tag(name, slug));
            }
        }
        return List.copyOf(out.values());
    }

    private static List<SiteArticle> concat(List<SiteArticle> a, List<SiteArticle> b) {
        List<SiteArticle> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
