package org.warraq.build;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.warraq.analysis.ArticleContext;
import org.warraq.analysis.KeyTerm;
import org.warraq.analysis.SiteAnalysis;
import org.warraq.content.Article;
import org.warraq.content.BuildFailedException;
import org.warraq.content.ContentFormat;
import org.warraq.content.Diagnostic;
import org.warraq.content.Diagnostics;
import org.warraq.content.FrontMatter;
import org.warraq.content.SourceText;
import org.warraq.markdown.BodyLinks;
import org.warraq.output.SafePaths;
import org.warraq.site.AliasPaths;
import org.warraq.site.PlannedPage;
import org.warraq.site.SiteArticle;
import org.warraq.site.Tag;

/**
 * Checks made on the finished site, before anything is written: every planned file has a name
 * every file system accepts (attributed to the article whose slug, alias, tag, author or section
 * made it), site-root links and images in bodies and {@code image:} lead somewhere in the site,
 * and headlines are of a sane length and written in one digit system. Broken links and missing
 * images are warnings in a build, so a deadline build still publishes, and errors in
 * {@code warraq check}, which also lists the articles that have no tags, with topics suggested from
 * their text.
 */
final class SiteChecks {

    static final int MAX_TITLE_LENGTH = 110;
    static final int SUGGESTIONS = 5;
    private static final Pattern WEB_ADDRESS = Pattern.compile("(?i)^https?://.*");
    private static final Pattern SCHEME = Pattern.compile("(?i)^[a-z][a-z0-9+.-]*:.*");

    private final Path contentDir;
    private final Predicate<String> outputs;
    private final boolean strict;
    private final Diagnostic.Severity brokenSeverity;
    private final Diagnostics diagnostics;

    private final Function<Article, List<BodyLinks.Target>> links;
    private final Predicate<String> safe;

    private SiteChecks(Path contentDir, Predicate<String> files, boolean strict, Diagnostics diagnostics,
                       Function<Article, List<BodyLinks.Target>> links, Predicate<String> safe) {
        this.contentDir = contentDir;
        this.links = links;
        this.safe = safe;
        outputs = files;
        this.strict = strict;
        this.brokenSeverity = strict ? Diagnostic.Severity.ERROR : Diagnostic.Severity.WARNING;
        this.diagnostics = diagnostics;
    }

    /** What the checks of one article found, made by {@code check} or taken from an earlier build of the same site. */
    @FunctionalInterface
    interface Findings {
        List<Diagnostic> of(int index, Article article, Supplier<List<Diagnostic>> check);

        /** Every article checked afresh. */
        Findings FRESH = (index, article, check) -> check.get();
    }

    /**
     * @param links    the links and images of a Markdown article's body (a {@link BuildMemo} remembers them)
     * @param safe     whether a planned path is one every file system takes ({@link SafePaths}; a memo remembers those that are)
     * @param findings each article's findings (its links, lead image and headline), by its index among the articles and
     *                 then the pages; a memo hands back the last build's for an unchanged article of an unchanged site
     */
    static void run(Path contentDir, List<SiteArticle> articles, List<SiteArticle> pages, List<PlannedPage> planned,
                    Predicate<String> files, SiteAnalysis analysis, boolean strict, Diagnostics diagnostics,
                    Function<Article, List<BodyLinks.Target>> links, Predicate<String> safe, Findings findings) {
        SiteChecks checks = new SiteChecks(contentDir, files, strict, diagnostics, links, safe);
        List<SiteArticle> all = new ArrayList<>(articles);
        all.addAll(pages);
        checks.fileNames(all, planned);
        IntStream.range(0, all.size()).parallel()
                .mapToObj(i -> findings.of(i, all.get(i).article(), () -> checks.findings(all.get(i).article())))
                .toList()
                .forEach(found -> found.forEach(diagnostics::add));
        if (strict) {
            articles.stream().filter(a -> a.tags().isEmpty()).forEach(a -> checks.untagged(a, analysis.of(a.path())));
        }
    }

    /** The links, lead image and headline of one article checked, the problems found in order. */
    private List<Diagnostic> findings(Article article) {
        SiteChecks one = new SiteChecks(contentDir, outputs, strict, new Diagnostics(), links, safe);
        one.links(article);
        one.leadImage(article);
        one.title(article);
        return one.diagnostics.sorted();
    }

    private void untagged(SiteArticle a, ArticleContext context) {
        List<String> topics = context.keyTerms().stream().limit(SUGGESTIONS).map(KeyTerm::surface).toList();
        diagnostics.warning(a.article().source(), keyLine(a.article(), "title"), "article has no tags"
                + (topics.isEmpty() ? "; add 'tags:' so readers can follow its topic"
                : "; suggested from its text: " + String.join("، ", topics) + " (add the fitting ones as 'tags:')"));
    }

    private void fileNames(List<SiteArticle> all, List<PlannedPage> planned) {
        List<PlannedPage> unsafe = planned.stream().filter(p -> !safe.test(p.path())).toList();
        if (unsafe.isEmpty()) {
            return;
        }
        Map<String, Path> makers = new LinkedHashMap<>();
        for (SiteArticle a : all) {
            Path source = a.article().source();
            makers.putIfAbsent(a.path(), source);
            for (String alias : a.article().aliases()) {
                String path = AliasPaths.normalise(alias);
                if (path != null) {
                    makers.putIfAbsent(path, source);
                }
            }
            for (Tag tag : a.tags()) {
                makers.putIfAbsent("tag/" + tag.slug() + "/", source);
            }
            a.authors().forEach(author -> makers.putIfAbsent("author/" + author.key() + "/", source));
            if (a.category() != null) {
                makers.putIfAbsent("category/" + a.category().key() + "/", source);
            }
        }
        Set<String> reported = new HashSet<>();
        for (PlannedPage page : unsafe) {
            Optional<String> problem = SafePaths.problem(page.path());
            Map.Entry<String, Path> maker = null;
            for (Map.Entry<String, Path> entry : makers.entrySet()) {
                if (page.path().startsWith(entry.getKey()) && (maker == null || entry.getKey().length() > maker.getKey().length())) {
                    maker = entry;
                }
            }
            String address = maker == null ? page.path() : maker.getKey();
            if (reported.add(address)) {
                diagnostics.error(maker == null ? null : maker.getValue(), maker == null ? 0 : 1, "cannot publish /" + address
                        + ": " + problem.get() + "; change the slug, alias, tag, author or section that makes this address");
            }
        }
    }

    static List<BodyLinks.Target> bodyLinks(Article article) {
        return BodyLinks.of(article.body(), article.bodyLine());
    }

    private void links(Article article) {
        if (article.format() != ContentFormat.MARKDOWN) {
            return;
        }
        for (BodyLinks.Target target : links.apply(article)) {
            String url = target.url().strip();
            if (!url.startsWith("/") || url.startsWith("//")) {
                continue;
            }
            String path = decode(url.substring(1).replaceFirst("[?#].*$", ""));
            if (target.image()) {
                if (!outputs.test(path)) {
                    report(article, target.line(), target.column(), missingImage(url, path));
                }
            } else if (!outputs.test(path.isEmpty() || path.endsWith("/") ? path + "index.html" : path)) {
                if (outputs.test(path + "/index.html")) {
                    diagnostics.add(new Diagnostic(article.source(), target.line(), target.column(), Diagnostic.Severity.WARNING,
                            "link to " + url + ": write " + url.replaceFirst("^([^?#]*)", "$1/")
                                    + " (with the final slash) so it also works when the site is opened from disk"));
                } else {
                    report(article, target.line(), target.column(), "link to " + url
                            + " leads nowhere: no page or file of the site has that address (check the date and slug in it)");
                }
            }
        }
    }

    private void leadImage(Article article) {
        String image = article.image();
        if (image == null || WEB_ADDRESS.matcher(image).matches() || image.startsWith("//")) {
            return;
        }
        if (SCHEME.matcher(image).matches()) {
            report(article, keyLine(article, "image"), 0,
                    "image " + image + " is neither a file of the site (/images/x.svg) nor an http(s) address");
            return;
        }
        String path = decode(image.replaceFirst("^/+", "").replaceFirst("[?#].*$", ""));
        if (!outputs.test(path)) {
            report(article, keyLine(article, "image"), 0, missingImage(image, path));
        }
    }

    private void title(Article article) {
        String title = article.title();
        int length = title.codePointCount(0, title.length());
        if (length > MAX_TITLE_LENGTH) {
            diagnostics.warning(article.source(), keyLine(article, "title"), "title is " + length + " characters long; keep"
                    + " headlines to " + MAX_TITLE_LENGTH + " characters or fewer so they fit in lists, feeds and search results");
        }
        boolean western = false;
        boolean arabicIndic = false;
        boolean persian = false;
        for (int i = 0; i < title.length(); i++) {
            char c = title.charAt(i);
            western |= c >= '0' && c <= '9';
            arabicIndic |= c >= '\u0660' && c <= '\u0669';
            persian |= c >= '\u06F0' && c <= '\u06F9';
        }
        List<String> systems = new ArrayList<>();
        if (arabicIndic) {
            systems.add("٠-٩");
        }
        if (persian) {
            systems.add("۰-۹");
        }
        if (western) {
            systems.add("0-9");
        }
        if (systems.size() > 1) {
            diagnostics.warning(article.source(), keyLine(article, "title"), "title mixes the digits " + String.join(" and ", systems)
                    + "; write every number of a headline in one system");
        }
    }

    private String missingImage(String url, String path) {
        Path shown = contentDir.getFileName() == null ? Path.of("content") : contentDir.getFileName();
        return "image " + url + " not found: put the file at " + shown.resolve(path) + " or correct the path";
    }

    private void report(Article article, int line, int column, String message) {
        diagnostics.add(new Diagnostic(article.source(), line, column, brokenSeverity, message));
    }

    /** The line of a front matter key, read again from the file (only when there is something to report). */
    private int keyLine(Article article, String key) {
        Path shown = article.source();
        if (shown.getNameCount() < 2) {
            return 1;
        }
        Path file = contentDir.resolve(shown.subpath(1, shown.getNameCount()).toString());
        try {
            var value = FrontMatter.split(SourceText.read(file, shown), shown).fields().get(key);
            return value == null ? 1 : value.line();
        } catch (BuildFailedException e) {
            return 1;
        }
    }

    /** Percent-decodes a path written in a link ({@code %D8%A7} or Arabic letters as typed give the same path). */
    static String decode(String path) {
        if (path.indexOf('%') < 0) {
            return path;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(path.length());
        for (int i = 0; i < path.length(); ) {
            int c = path.codePointAt(i);
            if (c == '%' && i + 2 < path.length() && isHex(path.charAt(i + 1)) && isHex(path.charAt(i + 2))) {
                bytes.write(Integer.parseInt(path.substring(i + 1, i + 3), 16));
                i += 3;
            } else {
                bytes.writeBytes(Character.toString(c).getBytes(StandardCharsets.UTF_8));
                i += Character.charCount(c);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0;
    }
}
