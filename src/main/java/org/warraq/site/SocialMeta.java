package org.warraq.site;

import java.util.List;

/**
 * Open Graph and Twitter card facts for a page's {@code <meta>} tags. {@code type} is {@code article} on article
 * pages (which also carry the times, section and tags) and {@code website} elsewhere; {@code image} is absolute
 * or null; {@code card} is {@code summary_large_image} when there is an image, else {@code summary}.
 */
public record SocialMeta(
        String type,
        String locale,
        String siteName,
        String title,
        String description,
        String url,
        String image,
        String imageAlt,
        String card,
        String published,
        String modified,
        String section,
        List<String> tags) {

    public SocialMeta {
        tags = List.copyOf(tags);
    }

    /** The Open Graph locale of a BCP 47 language: {@code ar} → {@code ar_AR}, {@code ar-EG} → {@code ar_EG}. */
    static String locale(String language) {
        String[] parts = language.split("[-_]");
        String lang = parts[0].toLowerCase(java.util.Locale.ROOT);
        String region = parts.length > 1 && parts[parts.length - 1].length() == 2 ? parts[parts.length - 1] : lang;
        return lang + "_" + region.toUpperCase(java.util.Locale.ROOT);
    }
}
