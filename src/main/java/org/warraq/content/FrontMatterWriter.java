package org.warraq.content;

import java.util.List;

/**
 * Writes front matter that reads back exactly as written: every text value double-quoted with YAML
 * escapes, so a title with {@code :}, {@code #}, quotes or a leading {@code [} is never misread.
 */
public final class FrontMatterWriter {

    private final StringBuilder yaml = new StringBuilder("---\n");

    public FrontMatterWriter text(String key, String value) {
        yaml.append(key).append(": ").append(quote(value)).append('\n');
        return this;
    }

    public FrontMatterWriter list(String key, List<String> values) {
        yaml.append(key).append(": [");
        for (int i = 0; i < values.size(); i++) {
            yaml.append(i == 0 ? "" : ", ").append(quote(values.get(i)));
        }
        yaml.append("]\n");
        return this;
    }

    /** A value written as it is: dates, booleans. */
    public FrontMatterWriter plain(String key, String value) {
        yaml.append(key).append(": ").append(value).append('\n');
        return this;
    }

    /** Lines of YAML kept exactly as the editor wrote them. */
    public FrontMatterWriter verbatim(String lines) {
        yaml.append(lines);
        if (!lines.isEmpty() && !lines.endsWith("\n")) {
            yaml.append('\n');
        }
        return this;
    }

    public String end() {
        return yaml + "---\n";
    }

    static String quote(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7f || c == '\u0085' || c == '\u2028' || c == '\u2029' || c == '\uFEFF') {
                        out.append(String.format("\\u%04X", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
