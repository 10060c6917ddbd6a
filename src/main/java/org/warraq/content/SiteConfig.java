package org.warraq.content;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/** The publication's settings, read from {@code content/site.yaml}; every field has a sensible default. */
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
        List<Category> categories) {

    public static final String DEFAULT_PERMALINK = "/{year}/{month}/{slug}/";

    public SiteConfig {
        authors = List.copyOf(authors);
        categories = List.copyOf(categories);
    }

    public static SiteConfig defaults() {
        return new SiteConfig("ورّاق", "", "https://example.org/", "ar", "rtl", ZoneId.of("UTC"), Numerals.ARAB,
                "EG", DEFAULT_PERMALINK, 10, true, false, "en", List.of(), List.of());
    }

    public Optional<Author> author(String keyOrName) {
        return authors.stream().filter(a -> a.key().equals(keyOrName) || a.name().equals(keyOrName)).findFirst();
    }

    public Optional<Category> category(String keyOrName) {
        return categories.stream().filter(c -> c.key().equals(keyOrName) || c.name().equals(keyOrName)).findFirst();
    }

    public SiteConfig withBaseUrl(String url) {
        return new SiteConfig(title, description, url, language, direction, timezone, numerals, region, permalink,
                perPage, portableLinks, rawHtml, latinLang, authors, categories);
    }

    public SiteConfig withPortableLinks(boolean portable) {
        return new SiteConfig(title, description, baseUrl, language, direction, timezone, numerals, region, permalink,
                perPage, portable, rawHtml, latinLang, authors, categories);
    }
}
