package org.warraq.content;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Reads {@code site.yaml}: unknown keys are warnings with a suggestion, bad values are errors. */
public final class SiteConfigLoader {

    public static final Set<String> KNOWN_KEYS = Set.of("title", "description", "base_url", "language", "direction",
            "timezone", "numerals", "region", "permalink", "per_page", "portable_links", "raw_html", "latin_lang",
            "authors", "categories", "hijri", "slug_style", "quotes", "arabic_punctuation", "search_recency");

    private SiteConfigLoader() {
    }

    public static SiteConfig load(Path siteYaml, Path shown, Diagnostics diagnostics) {
        SiteConfig d = SiteConfig.defaults();
        if (!Files.isRegularFile(siteYaml)) {
            diagnostics.warning(shown, 0, "no site.yaml found; using default settings");
            return d;
        }
        Map<String, YamlValue> map;
        try {
            map = YamlReader.readMapping(SourceText.read(siteYaml, shown), shown, 1);
        } catch (BuildFailedException e) {
            e.diagnostics().forEach(diagnostics::add);
            return d;
        }
        Fields f = new Fields(map, shown, diagnostics);
        f.warnUnknown("setting", KNOWN_KEYS);

        ZoneId zone = d.timezone();
        if (f.string("timezone").isPresent()) {
            try {
                zone = ZoneId.of(f.string("timezone").get());
            } catch (DateTimeException e) {
                diagnostics.error(shown, f.line("timezone"), "unknown timezone '" + f.string("timezone").get()
                        + "'; use a name such as Africa/Cairo or Asia/Riyadh");
            }
        }
        Numerals numerals = d.numerals();
        String numeralsText = f.string("numerals").orElse(numerals.icuName()).toLowerCase(Locale.ROOT);
        switch (numeralsText) {
            case "arab" -> numerals = Numerals.ARAB;
            case "latn" -> numerals = Numerals.LATN;
            default -> diagnostics.error(shown, f.line("numerals"), "numerals must be 'arab' (٠١٢٣) or 'latn' (0123), found '" + numeralsText + "'");
        }
        String permalink = f.string("permalink").orElse(d.permalink());
        if (!permalink.contains("{slug}")) {
            diagnostics.error(shown, f.line("permalink"), "permalink must contain {slug}, found '" + permalink + "'");
            permalink = d.permalink();
        } else {
            String unknown = permalink.replaceAll("\\{(year|month|day|slug|category)}", "");
            if (unknown.contains("{") || unknown.contains("}")) {
                diagnostics.error(shown, f.line("permalink"), "permalink may use {year} {month} {day} {slug} {category}, found '" + permalink + "'");
                permalink = d.permalink();
            }
        }
        int perPage = f.number("per_page").map(Long::intValue).orElse(d.perPage());
        if (perPage < 1 || perPage > 1000) {
            diagnostics.error(shown, f.line("per_page"), "per_page must be between 1 and 1000, found " + perPage);
            perPage = d.perPage();
        }
        String baseUrl = normaliseBaseUrl(f.string("base_url").orElse(d.baseUrl()), shown, f.line("base_url"), diagnostics);
        String direction = f.string("direction").orElse(d.direction());
        if (!direction.equals("rtl") && !direction.equals("ltr")) {
            diagnostics.error(shown, f.line("direction"), "direction must be 'rtl' or 'ltr', found '" + direction + "'");
            direction = d.direction();
        }
        return new SiteConfig(
                f.string("title").orElse(d.title()),
                f.string("description").orElse(d.description()),
                baseUrl,
                f.string("language").orElse(d.language()),
                direction,
                zone,
                numerals,
                f.string("region").orElse(d.region()).toUpperCase(Locale.ROOT),
                permalink,
                perPage,
                f.bool("portable_links", d.portableLinks()),
                f.bool("raw_html", d.rawHtml()),
                f.string("latin_lang").orElse(d.latinLang()),
                authors(f.raw("authors").orElse(null), shown, diagnostics),
                categories(f.raw("categories").orElse(null), shown, diagnostics),
                textOptions(f, shown, diagnostics),
                searchRecency(f, shown, diagnostics));
    }

    private static double searchRecency(Fields f, Path shown, Diagnostics diagnostics) {
        var value = f.raw("search_recency");
        if (value.isEmpty()) {
            return 0;
        }
        Object v = value.get().value();
        double weight = v instanceof Long n ? n : v instanceof Double x ? x : -1;
        if (weight < 0 || weight > 10) {
            diagnostics.error(shown, value.get().line(), "search_recency must be a number from 0 (relevance only) to 10, found '"
                    + value.get().text() + "'");
            return 0;
        }
        return weight;
    }

    private static SiteConfig.TextOptions textOptions(Fields f, Path shown, Diagnostics diagnostics) {
        SiteConfig.TextOptions d = SiteConfig.TextOptions.defaults();
        SiteConfig.SlugStyle slugs = d.slugStyle();
        String slugText = f.string("slug_style").orElse("arabic").toLowerCase(Locale.ROOT);
        switch (slugText) {
            case "arabic" -> slugs = SiteConfig.SlugStyle.ARABIC;
            case "latin" -> slugs = SiteConfig.SlugStyle.LATIN;
            default -> diagnostics.error(shown, f.line("slug_style"),
                    "slug_style must be 'arabic' (keep Arabic letters) or 'latin' (ASCII transliteration), found '" + slugText + "'");
        }
        SiteConfig.QuoteStyle quotes = d.quotes();
        String quoteText = f.string("quotes").orElse("straight").toLowerCase(Locale.ROOT);
        switch (quoteText) {
            case "straight" -> quotes = SiteConfig.QuoteStyle.STRAIGHT;
            case "guillemets", "«»" -> quotes = SiteConfig.QuoteStyle.GUILLEMETS;
            case "curly", "“”" -> quotes = SiteConfig.QuoteStyle.CURLY;
            default -> diagnostics.error(shown, f.line("quotes"),
                    "quotes must be 'straight' (as typed), 'guillemets' («») or 'curly' (“”), found '" + quoteText + "'");
        }
        return new SiteConfig.TextOptions(f.bool("hijri", d.hijri()), slugs, quotes,
                f.bool("arabic_punctuation", d.arabicPunctuation()));
    }

    /** Base URLs always end with '/', so paths are appended without guessing. */
    public static String normaliseBaseUrl(String url, Path shown, int line, Diagnostics diagnostics) {
        String u = url.strip();
        if (!u.matches("(?i)https?://[^\\s/]+(/\\S*)?")) {
            diagnostics.error(shown, line, "base_url must be an http(s) address such as https://example.org/, found '" + url + "'");
            return SiteConfig.defaults().baseUrl();
        }
        return u.endsWith("/") ? u : u + "/";
    }

    private static List<Author> authors(YamlValue value, Path shown, Diagnostics diagnostics) {
        List<Author> out = new ArrayList<>();
        for (Map<String, YamlValue> entry : entries(value, "authors", shown, diagnostics)) {
            Fields f = new Fields(entry, shown, diagnostics);
            f.warnUnknown("author field", Set.of("key", "name", "bio"));
            String key = f.string("key").orElse(null);
            if (key == null || !key.matches("[A-Za-z0-9][A-Za-z0-9_-]*")) {
                diagnostics.error(shown, f.line("key", "name"), "each author needs a 'key' of Latin letters, digits, '-' or '_'");
                continue;
            }
            out.add(new Author(key, f.string("name").orElse(key), f.string("bio").orElse("")));
        }
        return out;
    }

    private static List<Category> categories(YamlValue value, Path shown, Diagnostics diagnostics) {
        List<Category> out = new ArrayList<>();
        for (Map<String, YamlValue> entry : entries(value, "categories", shown, diagnostics)) {
            Fields f = new Fields(entry, shown, diagnostics);
            f.warnUnknown("category field", Set.of("key", "name"));
            String key = f.string("key").orElse(null);
            if (key == null || !key.matches("[A-Za-z0-9][A-Za-z0-9_-]*")) {
                diagnostics.error(shown, f.line("key", "name"), "each category needs a 'key' of Latin letters, digits, '-' or '_'");
                continue;
            }
            out.add(new Category(key, f.string("name").orElse(key)));
        }
        return out;
    }

    private static List<Map<String, YamlValue>> entries(YamlValue value, String what, Path shown, Diagnostics diagnostics) {
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (!(value.value() instanceof List)) {
            diagnostics.error(shown, value.line(), "'" + what + "' must be a list of entries");
            return List.of();
        }
        List<Map<String, YamlValue>> out = new ArrayList<>();
        for (YamlValue item : value.asList()) {
            if (item.value() instanceof Map) {
                out.add(item.asMap());
            } else {
                diagnostics.error(shown, item.line(), "each entry of '" + what + "' must have 'key' and 'name'");
            }
        }
        return out;
    }
}
