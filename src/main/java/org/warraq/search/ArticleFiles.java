package org.warraq.search;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.warraq.content.Author;
import org.warraq.output.OutputFile;
import org.warraq.site.SiteArticle;
import org.warraq.site.Tag;
import org.warraq.site.Urls;

/**
 * What a result shows but the search does not need: each article's metadata row, {@code [url, title, date,
 * category, [tags], [authors]]}, written in {@code d/N.js} files of a fixed number of consecutive articles,
 * few enough that ten results scattered over the site cost ten small files. The excerpt parts
 * ({@link ExcerptParts}) carry the row too, so that a result with an excerpt needs one file.
 */
final class ArticleFiles {

    /** A metadata file averages at most this fraction of the cap. */
    static final int META_CAP_DIVISOR = 16;

    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private ArticleFiles() {
    }

    /** The metadata row of every article, in document order. */
    static List<String> rows(SearchIndex index, Urls urls) {
        List<String> rows = new ArrayList<>();
        for (SiteArticle a : index.articles()) {
            rows.add(new Json().raw("[").string(urls.linkFromRoot("", a.path())).raw(",").string(a.article().title())
                    .raw(",").string(ISO.format(a.article().date().toOffsetDateTime()))
                    .raw(",").raw(a.category() == null ? "null" : new Json().string(a.category().name()).toString())
                    .raw(",").strings(a.tags().stream().map(Tag::name).toList())
                    .raw(",").strings(a.authors().stream().map(Author::name).toList()).raw("]").toString());
        }
        return rows;
    }

    /** Writes the {@code d/} files; returns the number of articles per file. */
    static int write(List<String> rows, int cap, Consumer<OutputFile> files) {
        long bytes = 0;
        for (String row : rows) {
            bytes += Packer.utf8Length(row) + 1;
        }
        int perFile = rows.isEmpty() ? 1 : (int) Math.max(1, cap / META_CAP_DIVISOR / Math.max(1, bytes / rows.size()));
        for (int from = 0, n = 0; from < rows.size() || n == 0; from += perFile, n++) {
            String id = "d/" + n;
            files.accept(OutputFile.of(Packer.path(id), Packer.script(id, "[" + String.join(",", rows.subList(from, Math.min(rows.size(), from + perFile))) + "]")));
        }
        return perFile;
    }
}
