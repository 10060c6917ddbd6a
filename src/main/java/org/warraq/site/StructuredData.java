package org.warraq.site;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.warraq.content.Author;
import org.warraq.content.SiteConfig;

/**
 * The schema.org descriptions search engines read from news pages: {@code NewsArticle} and its
 * {@code BreadcrumbList} on article pages, {@code WebSite} with a {@code SearchAction} on the home page.
 * Each is returned as JSON text made by {@link JsonLd}; every URL in it is absolute. An article without a byline
 * names the publication as its author.
 */
final class StructuredData {

    private static final String CONTEXT = "https://schema.org";
    private static final DateTimeFormatter RFC3339 = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private final SiteConfig config;
    private final Urls urls;

    StructuredData(SiteConfig config, Urls urls) {
        this.config = config;
        this.urls = urls;
    }

    /** One step of a breadcrumb trail: a name and the absolute URL of its page. */
    record Crumb(String name, String url) {
    }

    String newsArticle(SiteArticle a, String description, String image) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("@context", CONTEXT);
        m.put("@type", "NewsArticle");
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("@type", "WebPage");
        page.put("@id", urls.absolute(a.path()));
        m.put("mainEntityOfPage", page);
        m.put("url", urls.absolute(a.path()));
        m.put("headline", a.article().title());
        if (description != null && !description.isBlank()) {
            m.put("description", description);
        }
        m.put("datePublished", iso(a.article().date()));
        m.put("dateModified", iso(a.article().updated() != null ? a.article().updated() : a.article().date()));
        List<Object> authors = new ArrayList<>();
        for (Author author : a.authors()) {
            Map<String, Object> person = new LinkedHashMap<>();
            person.put("@type", "Person");
            person.put("name", author.name());
            person.put("url", urls.absolute("author/" + author.key() + "/"));
            authors.add(person);
        }
        m.put("author", authors.isEmpty() ? List.of(publisher()) : authors);
        m.put("publisher", publisher());
        m.put("inLanguage", config.language());
        if (image != null) {
            m.put("image", List.of(image));
        }
        if (a.category() != null) {
            m.put("articleSection", a.category().name());
        }
        if (!a.tags().isEmpty()) {
            m.put("keywords", a.tags().stream().map(Tag::name).toList());
        }
        return JsonLd.write(m);
    }

    String breadcrumbs(List<Crumb> crumbs) {
        List<Object> items = new ArrayList<>();
        for (int i = 0; i < crumbs.size(); i++) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("@type", "ListItem");
            item.put("position", i + 1);
            item.put("name", crumbs.get(i).name());
            item.put("item", crumbs.get(i).url());
            items.add(item);
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("@context", CONTEXT);
        m.put("@type", "BreadcrumbList");
        m.put("itemListElement", items);
        return JsonLd.write(m);
    }

    /** The site with its search: {@code …/search/?q={search_term_string}} from the base URL. */
    String website() {
        Map<String, Object> target = new LinkedHashMap<>();
        target.put("@type", "EntryPoint");
        target.put("urlTemplate", urls.absolute("search/") + "?q={search_term_string}");
        Map<String, Object> action = new LinkedHashMap<>();
        action.put("@type", "SearchAction");
        action.put("target", target);
        action.put("query-input", "required name=search_term_string");
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("@context", CONTEXT);
        m.put("@type", "WebSite");
        m.put("name", config.title());
        if (!config.description().isBlank()) {
            m.put("description", config.description());
        }
        m.put("url", urls.baseUrl());
        m.put("inLanguage", config.language());
        m.put("publisher", publisher());
        m.put("potentialAction", action);
        return JsonLd.write(m);
    }

    private Map<String, Object> publisher() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("@type", "Organization");
        m.put("name", config.title());
        m.put("url", urls.baseUrl());
        return m;
    }

    private static String iso(ZonedDateTime t) {
        return RFC3339.format(t.toOffsetDateTime());
    }
}
