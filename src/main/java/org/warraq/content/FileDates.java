package org.warraq.content;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Fallback dates for articles without one: the file's first commit when the content folder is in
 * git (stable across clones), else its modification time. Git is asked once for the whole folder.
 */
public final class FileDates {

    private final Map<Path, Instant> firstCommits;

    private FileDates(Map<Path, Instant> firstCommits) {
        this.firstCommits = firstCommits;
    }

    public static FileDates none() {
        return new FileDates(Map.of());
    }

    /** Reads first-commit dates for every file under {@code contentDir}; no git, no dates. */
    public static FileDates fromGit(Path contentDir) {
        Map<Path, Instant> dates = new HashMap<>();
        try {
            Path top = Path.of(run(contentDir, "git", "rev-parse", "--show-toplevel").strip());
            String log = run(contentDir, "git", "-c", "core.quotePath=false", "log", "--reverse", "--diff-filter=A",
                    "--format=%x01%aI", "--name-only", "--no-renames", "--", ".");
            Instant current = null;
            for (String line : log.split("\n")) {
                if (line.startsWith("\u0001")) {
                    current = OffsetDateTime.parse(line.substring(1).strip()).toInstant();
                } else if (!line.isBlank() && current != null) {
                    dates.putIfAbsent(top.resolve(line.strip()).toAbsolutePath().normalize(), current);
                }
            }
        } catch (IOException | DateTimeParseException | InterruptedException e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            return none();
        }
        return new FileDates(dates);
    }

    /** The commit checked out where {@code contentDir} is, or null outside Git: first-commit dates change only with it. */
    public static String head(Path contentDir) {
        try {
            return run(contentDir, "git", "rev-parse", "HEAD").strip();
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    public Optional<Instant> firstCommit(Path file) {
        return Optional.ofNullable(firstCommits.get(file.toAbsolutePath().normalize()));
    }

    public Optional<Instant> modified(Path file) {
        try {
            return Optional.of(Files.getLastModifiedTime(file).toInstant());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static String run(Path dir, String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(false).start();
        process.getOutputStream().close();
        process.getErrorStream().close();
        String out;
        try (InputStream in = process.getInputStream()) {
            out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IOException("git failed");
        }
        return out;
    }
}
