package org.warraq.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command that runs the shaded jar as {@code bin/warraq} starts it: the JVM options of {@code bin/jvm.options}
 * (system property {@code bench.jvm}; empty for the JVM's defaults), for a build the parallel collector after them, the
 * benchmark's heap, UTF-8, then the jar. The figures are then those a user's build gives.
 */
final class WarraqJava {

    private WarraqJava() {
    }

    static List<String> command(Path jar, String xmx, String... arguments) {
        List<String> command = new ArrayList<>(List.of("java"));
        String options = options();
        if (!options.isEmpty()) {
            command.add("@" + Path.of(options).toAbsolutePath());
            if (arguments.length > 0 && arguments[0].equals("build")) {
                command.add("-XX:+UseParallelGC");
            }
        }
        command.addAll(List.of("-Xmx" + xmx, "-Dfile.encoding=UTF-8", "-jar", jar.toString()));
        command.addAll(List.of(arguments));
        return command;
    }

    /** How the benchmark's report names the JVM options it ran Warraq with. */
    static String described() {
        String options = options();
        return options.isEmpty() ? "the JVM's default options"
                : "the options of " + Path.of(options).getFileName() + ", builds with the parallel collector (as bin/warraq runs them)";
    }

    /** The options file's path, or empty for none. */
    private static String options() {
        return System.getProperty("bench.jvm", "bin/jvm.options").strip();
    }
}
