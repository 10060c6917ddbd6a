package org.warraq.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code warraq} launcher: one command, a sub-command per task. */
@Command(name = "warraq", mixinStandardHelpOptions = true, version = "warraq 0.1.0",
        description = "Static site generator for Arabic news-analysis publications.",
        subcommands = {BuildCommand.class, ServeCommand.class, CheckCommand.class, NewCommand.class, ImportCommand.class, AnalyzeCommand.class, CorpusCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args, utf8(FileDescriptor.out), utf8(FileDescriptor.err)));
    }

    /** Runs the launcher with the given streams; returns the exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true));
        cli.setErr(new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true));
        try {
            return cli.execute(args);
        } catch (OutOfMemoryError e) {
            err.println(outOfMemory(Runtime.getRuntime().maxMemory()));
            return 1;
        }
    }

    /**
     * What to do when the heap is too small for the site: a build needs about 20 kB of heap an article (docs/performance.md),
     * and the JVM's default heap is a quarter of the machine's memory, whatever the site.
     */
    static String outOfMemory(long maxHeap) {
        return "warraq: out of memory: this site needs a larger Java heap than the " + (maxHeap >> 20) + " MB it was given"
                + " (a build needs about 20 kB an article: 256 MB for 10,000 articles). Run it again with more, e.g."
                + " JAVA_OPTS=-Xmx4g bin/warraq build, or java -Xmx4g -jar warraq.jar build. The previous site, if any,"
                + " was not changed.";
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    private static PrintStream utf8(FileDescriptor fd) {
        return new PrintStream(new FileOutputStream(fd), true, StandardCharsets.UTF_8);
    }
}
