package org.warraq.content;

import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns one source file ({@code .md} or desk {@code .txt}) into an {@link Article}: front matter
 * read and validated, title and date derived where the editor left them out.
 */
public final class ArticleLoader {

    /** Front matter keys, compatible with Hugo and Jekyll so sites can migrate. */
    public static final Set<String> KNOWN_KEYS = Set.of("title", "date", "updated", "lastmod", "author", "authors",
            "category", "categories", "tags", "summary", "description", "slug", "draft", "aliases", "image",
            "image_alt", "image_credit", "source", "corrections");

    /** A file name that starts with the article's date: {@code 2025-01-22-ports.txt}. */
    public static final Pattern DATE_IN_NAME = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})[-_]");
    private static final Pattern MARKDOWN_TITLE = Pattern.compile("\\A\\s*#[ \\t]+(.+?)(?:[ \\t]+#+)?\\s*(\\n|\\z)");

    private final SiteConfig config;
    private final FileDates fileDates;
    private final Function<String, StoredText> keep;

    public ArticleLoader(SiteConfig config, FileDates fileDates) {
        this(config, fileDates, StoredText::of);
    }

    /** @param keep where each body is kept until the build renders it (the heap, or the build's spool) */
    public ArticleLoader(SiteConfig config, FileDates fileDates, Function<String, StoredText> keep) {
        this.config = config;
        this.fileDates = fileDates;
        this.keep = keep;
    }

    /**
     * @param file  the file on disk
     * @param shown the path shown in messages (relative to the content folder's parent)
     * @return the article, or empty when errors were reported to {@code diagnostics}
     */
    public Optional<Article> load(Path file, Path shown, boolean page, Diagnostics diagnostics) {
        String text;
        FrontMatter frontMatter;
        try {
            text = SourceText.read(file, shown);
            if (text.isBlank()) {
                diagnostics.error(shown, 1, "file is empty; write an article or delete the file");
                return Optional.empty();
            }
            frontMatter = FrontMatter.split(text, shown);
        } catch (BuildFailedException e) {
            e.diagnostics().forEach(diagnostics::add);
            return Optional.empty();
        }
        boolean plainText = file.getFileName().toString().endsWith(".txt");
        Diagnostics local = new Diagnostics();
        Fields fields = new Fields(frontMatter.fields(), shown, local);
        fields.warnUnknown("front matter key", KNOWN_KEYS);

        String body = frontMatter.body();
        int bodyLine = frontMatter.bodyLine();
        Optional<String> title = fields.string("title");
        Optional<String> summary = fields.string("summary", "description");
        if (plainText) {
            PlainTextDocument doc = PlainTextDocument.parse(body, bodyLine);
            if (title.isEmpty()) {
                title = doc.title().or(doc::derivedTitle);
            }
            if (summary.isEmpty()) {
                summary = doc.lead();
            }
        } else if (title.isEmpty()) {
            Matcher heading = MARKDOWN_TITLE.matcher(body);
            if (heading.find()) {
                title = Optional.of(heading.group(1));
                int consumed = heading.end();
                bodyLine += (int) body.substring(0, consumed).chars().filter(c -> c == '\n').count();
                body = body.substring(consumed);
            }
        }
        if (title.isEmpty()) {
            local.error(shown, 1, "no title: add 'title:' to the front matter or a first line '# …'");
        }
        if (body.isBlank() && !page) {
            local.warning(shown, bodyLine, "the article has no body text");
        }

        Optional<ZonedDateTime> date = fields.date(config.timezone(), "date");
        if (date.isEmpty() && fields.raw("date").isEmpty()) {
            date = dateFromName(file).or(() -> fileDates.firstCommit(file).map(i -> i.atZone(config.timezone())));
            if (date.isEmpty()) {
                date = fileDates.modified(file).map(i -> i.atZone(config.timezone()));
                if (!page) {
                    local.warning(shown, 1, "no date in the front matter, the file name or git history;"
                            + " using the file's modification time (add 'date:' for a stable date)");
                }
            }
        }
        Optional<ZonedDateTime> updated = fields.date(config.timezone(), "updated", "lastmod");
        String slug = fields.string("slug").orElse(null);
        List<String> authors = fields.strings("authors", "author");
        List<String> categories = fields.strings("categories", "category");
        List<String> tags = fields.strings("tags");
        boolean draft = fields.bool("draft", false);
        List<String> aliases = fields.strings("aliases");
        var corrections = fields.corrections("corrections");
        Optional<String> image = fields.string("image");
        Optional<String> imageAlt = fields.string("image_alt");
        if (image.isPresent() && imageAlt.isEmpty()) {
            local.warning(shown, fields.line("image"), "'image' has no 'image_alt'; describe the picture for readers who cannot see it");
        }

        local.sorted().forEach(diagnostics::add);
        if (local.hasErrors() || date.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Article(shown, page, plainText ? ContentFormat.PLAIN_TEXT : ContentFormat.MARKDOWN,
                title.get(), date.get(), updated.orElse(null), authors, categories, tags, summary.orElse(""), slug,
                draft, aliases, image.orElse(null), imageAlt.orElse(""), fields.string("image_credit").orElse(""),
                fields.string("source").orElse(""), corrections, keep.apply(body), bodyLine));
    }

    private Optional<ZonedDateTime> dateFromName(Path file) {
        Matcher m = DATE_IN_NAME.matcher(file.getFileName().toString());
        return m.find() ? DateParser.parse(m.group(1), config.timezone()) : Optional.empty();
    }
}
