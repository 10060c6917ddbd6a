package org.warraq.content;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * The publication's settings, read from {@code content/site.yaml}; every field has a sensible default.
 *
 * @param text          how Arabic text is dated, slugged and typeset (hijri, slug_style, quotes, arabic_punctuation)
 * @param searchRecency weight of the search's recency prior ({@code search_recency}, 0 = relevance only)
 */
public record SiteConfig(
        String title,
        String description,
        String baseUrl,
        String language,
        String direction,
        ZoneId timezone,
        Numerals numerals,
        String region,
        String permalink,
        int perPage,
        boolean portableLinks,
        boolean rawHtml,
        String latinLang,
        List<Author> authors,
        List<Category> categories,
        TextOptions text,
        double searchRecency) {

    public static final String DEFAULT_PERMALINK = "/{year}/{month}/{slug}/";

    /** What straight double quotes in Arabic text become: left as typed, «…» or “…”. */
    public enum QuoteStyle { STRAIGHT, GUILLEMETS, CURLY }

    /** URL slugs keep Arabic letters, or are transliterated to ASCII. */
    public enum SlugStyle { ARABIC, LATIN }

    /**
     * Arabic text settings: the Hijri date on article pages, the slug style, and the two typography
     * rewrites (quotes, Latin comma/semicolon/question mark next to Arabic words), both off by default
     * because they change what the author typed.
     */
    public record TextOptions(boolean hijri, SlugStyle slugStyle, QuoteStyle quotes, boolean arabicPunctuation) {

        public static TextOptions defaults() {
            return new TextOptions(true, SlugStyle.ARABIC, QuoteStyle.STRAIGHT, false);
        }
    }

    public SiteConfig {
        authors = List.copyOf(authors);
        categories = List.copyOf(categories);
    }

    /** The settings without the search recency prior, which is then off. */
    public SiteConfig(String title, String description, String baseUrl, String language, String direction,
                      ZoneId timezone, Numerals numerals, String region, String permalink, int perPage,
                      boolean portableLinks, boolean rawHtml, String latinLang, List<Author> authors,
                      List<Category> categories, TextOptions text) {
        this(title, description, baseUrl, language, direction, timezone, numerals, region, permalink, perPage,
                portableLinks, rawHtml, latinLang, authors, categories, text, 0);
    }

    /** The settings without the Arabic text options, which then take their defaults. */
    public SiteConfig(String title, String description, String baseUrl, String language, String direction,
                      ZoneId timezone, Numerals numerals, String region, String permalink, int perPage,
                      boolean portableLinks, boolean rawHtml, String latinLang, List<Author> authors,
                      List<Category> categories) {
        this(title, description, baseUrl, language, direction, timezone, numerals, region, permalink, perPage,
                portableLinks, rawHtml, latinLang, authors, categories, TextOptions.defaults());
    }

    public static SiteConfig defaults() {
        return new SiteConfig("ورّاق", "", "https://example.org/", "ar", "rtl", ZoneId.of("UTC"), Numerals.ARAB,
                "EG", DEFAULT_PERMALINK, 10, true, false, "en", List.of(), List.of(), TextOptions.defaults());
    }

    public Optional<Author> author(String keyOrName) {
        return authors.stream().filter(a -> a.key().equals(keyOrName) || a.name().equals(keyOrName)).findFirst();
    }

    public Optional<Category> category(String keyOrName) {
        return categories.stream().filter(c -> c.key().equals(keyOrName) || c.name().equals(keyOrName)).findFirst();
    }

    public SiteConfig withBaseUrl(String url) {
        return new SiteConfig(title, description, url, language, direction, timezone, numerals, region, permalink,
                perPage, portableLinks, rawHtml, latinLang, authors, categories, text, searchRecency);
    }

    public SiteConfig withPortableLinks(boolean portable) {
        return new SiteConfig(title, description, baseUrl, language, direction, timezone, numerals, region, permalink,
                perPage, portable, rawHtml, latinLang, authors, categories, text, searchRecency);
    }

    public SiteConfig withText(TextOptions options) {
        return new SiteConfig(title, description, baseUrl, language, direction, timezone, numerals, region, permalink,
                perPage, portableLinks, rawHtml, latinLang, authors, categories, options, searchRecency);
    }
}
