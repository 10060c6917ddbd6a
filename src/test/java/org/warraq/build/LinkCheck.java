package org.warraq.build;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** Resolves a link found in a built page to a file of the output folder, as a browser opening it from disk would. */
public final class LinkCheck {

    /** Reads a built page, for its ids; a caller that checks many links can keep the pages it has read. */
    @FunctionalInterface
    public interface Pages {
        Document read(Path file) throws IOException;
    }

    private LinkCheck() {
    }

    static Optional<String> problem(Path out, Path from, String url) {
        return problem(out, from, url, file -> Jsoup.parse(file.toFile(), "UTF-8"));
    }

    /** What is wrong with {@code url} on page {@code from} of the site in {@code out}: no file, or no element for its fragment. */
    public static Optional<String> problem(Path out, Path from, String url, Pages pages) {
        String fragment = url.contains("#") ? url.substring(url.indexOf('#') + 1) : "";
        String path = URLDecoder.decode(url.replaceAll("[#?].*$", "").replace("+", "%2B"), StandardCharsets.UTF_8);
        Path target = path.isEmpty() ? from
                : path.startsWith("/") ? out.resolve(path.substring(1)) : from.getParent().resolve(path);
        target = target.normalize();
        if (!target.startsWith(out)) {
            return Optional.of("leaves the site");
        }
        if (Files.isDirectory(target)) {
            target = target.resolve("index.html");
        }
        if (!Files.isRegularFile(target)) {
            return Optional.of("no such file " + out.relativize(target));
        }
        if (!fragment.isEmpty() && target.toString().endsWith(".html")) {
            String id = URLDecoder.decode(fragment, StandardCharsets.UTF_8);
            try {
                if (pages.read(target).getElementById(id) == null) {
                    return Optional.of("no element with id \"" + id + "\" in " + out.relativize(target));
                }
            } catch (IOException e) {
                return Optional.of(e.getMessage());
            }
        }
        return Optional.empty();
    }
}
