package org.warraq.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A Hugo site over the same generated articles, for the build benchmark's side-by-side figures: the pages
 * a news site needs, as Warraq builds them (article with its tags, byline and five related articles; home,
 * section, tag and author lists paginated by 10 with summaries; term indexes; RSS for home, sections and
 * terms; sitemap), in plain Hugo templates with no theme. Hugo reads the corpus's front matter as it is.
 */
final class HugoSite {

    private HugoSite() {
    }

    /**
     * Writes the site's configuration and layouts into {@code dir}, reading articles from {@code content};
     * without {@code related}, article pages leave out their five related articles (Hugo's related-content
     * lookup is most of its time on large sites).
     */
    static Path write(Path dir, Path content, boolean related) throws IOException {
        Files.createDirectories(dir.resolve("layouts/_default"));
        Files.writeString(dir.resolve("hugo.toml"), """
                baseURL = "https://example.org/"
                languageCode = "ar"
                defaultContentLanguage = "ar"
                title = "مرصد الأخبار"
                contentDir = "%s"
                timeZone = "Africa/Cairo"
                paginate = 10
                enableRobotsTXT = true
                disableHugoGeneratorInject = true

                [taxonomies]
                  tag = "tags"
                  category = "category"
                  author = "author"

                [outputs]
                  home = ["HTML", "RSS"]
                  section = ["HTML", "RSS"]
                  taxonomy = ["HTML"]
                  term = ["HTML", "RSS"]

                [related]
                  includeNewer = true
                  threshold = 20
                  toLower = false
                  [[related.indices]]
                    name = "tags"
                    weight = 100
                  [[related.indices]]
                    name = "category"
                    weight = 20
                """.formatted(content.toAbsolutePath().toString().replace("\\", "/")));
        Files.writeString(dir.resolve("layouts/_default/baseof.html"), """
                <!DOCTYPE html>
                <html lang="ar" dir="rtl">
                <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                <title>{{ .Title }} · {{ .Site.Title }}</title>
                {{ with .OutputFormats.Get "rss" }}<link rel="alternate" type="application/rss+xml" href="{{ .RelPermalink }}">{{ end }}
                </head>
                <body><header><a href="{{ "/" | relURL }}">{{ .Site.Title }}</a>
                <nav>{{ range .Site.Taxonomies.category }}<a href="{{ .Page.RelPermalink }}">{{ .Page.Title }}</a> {{ end }}</nav></header>
                <main>{{ block "main" . }}{{ end }}</main></body></html>
                """);
        Files.writeString(dir.resolve("layouts/_default/single.html"), """
                {{ define "main" }}<article><h1>{{ .Title }}</h1>
                <p><time datetime="{{ .Date.Format "2006-01-02T15:04:05-07:00" }}">{{ .Date.Format "2 January 2006" }}</time>
                {{ range .GetTerms "author" }} · <a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a>{{ end }}
                {{ range .GetTerms "category" }} · <a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a>{{ end }}</p>
                <p>{{ .Params.summary }}</p>
                {{ .Content }}
                <ul>{{ range .GetTerms "tags" }}<li><a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a></li>{{ end }}</ul>
                %s
                {{ with .PrevInSection }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}
                {{ with .NextInSection }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}
                </article>{{ end }}
                """.formatted(related ? "{{ with .Site.RegularPages.Related . | first 5 }}<h2>ذات صلة</h2><ul>{{ range . }}<li><a href=\"{{ .RelPermalink }}\">"
                + "{{ .Title }}</a></li>{{ end }}</ul>{{ end }}" : ""));
        Files.writeString(dir.resolve("layouts/_default/list.html"), """
                {{ define "main" }}<h1>{{ .Title }}</h1>
                {{ $pages := .Pages }}{{ if .IsHome }}{{ $pages = .Site.RegularPages }}{{ end }}
                {{ $pager := .Paginate $pages }}
                {{ range $pager.Pages }}<article><h2><a href="{{ .RelPermalink }}">{{ .Title }}</a></h2>
                <time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date.Format "2 January 2006" }}</time><p>{{ .Params.summary }}</p></article>{{ end }}
                {{ template "_internal/pagination.html" . }}{{ end }}
                """);
        Files.writeString(dir.resolve("layouts/_default/terms.html"), """
                {{ define "main" }}<h1>{{ .Title }}</h1><ul>{{ range .Data.Terms.ByCount }}<li><a href="{{ .Page.RelPermalink }}">{{ .Page.Title }}</a> {{ .Count }}</li>{{ end }}</ul>{{ end }}
                """);
        return dir;
    }
}
