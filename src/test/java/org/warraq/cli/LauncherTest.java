package org.warraq.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bin/warraq} starts the JVM with the options of {@code bin/jvm.options}, which the JVM accepts, and lets JAVA_OPTS override them. */
class LauncherTest {

    private static final Path OPTIONS = Path.of("bin", "jvm.options");
    private static final Pattern OPTION = Pattern.compile("-XX:(?:([+-])(\\w+)|(\\w+)=(\\S+))");

    @TempDir
    Path tmp;

    private static List<String> options() throws IOException {
        return Files.readAllLines(OPTIONS, StandardCharsets.UTF_8).stream().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }

    private static String run(Path log, Map<String, String> environment, String... command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        Process p = builder.start();
        assertTrue(p.waitFor(1, TimeUnit.MINUTES), "it ended");
        String printed = Files.readString(log, StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), printed);
        return printed;
    }

    @Test
    void theJvmTakesEveryOptionOfTheFileAsWritten() throws Exception {
        List<String> options = options();
        assertFalse(options.isEmpty(), "the file names options");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String flags = run(tmp.resolve("flags.txt"), Map.of(), java, "@" + OPTIONS.toAbsolutePath(), "-XX:+PrintFlagsFinal", "-version");
        for (String option : options) {
            Matcher m = OPTION.matcher(option);
            assertTrue(m.matches(), "an -XX option: " + option);
            String name = m.group(2) != null ? m.group(2) : m.group(3);
            String value = m.group(2) != null ? String.valueOf(m.group(1).equals("+")) : m.group(4);
            assertTrue(Pattern.compile("\\s" + name + "\\s+=\\s+" + Pattern.quote(value) + "\\s+\\{[^}]*\\}\\s+\\{command line\\}")
                    .matcher(flags).find(), option + " is set from the command line");
        }
    }

    @Test
    void binWarraqGivesTheFileFirstThenJavaOpts() throws Exception {
        Path home = tmp.resolve("warraq");
        Files.createDirectories(home.resolve("bin"));
        Files.createDirectories(home.resolve("target"));
        Files.copy(Path.of("bin", "warraq"), home.resolve("bin/warraq"), StandardCopyOption.COPY_ATTRIBUTES);
        Files.copy(OPTIONS, home.resolve("bin/jvm.options"));
        Files.write(home.resolve("target/warraq.jar"), new byte[0]);
        Path fake = Files.createDirectories(tmp.resolve("fake"));
        Files.writeString(fake.resolve("java"), "#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"$a\"; done\n");
        assertTrue(fake.resolve("java").toFile().setExecutable(true));

        String path = fake + ":" + System.getenv("PATH");
        String printed = run(tmp.resolve("args.txt"), Map.of("PATH", path, "JAVA_OPTS", "-Xmx1g -XX:MaxInlineLevel=15"),
                "/bin/sh", home.resolve("bin/warraq").toString(), "build", "--no-cache");
        List<String> args = printed.lines().toList();
        assertEquals("@" + home.toRealPath().resolve("bin/jvm.options"), args.get(0), printed);
        assertEquals(List.of("-XX:+UseParallelGC", "-Xmx1g", "-XX:MaxInlineLevel=15"), args.subList(1, 4),
                "a build's collector, then JAVA_OPTS after the file, so they win");
        assertEquals(List.of("-jar", home.toRealPath().resolve("target/warraq.jar").toString(), "build", "--no-cache"),
                args.subList(args.size() - 4, args.size()), printed);

        List<String> serve = run(tmp.resolve("serve.txt"), Map.of("PATH", path), "/bin/sh", home.resolve("bin/warraq").toString(),
                "serve").lines().toList();
        assertFalse(serve.stream().anyMatch(a -> a.matches("-XX:\\+Use\\w*GC")), "the preview keeps the JVM's collector: " + serve);
        List<String> named = run(tmp.resolve("named.txt"), Map.of("PATH", path, "JAVA_OPTS", "-XX:+UseG1GC -Xmx2g"), "/bin/sh",
                home.resolve("bin/warraq").toString(), "build").lines().toList();
        assertEquals(List.of("-XX:+UseG1GC"), named.stream().filter(a -> a.matches("-XX:\\+Use\\w*GC")).toList(),
                "a collector named in JAVA_OPTS is the only one: " + named);
    }

    /** The JVM starts with the build's collector after the file's options, as bin/warraq gives them. */
    @Test
    void theJvmTakesTheBuildsCollectorWithTheFile() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String flags = run(tmp.resolve("gc.txt"), Map.of(), java, "@" + OPTIONS.toAbsolutePath(), "-XX:+UseParallelGC", "-XX:+PrintFlagsFinal",
                "-version");
        assertTrue(Pattern.compile("\\sUseParallelGC\\s+=\\s+true\\s").matcher(flags).find(), "the parallel collector is in use");
    }
}
