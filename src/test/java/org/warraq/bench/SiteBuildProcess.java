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
 * this process once it has been waited for) and its peak resident memory (VmHWM, read from /proc while it runs).
 */
final class SiteBuildProcess {

    record Run(double seconds, double cpuSeconds, long peakRssKb, String output) {
    }

    /** Clock ticks per second of /proc's times (USER_HZ, 100 on Linux's common configurations). */
    private static final double TICKS = 100;

    private SiteBuildProcess() {
    }

    static Run run(List<String> command, Path log) throws IOException, InterruptedException {
        long cpuBefore = childrenTicks();
        long start = System.nanoTime();
        Process p = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        Path status = Path.of("/proc/" + p.pid() + "/status");
        long peak = 0;
        do {
            peak = Math.max(peak, highWater(status));
        } while (!p.waitFor(100, TimeUnit.MILLISECONDS));
        int code = p.waitFor();
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpu = (childrenTicks() - cpuBefore) / TICKS;
        String output = Files.readString(log);
        if (code != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed (" + code + "):\n" + output);
        }
        return new Run(seconds, cpu, peak, output);
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

    private static long highWater(Path status) {
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            return 0;
        }
        return 0;
    }
}
