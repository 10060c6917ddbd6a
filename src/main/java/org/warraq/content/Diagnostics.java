package org.warraq.content;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Collects every problem of a run instead of stopping at the first, so an editor fixes a whole
 * article in one go. Thread-safe: stages report from parallel workers.
 */
public final class Diagnostics {

    private final List<Diagnostic> all = new ArrayList<>();

    public synchronized void add(Diagnostic diagnostic) {
        all.add(diagnostic);
    }

    public void error(Path file, int line, String message) {
        add(Diagnostic.error(file, line, message));
    }

    public void warning(Path file, int line, String message) {
        add(Diagnostic.warning(file, line, message));
    }

    public synchronized boolean hasErrors() {
        return all.stream().anyMatch(Diagnostic::isError);
    }

    /** All diagnostics, ordered by file and line so output is stable across parallel runs. */
    public synchronized List<Diagnostic> sorted() {
        List<Diagnostic> copy = new ArrayList<>(all);
        copy.sort(Comparator.comparing((Diagnostic d) -> d.file() == null ? "" : d.file().toString())
                .thenComparingInt(Diagnostic::line)
                .thenComparingInt(Diagnostic::column)
                .thenComparing(Diagnostic::message));
        return copy;
    }

    /** Throws a {@link BuildFailedException} carrying everything collected if any error was seen. */
    public void throwIfErrors() {
        if (hasErrors()) {
            throw new BuildFailedException(sorted());
        }
    }
}
