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
        // Each segment looked at where it lies: made into strings, 136,000 paths' segments were a rebuild's garbage.
        for (int from = 0; from <= path.length(); ) {
            int to = path.indexOf('/', from);
            to = to < 0 ? path.length() : to;
            Optional<String> refused = segmentProblem(path, from, to);
            if (refused.isPresent()) {
                return refused;
            }
            from = to + 1;
        }
        return Optional.empty();
    }

    private static Optional<String> segmentProblem(String path, int from, int to) {
        int length = to - from;
        if (length == 0 || length <= 2 && path.charAt(from) == '.' && path.charAt(to - 1) == '.') {
            return Optional.of("path segment '" + path.substring(from, to) + "' is not allowed");
        }
        if (length >= 3 && "cCpPaAnNlL".indexOf(path.charAt(from)) >= 0
                && WINDOWS_DEVICE.matcher(path.substring(from, to)).matches()) {
            return Optional.of("'" + path.substring(from, to) + "' is a reserved device name on Windows");
        }
        char last = path.charAt(to - 1);
        if (last == '.' || last == ' ') {
            return Optional.of("'" + path.substring(from, to) + "' ends with a dot or space");
        }
        if (length > MAX_NAME_BYTES / 3
                && path.substring(from, to).getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_NAME_BYTES) {
            return Optional.of("a file name is longer than 255 bytes");
        }
        return Optional.empty();
    }

    /** Resolves {@code path} inside {@code root}, or throws if it is unsafe. */
    public static Path resolve(Path root, String path) {
        problem(path).ifPresent(p -> {
            throw new IllegalArgumentException("refusing to write '" + path + "': " + p);
        });
        // A safe path has no empty, '.' or '..' segment and is not absolute, so under a normal root it is normal as it
        // is: normalising each of 136,000 paths again was most of this method's time.
        Path base = root.normalize();
        Path resolved = base.resolve(path);
        if (!resolved.startsWith(base)) {
            throw new IllegalArgumentException("refusing to write '" + path + "': outside the output folder");
        }
        return resolved;
    }

}
