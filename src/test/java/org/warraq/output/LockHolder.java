package org.warraq.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** A build in another process for {@link PublisherTest}: it stages a file into the output given, says so, and waits to be killed. */
final class LockHolder {

    private LockHolder() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        Publisher.Staging staging = new Publisher(Path.of(args[0])).stage();
        staging.write(OutputFile.of("index.html", "نصف بناء".getBytes(StandardCharsets.UTF_8)));
        System.out.println("staged");
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
