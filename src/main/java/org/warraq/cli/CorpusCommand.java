package org.warraq.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.warraq.bench.CorpusGenerator;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code warraq corpus}: writes a deterministic generated Arabic corpus for benchmarks. */
@Command(name = "corpus", mixinStandardHelpOptions = true,
        description = "Write N generated Arabic articles (with site.yaml) into DIR/content, for benchmarks.")
public final class CorpusCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--articles", paramLabel = "N", description = "How many articles (default: ${DEFAULT-VALUE}).")
    int articles = 1000;

    @Option(names = "--seed", description = "Random seed; the same seed gives the same bytes (default: ${DEFAULT-VALUE}).")
    long seed = 1;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Folder to write DIR/content into.")
    Path out;

    @Override
    public Integer call() throws Exception {
        Path content = new CorpusGenerator(seed).write(out, articles);
        spec.commandLine().getOut().println("Wrote " + articles + " articles into " + content);
        return 0;
    }
}
