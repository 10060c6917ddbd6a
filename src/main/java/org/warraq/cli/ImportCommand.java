package org.warraq.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.warraq.content.Article;
import org.warraq.content.ArticleLoader;
import org.warraq.content.BuildFailedException;
import org.warraq.content.Diagnostics;
import org.warraq.content.FileDates;
import org.warraq.content.FrontMatter;
import org.warraq.content.FrontMatterWriter;
import org.warraq.content.PlainTextDocument;
import org.warraq.content.SiteConfig;
import org.warraq.content.SiteConfigLoader;
import org.warraq.content.SourceText;
import org.warraq.content.YamlValue;
import org.warraq.markdown.DeskMarkdown;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code warraq import}: turns desk {@code .txt} articles into Markdown with front matter. The
 * title, date and lead are inferred by the build's own loader, exactly as a build of the
 * {@code .txt} would; the text is kept as it is, only escaped where Markdown would read markup.
 * What was inferred is reported so the editor can correct it.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        header = "Convert desk .txt articles into Markdown.",
        description = "Convert plain-text desk articles (FILE.txt) into Markdown files with front matter. Reports what "
                + "it inferred (title, date, lead, subheadings) so you can correct it. Never overwrites a file.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every file was converted", "1:a file could not be read, has errors, or its .md exists already",
                "2:wrong command-line usage"})
public final class ImportCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "FILE.txt", arity = "1..*", description = "Desk articles to convert.")
    List<Path> files;

    @Option(names = "--out", paramLabel = "DIR", description = "Folder for the .md files (default: next to each .txt).")
    Path outDir;

    @Option(names = "--content", paramLabel = "DIR", description = "Content folder whose site.yaml gives the timezone (default: ${DEFAULT-VALUE}).")
    Path content = Path.of("content");

    @Option(names = "--verbose", description = "Show stack traces for internal errors.")
    boolean verbose;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Diagnostics settings = new Diagnostics();
        SiteConfig config = SiteConfigLoader.load(content.resolve("site.yaml"), content.resolve("site.yaml"), settings);
        settings.sorted().forEach(err::println);
        if (settings.hasErrors()) {
            return 1;
        }
        int failed = 0;
        for (Path file : files) {
            try {
                if (!convert(file, config, out, err)) {
                    failed++;
                }
            } catch (IOException | RuntimeException e) {
                err.println("warraq: " + file + ": " + e.getMessage());
                if (verbose) {
                    e.printStackTrace(err);
                }
                failed++;
            }
        }
        if (failed > 0) {
            err.println("warraq import: " + failed + " of " + files.size() + " file(s) not converted");
        }
        return failed == 0 ? 0 : 1;
    }

    private boolean convert(Path file, SiteConfig config, PrintWriter out, PrintWriter err) throws IOException {
        if (!file.getFileName().toString().endsWith(".txt")) {
            err.println(file + ": error: not a desk article; give a .txt file");
            return false;
        }
        Path target = (outDir == null ? file.toAbsolutePath().getParent() : outDir)
                .resolve(file.getFileName().toString().replaceFirst("\\.txt$", ".md"));
        Path shownTarget = outDir == null ? file.resolveSibling(target.getFileName()) : outDir.resolve(target.getFileName());
        if (Files.exists(target)) {
            err.println(shownTarget + ": error: already exists; move it away or choose another --out folder");
            return false;
        }
        Diagnostics diagnostics = new Diagnostics();
        FileDates dates = FileDates.fromGit(file.toAbsolutePath().getParent());
        Optional<Article> loaded = new ArticleLoader(config, dates).load(file, file, false, diagnostics);
        diagnostics.sorted().stream().filter(d -> !d.message().startsWith("no date in the front matter"))
                .forEach(err::println);
        if (loaded.isEmpty()) {
            return false;
        }
        Article article = loaded.get();
        String text;
        FrontMatter frontMatter;
        try {
            text = SourceText.read(file, file);
            frontMatter = FrontMatter.split(text, file);
        } catch (BuildFailedException e) {
            e.diagnostics().forEach(err::println);
            return false;
        }
        Map<String, YamlValue> fields = frontMatter.fields();
        PlainTextDocument document = PlainTextDocument.parse(frontMatter.body(), frontMatter.bodyLine());
        DeskMarkdown.Converted body = DeskMarkdown.convert(document);

        List<String> empty = Stream.of("title", "date", "summary").filter(k -> fields.containsKey(k) && !given(fields, k)).toList();
        FrontMatterWriter yaml = new FrontMatterWriter().verbatim(yamlLines(text, frontMatter.bodyLine(), empty));
        String titleFrom = "front matter";
        if (!given(fields, "title")) {
            yaml.text("title", article.title());
            titleFrom = document.title().isPresent() ? "its first line '# …'" : "the lead's first sentence";
        }
        String dateFrom = "front matter";
        String dateText = article.date().toLocalDate().toString();
        if (!given(fields, "date")) {
            if (ArticleLoader.DATE_IN_NAME.matcher(file.getFileName().toString()).find()) {
                dateFrom = "the file name";
            } else {
                dateText = article.date().truncatedTo(ChronoUnit.SECONDS).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
                dateFrom = dates.firstCommit(file).isPresent() ? "the file's first git commit"
                        : "the file's modification time: check it";
            }
            yaml.plain("date", dateText);
        }
        boolean leadIsSummary = !given(fields, "summary") && !given(fields, "description") && document.lead().isPresent();
        if (leadIsSummary) {
            yaml.text("summary", document.lead().get());
        }
        try {
            Files.createDirectories(target.getParent());
            Files.writeString(target, yaml.end() + (body.markdown().isEmpty() ? "" : "\n" + body.markdown()),
                    StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException e) {
            err.println(shownTarget + ": error: already exists; move it away or choose another --out folder");
            return false;
        }

        out.println(file + " -> " + shownTarget);
        out.println("  title: " + article.title() + " (from " + titleFrom + ")");
        out.println("  date: " + dateText + " (from " + dateFrom + ")");
        document.blocks().stream().findFirst().ifPresent(lead -> out.println("  lead: line " + lead.line()
                + (leadIsSummary ? ", also written as the summary" : "")));
        for (PlainTextDocument.Block block : document.blocks()) {
            if (block.heading()) {
                out.println("  subheading: line " + block.line() + ": " + block.text());
            }
        }
        if (body.escaped() > 0) {
            out.println("  escaped: " + body.escaped() + " character(s) that Markdown would read as markup, so they stay literal");
        }
        if (outDir == null || target.getParent().equals(file.toAbsolutePath().getParent())) {
            out.println("  next: check " + shownTarget + ", then delete " + file
                    + " (with both in content/, the article would be published twice)");
        }
        return true;
    }

    /** Whether the editor gave {@code key} a value (an empty {@code title:} is no title). */
    private static boolean given(Map<String, YamlValue> fields, String key) {
        YamlValue value = fields.get(key);
        return value != null && !value.isNull() && !(value.isScalar() && value.text().isBlank());
    }

    /**
     * The front matter lines between the two '---' exactly as written, or "" when there is none; the
     * lines of {@code empty} keys are left out, as they are written again with the inferred value.
     */
    private static String yamlLines(String text, int bodyLine, List<String> empty) {
        if (bodyLine == 1) {
            return "";
        }
        String[] lines = text.split("\n", -1);
        StringBuilder out = new StringBuilder();
        for (int i = 1; i < bodyLine - 2; i++) {
            String line = lines[i];
            if (empty.stream().noneMatch(key -> line.matches(key + ":\\s*(~|null|\"\"|'')?\\s*"))) {
                out.append(line).append('\n');
            }
        }
        return out.toString();
    }
}
