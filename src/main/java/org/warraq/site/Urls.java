package org.warraq.site;

import java.net.URI;
import java.util.Set;

/**
 * The site's URL scheme and the one place links are made. Site paths are folder paths relative to
 * the root without a leading slash ("" for home, "tag/اقتصاد/"); links between pages are relative,
 * so the site works at a domain root, under a sub-path and from disk. With portable links a folder
 * link ends in {@code index.html}, which a browser opening files from disk needs.
 */
public final class Urls {

    /** First path segments the generator owns; no article or page may take them. */
    public static final Set<String> RESERVED = Set.of("page", "category", "tag", "author", "archive", "search",
            "place", "analysis", "assets", "feed.xml", "sitemap.xml", "news-sitemap.xml", "robots.txt", "404.html", "index.html");

    private final String baseUrl;
    private final boolean portable;

    public Urls(String baseUrl, boolean portable) {
        this.baseUrl = baseUrl;
        this.portable = portable;
    }

    public String baseUrl() {
        return baseUrl;
    }

    /** The folder path of a paginated list's page n (1 is the list itself). */
    public static String paged(String listPath, int n) {
        return n <= 1 ? listPath : listPath + "page/" + n + "/";
    }

    /** The file a site path is written to: folders get an index.html. */
    public static String file(String sitePath) {
        return sitePath.isEmpty() || sitePath.endsWith("/") ? sitePath + "index.html" : sitePath;
    }

    /** "../" once per folder level of {@code fromPath}. */
    public static String root(String fromPath) {
        String file = file(fromPath);
        int depth = 0;
        for (int i = file.indexOf('/'); i >= 0; i = file.indexOf('/', i + 1)) {
            depth++;
        }
        return "../".repeat(depth);
    }

    /** A link from the page at {@code fromPath} to {@code toPath}. */
    public String link(String fromPath, String toPath) {
        return linkFromRoot(root(fromPath), toPath);
    }

    /** A link to {@code toPath} given the way back to the root ("../../", or an absolute prefix). */
    public String linkFromRoot(String root, String toPath) {
        String target = portable && (toPath.isEmpty() || toPath.endsWith("/")) ? toPath + "index.html" : toPath;
        String href = root + encodePath(target);
        return href.isEmpty() ? "./" : href;
    }

    /** The canonical absolute URL of a site path (always the pretty form). */
    public String absolute(String sitePath) {
        return baseUrl + asciiOnly(encodePath(sitePath));
    }

    /** Percent-encodes non-ASCII characters as UTF-8, as sitemaps and feeds expect. */
    static String asciiOnly(String path) {
        StringBuilder out = new StringBuilder(path.length());
        for (byte b : path.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            if (b >= 0) {
                out.append((char) b);
            } else {
                percent(out, b & 0xff);
            }
        }
        return out.toString();
    }

    /** The base URL's path ("/" or "/repo/"), for pages served at any depth such as 404.html. */
    public String basePath() {
        return URI.create(baseUrl).getRawPath().isEmpty() ? "/" : URI.create(baseUrl).getRawPath();
    }

    /** Percent-encodes what must be encoded in a path; Arabic letters are kept (IRIs). */
    static String encodePath(String path) {
        StringBuilder out = new StringBuilder(path.length());
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == ' ' || c == '"' || c == '<' || c == '>' || c == '\\' || c == '^' || c == '`' || c == '{'
                    || c == '|' || c == '}' || c == '%' || c == '?' || c == '#' || c < 0x20 || c == 0x7f) {
                percent(out, c);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private static void percent(StringBuilder out, int octet) {
        out.append('%').append(HEX[octet >> 4]).append(HEX[octet & 0xf]);
    }
}
