package org.warraq.serve;

import java.util.List;
import org.warraq.content.Diagnostic;

/**
 * What the open tabs are told about the latest build: the generation of the site being served and,
 * when the latest build failed, why. Written as the JSON of {@code /__warraq/error}.
 *
 * @param generation the generation of the last good site, 0 before any build succeeded
 * @param problems   the latest build's errors and warnings
 */
record BuildStatus(long generation, boolean ok, List<Diagnostic> problems) {

    BuildStatus {
        problems = List.copyOf(problems);
    }

    String toJson() {
        StringBuilder out = new StringBuilder(256);
        out.append("{\"generation\":").append(generation).append(",\"ok\":").append(ok).append(",\"problems\":[");
        for (int i = 0; i < problems.size(); i++) {
            Diagnostic d = problems.get(i);
            out.append(i == 0 ? "" : ",").append("{\"file\":");
            string(out, d.file() == null ? "" : d.file().toString().replace('\\', '/'));
            out.append(",\"line\":").append(d.line()).append(",\"column\":").append(d.column()).append(",\"severity\":");
            string(out, d.isError() ? "error" : "warning");
            out.append(",\"message\":");
            string(out, d.message());
            out.append(",\"text\":");
            string(out, d.toString());
            out.append('}');
        }
        return out.append("]}").toString();
    }

    /** A JSON string that is also safe inside HTML: {@code <}, {@code >}, {@code &} and line separators escaped. */
    private static void string(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029') {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        out.append('"');
    }
}
