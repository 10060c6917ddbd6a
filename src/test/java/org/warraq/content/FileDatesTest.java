package org.warraq.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileDatesTest {

    @TempDir
    Path dir;

    @Test
    void noneKnowsNoCommits() throws IOException {
        Path file = Files.writeString(dir.resolve("a.md"), "نص");
        assertEquals(Optional.empty(), FileDates.none().firstCommit(file));
    }

    @Test
    void modifiedIsTheFileTime() throws IOException {
        Path file = Files.writeString(dir.resolve("خبر.md"), "نص");
        Instant when = Instant.parse("2022-02-22T22:22:22Z");
        Files.setLastModifiedTime(file, FileTime.from(when));
        assertEquals(Optional.of(when), FileDates.none().modified(file));
        assertEquals(Optional.empty(), FileDates.none().modified(dir.resolve("missing.md")));
    }

    @Test
    void aFolderOutsideGitHasNoCommitDates() throws IOException {
        Path file = Files.writeString(dir.resolve("a.md"), "نص");
        assertEquals(Optional.empty(), FileDates.fromGit(dir).firstCommit(file));
    }

    @Test
    void firstCommitDatesComeFromGitEvenForArabicNames() throws Exception {
        assumeTrue(git(dir, Map.of(), "init", "-q") == 0, "git is not available");
        Path content = Files.createDirectories(dir.resolve("content/2024"));
        Path arabic = Files.writeString(content.resolve("الموازنة.md"), "أول");
        Path latin = Files.writeString(content.resolve("budget.md"), "first");
        commit("2024-03-01T10:00:00+02:00");
        Files.writeString(arabic, "تعديل");
        Path later = Files.writeString(content.resolve("لاحق.md"), "later");
        commit("2024-04-01T09:00:00+03:00");

        FileDates dates = FileDates.fromGit(dir.resolve("content"));
        assertEquals(Optional.of(Instant.parse("2024-03-01T08:00:00Z")), dates.firstCommit(arabic));
        assertEquals(Optional.of(Instant.parse("2024-03-01T08:00:00Z")), dates.firstCommit(latin));
        assertEquals(Optional.of(Instant.parse("2024-04-01T06:00:00Z")), dates.firstCommit(later));
        assertEquals(Optional.of(Instant.parse("2024-03-01T08:00:00Z")),
                dates.firstCommit(dir.resolve("content/2024/../2024/budget.md")));
    }

    @Test
    void aLoaderRemembersTheDatesUntilTheNextCommit() throws Exception {
        assumeTrue(git(dir, Map.of(), "init", "-q") == 0, "git is not available");
        Path content = Files.createDirectories(dir.resolve("content"));
        Files.writeString(content.resolve("a.md"), "أول");
        commit("2024-03-01T10:00:00+02:00");
        LoadedFiles remembered = new LoadedFiles();
        FileDates dates = remembered.dates(content);
        assertSame(dates, remembered.dates(content), "the same commit: Git is not asked again");
        Path second = Files.writeString(content.resolve("b.md"), "ثان");
        assertSame(dates, remembered.dates(content), "a file not committed yet has no first commit");
        commit("2024-04-01T09:00:00+03:00");
        FileDates after = remembered.dates(content);
        assertNotSame(dates, after);
        assertEquals(Optional.of(Instant.parse("2024-04-01T06:00:00Z")), after.firstCommit(second));
    }

    private void commit(String date) throws Exception {
        Map<String, String> env = Map.of("GIT_AUTHOR_DATE", date, "GIT_COMMITTER_DATE", date);
        assertEquals(0, git(dir, env, "add", "-A"));
        assertEquals(0, git(dir, env, "-c", "user.name=محرر", "-c", "user.email=desk@example.org",
                "-c", "commit.gpgsign=false", "commit", "-q", "-m", "نشر"));
    }

    private static int git(Path dir, Map<String, String> env, String... args) throws Exception {
        String[] command = new String[args.length + 1];
        command[0] = "git";
        System.arraycopy(args, 0, command, 1, args.length);
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        pb.environment().put("GIT_CONFIG_NOSYSTEM", "1");
        pb.environment().put("HOME", dir.toString());
        pb.environment().putAll(env);
        try {
            return pb.start().waitFor();
        } catch (IOException e) {
            return -1;
        }
    }
}
