package org.warraq.bench.jmh;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.util.concurrent.atomic.AtomicLong;
import org.warraq.search.IndexExporter;
import org.warraq.search.SearchIndex;
import org.warraq.site.Urls;

/**
 * The search export of a large generated corpus, timed in one process: JMH's {@code indexExport} runs 200 articles,
 * where the export's memory and its reads from the index only show at thousands. Prints the wall and CPU time of
 * each of several exports of the same index (the first warms the JIT) and the bytes written, which must not move.
 * Run with {@code mvn -o -B -Pjmh test-compile} then
 * {@code java -Xmx6g -cp target/test-classes:target/classes:<test classpath> org.warraq.bench.jmh.ExportTimes 10000 6}.
 */
public final class ExportTimes {

    private ExportTimes() {
    }

    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(args[0]);
        int runs = Integer.parseInt(args[1]);
        BenchSite site = BenchSite.of(n);
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        try (SearchIndex index = site.index()) {
            for (int r = 0; r < runs; r++) {
                System.gc();
                long t = System.nanoTime();
                long c = os.getProcessCpuTime();
                AtomicLong bytes = new AtomicLong();
                new IndexExporter(index, new Urls(site.config.baseUrl(), site.config.portableLinks()), IndexExporter.DEFAULT_CAP)
                        .export(f -> bytes.addAndGet(f.bytes().length));
                System.out.printf("export %d: wall %.2f s cpu %.2f s bytes %d%n", r, (System.nanoTime() - t) / 1e9,
                        (os.getProcessCpuTime() - c) / 1e9, bytes.get());
            }
        }
    }
}
