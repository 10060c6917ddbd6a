package org.warraq.markdown;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which link targets may appear in a body, and how site-root paths ({@code /images/x.svg}) are
 * rewritten for the page they appear on. Schemes are allow-listed: http, https, mailto, and
 * scheme-less relative links; {@code javascript:} and {@code data:} in any letter case are dropped.
 */
public final class LinkPolicy {

    private static final Pattern SCHEME = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*):");
    private static final Pattern IGNORED = Pattern.compile("[\\x00-\\x20\\x7f\\u200b-\\u200f\\u2028-\\u202e\\u2060-\\u206f\\ufeff]");

    private LinkPolicy() {
    }

    public static boolean allowed(String url) {
        String compact = IGNORED.matcher(url).replaceAll("");
        var m = SCHEME.matcher(compact);
        if (!m.find()) {
            return true;
        }
        String scheme = m.group(1).toLowerCase(Locale.ROOT);
        return scheme.equals("http") || scheme.equals("https") || scheme.equals("mailto");
    }

    /**
     * Rewrites a site-root path for a page.
     *
     * @param root        the page's way back to the site root: "../../" on a page, a base URL in a feed
     * @param folderIndex what a link to a folder gets appended: {@code index.html} with portable links (so they
     *                    open from disk), or nothing
     */
    static Optional<String> resolveRootPath(String url, String root, String folderIndex) {
        if (!url.startsWith("/") || url.startsWith("//")) {
            return Optional.empty();
        }
        String path = url.substring(1);
        if (!folderIndex.isEmpty()) {
            int cut = indexOfQueryOrFragment(path);
            String head = path.substring(0, cut);
            if (head.isEmpty() || head.endsWith("/")) {
                path = head + folderIndex + path.substring(cut);
            }
        }
        return Optional.of(root + path);
    }

    private static int indexOfQueryOrFragment(String path) {
        int q = path.indexOf('?');
        int h = path.indexOf('#');
        if (q < 0) {
            return h < 0 ? path.length() : h;
        }
        return h < 0 ? q : Math.min(q, h);
    }
}
