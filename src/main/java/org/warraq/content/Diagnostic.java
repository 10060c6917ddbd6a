package org.warraq.content;

import java.nio.file.Path;

/**
 * One problem found in the input, located as precisely as the stage that found it could: the
 * {@code file:line:column: severity: message} form that editors' tools understand.
 */
public record Diagnostic(Path file, int line, int column, Severity severity, String message) {

    public enum Severity { ERROR, WARNING }

    public static Diagnostic error(Path file, int line, String message) {
        return new Diagnostic(file, line, 0, Severity.ERROR, message);
    }

    public static Diagnostic warning(Path file, int line, String message) {
        return new Diagnostic(file, line, 0, Severity.WARNING, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        out.append(file == null ? "<build>" : file.toString());
        if (line > 0) {
            out.append(':').append(line);
            if (column > 0) {
                out.append(':').append(column);
            }
        }
        out.append(": ").append(severity == Severity.ERROR ? "error" : "warning").append(": ").append(message);
        return out.toString();
    }
}
