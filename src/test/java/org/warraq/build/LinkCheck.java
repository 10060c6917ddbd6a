package org.warraq.build;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.jsoup.Jsoup;

/** Resolves a link found in a built page to a file of the output folder, as a browser opening it from disk would. */
final class LinkCheck {

    private LinkCheck() {
    }

    static Optional<String> problem(Path out, Path from, String url) {
        String fragment = url.contains("#") ? url.substring(url.indexOf('#') + 1) : "";
        String path = url.replaceAll("[#?].*$", "");
        path = URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
        Path target;
        if (path.isEmpty()) {
            target = from;
        } else if (path.startsWith("/")) {
            target = out.resolve(path.substring(1));
        } else {
            target = from.getParent().resolve(path);
        }
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
            try {
                String id = URLDecoder.decode(fragment, StandardCharsets.UTF_8);
                if (Jsoup.parse(target.toFile(), "UTF-8").getElementById(id) == null) {
                    return Optional.of("no element with id " + id);
                }
            } catch (IOException e) {
                return Optional.of(e.getMessage());
            }
        }
        return Optional.empty();
    }
}
