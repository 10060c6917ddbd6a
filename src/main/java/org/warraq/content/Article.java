package org.warraq.content;

import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * An article or static page exactly as the editor wrote it, front matter resolved and validated.
 * It knows nothing about URLs, templates or HTML; later stages derive those from it.
 *
 * @param source      file path relative to the content folder, for messages and stable ordering
 * @param page        true for static pages from {@code content/pages/}
 * @param bodyText    the body text after the front matter (see {@link #body()})
 * @param bodyLine    the 1-based line of the source file where {@code body} starts
 * @param slug        the editor's explicit slug, or null to derive one from the title
 */
public record Article(
        Path source,
        boolean page,
        ContentFormat format,
        String title,
        ZonedDateTime date,
        ZonedDateTime updated,
        List<String> authors,
        List<String> categories,
        List<String> tags,
        String summary,
        String slug,
        boolean draft,
        List<String> aliases,
        String image,
        String imageAlt,
        String imageCredit,
        String sourceCredit,
        List<Correction> corrections,
        @NotShown StoredText bodyText,
        int bodyLine) {

    public Article {
        authors = List.copyOf(authors);
        categories = List.copyOf(categories);
        tags = List.copyOf(tags);
        aliases = List.copyOf(aliases);
        corrections = List.copyOf(corrections);
    }

    public Article(Path source, boolean page, ContentFormat format, String title, ZonedDateTime date, ZonedDateTime updated,
                   List<String> authors, List<String> categories, List<String> tags, String summary, String slug,
                   boolean draft, List<String> aliases, String image, String imageAlt, String imageCredit,
                   String sourceCredit, List<Correction> corrections, String body, int bodyLine) {
        this(source, page, format, title, date, updated, authors, categories, tags, summary, slug, draft, aliases, image,
                imageAlt, imageCredit, sourceCredit, corrections, StoredText.of(body), bodyLine);
    }

    /** The same article with its body kept in {@code text}, which must hold the same text. */
    public Article withBodyText(StoredText text) {
        return new Article(source, page, format, title, date, updated, authors, categories, tags, summary, slug, draft, aliases,
                image, imageAlt, imageCredit, sourceCredit, corrections, text, bodyLine);
    }

    /** The body text after the front matter, read back from wherever the build keeps it. */
    public String body() {
        return bodyText.read();
    }
}
