package org.warraq.bench;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.warraq.content.Content;
import org.warraq.content.ContentLoader;
import org.warraq.content.Diagnostics;
import org.warraq.site.Placement;
import org.warraq.site.SiteArticle;

/**
 * The benchmark corpus as the build places it: each article's address in the built site (portable links)
 * and the Arabic words of its title, tags, summary and body as written, with the number of articles
 * each spelling occurs in. Queries are drawn from these words, not from either engine's index.
 */
final class BenchCorpus {

    private static final Pattern WORD = Pattern.compile("[\\u0621-\\u0652\\u0670\\u0640]+");

    /**
     * @param words the article's words in order (title, tags, summary, then body from {@code bodyStart})
     * @param set   the distinct words, in order of first occurrence
     */
    record Doc(String url, List<String> words, int bodyStart, Set<String> set) {
    }

    private final List<Doc> docs;
    private final Map<String, Integer> df = new HashMap<>();

    private BenchCorpus(List<Doc> docs) {
        this.docs = docs;
        for (Doc d : docs) {
            d.set().forEach(w -> df.merge(w, 1, Integer::sum));
        }
    }

    static BenchCorpus load(Path content, Instant now) {
        Diagnostics diagnostics = new Diagnostics();
        Content loaded = ContentLoader.load(content, diagnostics, UnaryOperator.identity());
        diagnostics.throwIfErrors();
        Placement.Placed placed = Placement.place(loaded, now, false, diagnostics);
        diagnostics.throwIfErrors();
        List<Doc> docs = new ArrayList<>();
        for (SiteArticle a : placed.articles()) {
            StringBuilder head = new StringBuilder(a.article().title()).append('\n');
            a.article().tags().forEach(t -> head.append(t).append('\n'));
            head.append(a.article().summary() == null ? "" : a.article().summary());
            List<String> words = words(head);
            int bodyStart = words.size();
            words.addAll(words(a.article().body()));
            docs.add(new Doc(a.path() + "index.html", List.copyOf(words), bodyStart, new LinkedHashSet<>(words)));
        }
        return new BenchCorpus(docs);
    }

    private static List<String> words(CharSequence text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }

    List<Doc> docs() {
        return docs;
    }

    int size() {
        return docs.size();
    }

    /** How many articles have this exact spelling. */
    int df(String word) {
        return df.getOrDefault(word, 0);
    }

    Map<String, Integer> frequencies() {
        return df;
    }
}
