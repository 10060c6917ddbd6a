package org.warraq.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * A build in another process for {@link PublisherTest}: it stages a file into the output given, says so, and holds the
 * folder until it is killed, or until its input ends (the test's process gone), so that it never outlives the test.
 */
final class LockHolder {

    private LockHolder() {
    }

    public static void main(String[] args) throws IOException {
        Publisher.Staging staging = new Publisher(Path.of(args[0])).stage();
        staging.write(OutputFile.of("index.html", "نصف بناء".getBytes(StandardCharsets.UTF_8)));
        System.out.println("staged");
        System.out.flush();
        while (System.in.read() >= 0) {
            // Holds the folder: the staging is never closed, as a killed build's is not.
        }
        System.exit(0);
    }
}
