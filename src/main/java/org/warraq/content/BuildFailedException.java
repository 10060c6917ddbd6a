package org.warraq.content;

import java.util.List;
import java.util.stream.Collectors;

/** A user error: the input cannot be built. Carries every diagnostic found, errors and warnings. */
public final class BuildFailedException extends RuntimeException {

    private final transient List<Diagnostic> diagnostics;

    public BuildFailedException(List<Diagnostic> diagnostics) {
        super(diagnostics.stream().filter(Diagnostic::isError).map(Diagnostic::toString)
                .collect(Collectors.joining("\n")));
        this.diagnostics = List.copyOf(diagnostics);
    }

    public static BuildFailedException of(Diagnostic diagnostic) {
        return new BuildFailedException(List.of(diagnostic));
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }
}
