package org.warraq.search;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.warraq.content.Author;
import org.warraq.site.SiteArticle;
import org.warraq.site.Tag;

/**
 * {@code columns.js}: what facets, filters and the recency prior need of every article — its category,
 * tags, authors and year as indexes into sorted dictionaries, and its recency factor. Years, which follow
 * the site order, are written as runs.
 */
final class ColumnsFile {

    private ColumnsFile() {
    }

    static String of(SearchIndex index) {
        List<SiteArticle> articles = index.articles();
        Map<String, String> categories = new TreeMap<>();
        Map<String, String> tags = new TreeMap<>();
        Map<String, String> authors = new TreeMap<>();
        for (SiteArticle a : articles) {
            if (a.category() != null) {
                categories.putIfAbsent(a.category().key(), a.category().name());
            }
            a.tags().forEach(t -> tags.putIfAbsent(t.slug(), t.name()));
            a.authors().forEach(au -> authors.putIfAbsent(au.key(), au.name()));
        }
        Map<String, Integer> categoryIds = ids(categories);
        Map<String, Integer> tagIds = ids(tags);
        Map<String, Integer> authorIds = ids(authors);
        Json json = new Json().raw("{");
        dictionary(json, "category", categories).raw(",");
        dictionary(json, "tag", tags).raw(",");
        dictionary(json, "author", authors).raw(",\"c\":[");
        for (int doc = 0; doc < articles.size(); doc++) {
            SiteArticle a = articles.get(doc);
            json.raw(doc > 0 ? "," : "").number(a.category() == null ? -1 : categoryIds.get(a.category().key()));
        }
        json.raw("],\"g\":[");
        for (int doc = 0; doc < articles.size(); doc++) {
            json.raw(doc > 0 ? "," : "").raw(indices(articles.get(doc).tags().stream().map(Tag::slug).toList(), tagIds));
        }
        json.raw("],\"a\":[");
        for (int doc = 0; doc < articles.size(); doc++) {
            json.raw(doc > 0 ? "," : "").raw(indices(articles.get(doc).authors().stream().map(Author::key).toList(), authorIds));
        }
        json.raw("],\"y\":[");
        int doc = 0;
        while (doc < articles.size()) {
            String year = SearchIndex.year(articles.get(doc));
            int run = doc;
            while (run < articles.size() && SearchIndex.year(articles.get(run)).equals(year)) {
                run++;
            }
            json.raw(doc > 0 ? ",[" : "[").raw(year).raw(",").number(run - doc).raw("]");
            doc = run;
        }
        json.raw("]");
        if (index.recency() != 0) {
            json.raw(",\"r\":[");
            for (int d = 0; d < articles.size(); d++) {
                json.raw(d > 0 ? "," : "").number(index.factor(d));
            }
            json.raw("]");
        }
        return json.raw("}").toString();
    }

    private static Json dictionary(Json json, String name, Map<String, String> values) {
        json.key(name).raw("[");
        boolean first = true;
        for (Map.Entry<String, String> e : values.entrySet()) {
            json.raw(first ? "[" : ",[").string(e.getKey()).raw(",").string(e.getValue()).raw("]");
            first = false;
        }
        return json.raw("]");
    }

    /** Position of each key in the sorted dictionary. */
    private static Map<String, Integer> ids(Map<String, String> dictionary) {
        Map<String, Integer> ids = new HashMap<>();
        for (String key : dictionary.keySet()) {
            ids.put(key, ids.size());
        }
        return ids;
    }

    private static String indices(List<String> keys, Map<String, Integer> dictionary) {
        Set<Integer> ids = new LinkedHashSet<>();
        for (String key : keys) {
            ids.add(dictionary.get(key));
        }
        StringBuilder out = new StringBuilder("[");
        for (int id : ids) {
            out.append(out.length() > 1 ? "," : "").append(id);
        }
        return out.append(']').toString();
    }
}
