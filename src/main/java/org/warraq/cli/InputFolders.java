package org.warraq.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The two folders every command that builds reads, as one set of options ({@code build}, {@code check}, {@code serve}). */
final class InputFolders {

    @Option(names = "--content", paramLabel = "DIR", description = "Content folder (default: ${DEFAULT-VALUE}).")
    Path content = Path.of("content");

    @Option(names = "--templates", paramLabel = "DIR", description = "Templates folder (default: ${DEFAULT-VALUE}).")
    Path templates = Path.of("templates");
}
