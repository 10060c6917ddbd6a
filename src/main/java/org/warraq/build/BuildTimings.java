package org.warraq.build;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Wall and CPU time of each stage of a build ({@code warraq build --timings}, the build benchmark). CPU
 * time is the whole process's, all threads, so a stage that runs on every core shows it.
 */
public final class BuildTimings implements BuildObserver {

    /** One finished stage. */
    public record Timing(String name, int items, double wallMillis, double cpuMillis) {
    }

    private final List<Timing> timings = new ArrayList<>();

    @Override
    public synchronized Stage begin(String name, int items) {
        long wall = System.nanoTime();
        long cpu = processCpuNanos();
        return new Stage() {
            @Override
            public void advance() {
            }

            @Override
            public void close() {
                Timing t = new Timing(name, items, (System.nanoTime() - wall) / 1e6, (processCpuNanos() - cpu) / 1e6);
                synchronized (BuildTimings.this) {
                    timings.add(t);
                }
            }
        };
    }

    public synchronized List<Timing> timings() {
        return List.copyOf(timings);
    }

    /** CPU time of this process so far, all threads, in nanoseconds; -1 where the platform does not say. */
    public static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return -1;
    }

    /** The peak resident memory of this process in kB (Linux's VmHWM), or -1 where it is not known. */
    public static long peakRssKb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (Exception e) {
            return -1;
        }
        return -1;
    }

    /**
     * A table, one line per stage, then the process's totals: stable, tab-free text that the build
     * benchmark reads back ({@code stage NAME wall MS cpu MS items N}).
     */
    public synchronized String report(long articles) {
        StringBuilder out = new StringBuilder();
        for (Timing t : timings) {
            out.append(String.format(Locale.ROOT, "stage %-14s wall %9.1f ms  cpu %9.1f ms  items %d%n", t.name(), t.wallMillis(),
                    t.cpuMillis(), t.items()));
        }
        double cpu = processCpuNanos() / 1e6;
        double uptime = ManagementFactory.getRuntimeMXBean().getUptime();
        out.append(String.format(Locale.ROOT, "total process wall %.1f ms  cpu %.1f ms  cpu/article %.3f ms  peak-rss %d kB%n", uptime, cpu,
                articles == 0 ? 0 : cpu / articles, peakRssKb()));
        return out.toString();
    }
}
