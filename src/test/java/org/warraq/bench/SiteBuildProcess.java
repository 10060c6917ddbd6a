package org.warraq.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a command (the {@code warraq build} of the shaded jar, Pagefind) as its own process, as a user
 * would, and measures its wall time and its peak resident memory (VmHWM, read from /proc while it runs).
 */
final class SiteBuildProcess {

    record Run(double seconds, long peakRssKb, String output) {
    }

    private SiteBuildProcess() {
    }

    static Run run(List<String> command, Path log) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Process p = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        Path status = Path.of("/proc/" + p.pid() + "/status");
        long peak = 0;
        while (p.isAlive()) {
            peak = Math.max(peak, highWater(status));
            Thread.sleep(100);
        }
        int code = p.waitFor();
        double seconds = (System.nanoTime() - start) / 1e9;
        String output = Files.readString(log);
        if (code != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed (" + code + "):\n" + output);
        }
        return new Run(seconds, peak, output);
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
