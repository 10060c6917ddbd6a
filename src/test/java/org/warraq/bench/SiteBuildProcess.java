package org.warraq.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a command (the {@code warraq build} of the shaded jar, Pagefind) as its own process, as a user
 * would, and measures its wall time, its CPU time (all its threads: the children's times the kernel adds to
 * this process once it has been waited for) and its peak resident memory, its children's included (VmHWM and
 * VmRSS, read from /proc every 100 ms while it runs).
 */
final class SiteBuildProcess {

    record Run(double seconds, double cpuSeconds, long peakRssKb, String output, int exitCode) {
    }

    /** Clock ticks per second of /proc's times (USER_HZ, 100 on Linux's common configurations). */
    private static final double TICKS = 100;

    private SiteBuildProcess() {
    }

    static Run run(List<String> command, Path log) throws IOException, InterruptedException {
        Run run = attempt(command, log);
        if (run.exitCode() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed (" + run.exitCode() + "):\n" + run.output());
        }
        return run;
    }

    /** As {@link #run}, returning a failed run (its exit code set) instead of throwing. */
    static Run attempt(List<String> command, Path log) throws IOException, InterruptedException {
        long cpuBefore = childrenTicks();
        long start = System.nanoTime();
        Process p = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        long peak = 0;
        do {
            peak = Math.max(peak, treeRss(p.toHandle()));
        } while (!p.waitFor(100, TimeUnit.MILLISECONDS));
        int code = p.waitFor();
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpu = (childrenTicks() - cpuBefore) / TICKS;
        return new Run(seconds, cpu, peak, Files.readString(log), code);
    }

    /** cutime + cstime of this process: the CPU time of the children it has waited for. */
    private static long childrenTicks() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(f[13]) + Long.parseLong(f[14]);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /**
     * The process's peak resident memory, counting the processes it started: Pagefind's command is a Node.js
     * wrapper that runs the real indexer as a child, whose memory the wrapper's own high-water mark leaves out.
     * The larger of the wrapper's high-water mark, each descendant's, and the sum of their resident sets now.
     */
    private static long treeRss(ProcessHandle root) {
        List<ProcessHandle> all = new ArrayList<>();
        all.add(root);
        root.descendants().forEach(all::add);
        long now = 0;
        long peak = 0;
        for (ProcessHandle h : all) {
            Path status = Path.of("/proc/" + h.pid() + "/status");
            now += field(status, "VmRSS:");
            peak = Math.max(peak, field(status, "VmHWM:"));
        }
        return Math.max(now, peak);
    }

    private static long field(Path status, String name) {
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith(name)) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            return 0;
        }
        return 0;
    }
}
