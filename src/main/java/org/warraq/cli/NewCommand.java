package org.warraq.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.warraq.arabic.Slugs;
import org.warraq.content.Author;
import org.warraq.content.Category;
import org.warraq.content.Diagnostics;
import org.warraq.content.FrontMatterWriter;
import org.warraq.content.SiteConfig;
import org.warraq.content.SiteConfigLoader;
import org.warraq.output.SafePaths;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code warraq new}: starts an article with its front matter filled in, dated now in the site's
 * timezone. The clock is injected so tests (and anything else) can fix it.
 */
@Command(name = "new", mixinStandardHelpOptions = true,
        header = "Start an article: front matter filled in, dated now.",
        description = "Create content/[CATEGORY/]SLUG.md with front matter filled in: the title, the date and "
                + "time now in the site's timezone, the author (--author, else the first author in site.yaml), the "
                + "section and tags, and 'draft: true' (remove it to publish). Never overwrites a file.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the article was created", "1:it exists already, or site.yaml has errors", "2:wrong command-line usage"})
public final class NewCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "TITLE", description = "The headline, e.g. \"البنك المركزي يثبت الفائدة\".")
    String title;

    @Option(names = "--category", paramLabel = "KEY", description = "Section key or name from site.yaml; also the sub-folder.")
    String category;

    @Option(names = "--tags", paramLabel = "TAG", split = "[,،]", description = "Tags, separated by commas (, or ،).")
    List<String> tags = new ArrayList<>();

    @Option(names = "--author", paramLabel = "KEY", description = "Author key or name (default: the first author in site.yaml).")
    String author;

    @Option(names = "--slug", paramLabel = "SLUG", description = "The address slug (default: made from the title).")
    String slug;

    @Option(names = "--content", paramLabel = "DIR", description = "Content folder (default: ${DEFAULT-VALUE}).")
    Path content = Path.of("content");

    @Option(names = "--verbose", description = "Show stack traces for internal errors.")
    boolean verbose;

    private final Clock clock;

    public NewCommand() {
        this(Clock.systemUTC());
    }

    public NewCommand(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Diagnostics diagnostics = new Diagnostics();
        Path siteYaml = content.resolve("site.yaml");
        SiteConfig config = SiteConfigLoader.load(siteYaml, siteYaml, diagnostics);
        diagnostics.sorted().forEach(err::println);
        if (diagnostics.hasErrors()) {
            err.println("warraq: fix " + siteYaml + " first");
            return 1;
        }
        String headline = title.strip();
        String fileSlug = Slugs.slugify(slug != null ? slug : headline, config.text().slugStyle());
        if (headline.isEmpty() || fileSlug.isEmpty()) {
            err.println("warraq: cannot make a file name from '" + (slug != null ? slug : headline)
                    + "'; give a title with letters or digits, or --slug");
            return 1;
        }
        Optional<String> section = Optional.ofNullable(category).map(String::strip).filter(c -> !c.isEmpty())
                .map(c -> config.category(c).map(Category::key).orElseGet(() -> {
                    err.println("warning: category '" + c + "' is not declared in " + siteYaml + "; its page will be made from the name");
                    return c;
                }));
        Optional<String> byline = Optional.ofNullable(author).map(String::strip).filter(a -> !a.isEmpty())
                .map(a -> config.author(a).map(Author::key).orElseGet(() -> {
                    err.println("warning: author '" + a + "' is not declared in " + siteYaml + "; their page will be made from the name");
                    return a;
                }))
                .or(() -> config.authors().stream().findFirst().map(Author::key));

        Optional<String> folder = section.map(c -> Slugs.slugify(c, config.text().slugStyle()));
        if (folder.filter(f -> f.equals("pages")).isPresent()) {
            err.println("warraq: content/pages/ holds static pages; choose another --category");
            return 1;
        }
        String relative = folder.map(f -> f + "/").orElse("") + fileSlug + ".md";
        Optional<String> unsafe = SafePaths.problem(relative);
        if (unsafe.isPresent()) {
            err.println("warraq: cannot create " + relative + ": " + unsafe.get() + "; give another --slug");
            return 1;
        }
        ZonedDateTime now = ZonedDateTime.now(clock.withZone(config.timezone())).truncatedTo(ChronoUnit.SECONDS);
        FrontMatterWriter yaml = new FrontMatterWriter().text("title", headline)
                .plain("date", now.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        byline.ifPresent(a -> yaml.text("author", a));
        section.ifPresent(c -> yaml.text("category", c));
        List<String> cleanTags = tags.stream().map(String::strip).filter(t -> !t.isEmpty()).distinct().toList();
        if (!cleanTags.isEmpty()) {
            yaml.list("tags", cleanTags);
        }
        if (slug != null) {
            yaml.text("slug", fileSlug);
        }
        yaml.text("summary", "").plain("draft", "true");

        Path file = content.resolve(relative);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, yaml.end() + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException e) {
            err.println("warraq: " + file + " already exists; choose another title or give --slug");
            return 1;
        } catch (IOException e) {
            err.println("warraq: cannot create " + file + ": " + e);
            if (verbose) {
                e.printStackTrace(err);
            }
            return 1;
        }
        out.println("Created " + file + " (a draft: 'warraq serve' shows it; remove 'draft: true' to publish)");
        return 0;
    }
}
