package org.warraq.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Consumer;
import org.warraq.content.SiteConfig;
import org.warraq.output.OutputFile;
import org.warraq.output.RecordedFile;
import org.warraq.site.SiteArticle;
import org.warraq.site.Urls;

/** The build's entry to search: index the published articles once and export the static index. */
public final class SearchExport {

    private SearchExport() {
    }

    /**
     * The files of {@code search/} (docs/search-index-format.md), sorted by path.
     *
     * @param articles the published articles (any order; static pages are not searched)
     * @param recency  the recency prior's weight ({@code search_recency}), 0 for none
     */
    public static List<OutputFile> export(List<SiteArticle> articles, SiteConfig config, double recency) {
        try (SearchIndex index = SearchIndex.build(articles, recency)) {
            return new IndexExporter(index, new Urls(config.baseUrl(), config.portableLinks()), IndexExporter.DEFAULT_CAP).export();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The files of {@code search/} from an index the build has already made (and shares with the analysis
     * stage), each handed to {@code out} as soon as it is made; the caller keeps ownership of the index and
     * closes it. With a {@code store} (null for none), the entries the last export drafted the same are taken from it.
     */
    public static void export(SearchIndex index, SiteConfig config, EntryStore store, Consumer<OutputFile> out) {
        export(index, config, store, out, null);
    }

    /**
     * As {@link #export(SearchIndex, SiteConfig, EntryStore, Consumer)}; given {@code recorded} (else null), the excerpt
     * files the store says the last export made from what their articles are made of now go there, for the publisher to
     * take back from the previous site or make ({@link IndexExporter#export(Consumer, EntryStore, Consumer)}).
     *
     * @return how many excerpt files there are, made or recorded
     */
    public static int export(SearchIndex index, SiteConfig config, EntryStore store, Consumer<OutputFile> out,
                             Consumer<RecordedFile> recorded) {
        IndexExporter exporter = new IndexExporter(index, new Urls(config.baseUrl(), config.portableLinks()), IndexExporter.DEFAULT_CAP);
        exporter.export(out, store, recorded);
        return exporter.excerptFiles();
    }
}
