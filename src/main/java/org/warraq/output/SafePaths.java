package org.warraq.output;

import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks that a path the build wants to write stays inside the output folder and is a name every
 * common file system accepts: no {@code ..}, no absolute paths or drive letters, no backslashes or
 * control characters, no Windows device names.
 */
public final class SafePaths {

    private static final Pattern WINDOWS_DEVICE = Pattern.compile("(?i)(con|prn|aux|nul|com[0-9]|lpt[0-9])(\\..*)?");

    /** The longest file name, in UTF-8 bytes, common file systems take; a UTF-16 unit is at most three of them. */
    private static final int MAX_NAME_BYTES = 255;

    private SafePaths() {
    }

    private static boolean asciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /** Why {@code path} is refused, or empty when it is safe. */
    public static Optional<String> problem(String path) {
        if (path.isEmpty()) {
            return Optional.of("empty path");
        }
        if (path.startsWith("/") || path.length() >= 2 && path.charAt(1) == ':' && asciiLetter(path.charAt(0))) {
            return Optional.of("absolute path");
        }
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c < 0x20 || c == 0x7f || c == '\\' || c == ':' || c == '*' || c == '?' || c == '"' || c == '<' || c == '>' || c == '|') {
                return Optional.of(String.format("character U+%04X is not allowed in a file name", (int) c));
            }
        }
        for (String segment : path.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                return Optional.of("path segment '" + segment + "' is not allowed");
            }
            if (segment.length() >= 3 && "cCpPaAnNlL".indexOf(segment.charAt(0)) >= 0 && WINDOWS_DEVICE.matcher(segment).matches()) {
                return Optional.of("'" + segment + "' is a reserved device name on Windows");
            }
            if (segment.endsWith(".") || segment.endsWith(" ")) {
                return Optional.of("'" + segment + "' ends with a dot or space");
            }
            if (segment.length() > MAX_NAME_BYTES / 3 && segment.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_NAME_BYTES) {
                return Optional.of("a file name is longer than 255 bytes");
            }
        }
        return Optional.empty();
    }

    /** Resolves {@code path} inside {@code root}, or throws if it is unsafe. */
    public static Path resolve(Path root, String path) {
        problem(path).ifPresent(p -> {
            throw new IllegalArgumentException("refusing to write '" + path + "': " + p);
        });
        Path resolved = root.resolve(path).normalize();
        if (!resolved.startsWith(root.normalize())) {
            throw new IllegalArgumentException("refusing to write '" + path + "': outside the output folder");
        }
        return resolved;
    }

}
