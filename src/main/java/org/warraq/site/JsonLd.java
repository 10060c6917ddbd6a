package org.warraq.site;

import java.util.List;
import java.util.Map;

/**
 * Writes structured data (schema.org JSON-LD) as JSON from maps, lists, strings, numbers and booleans — never by
 * pasting content into a template — and makes it safe inside {@code <script type="application/ld+json">}:
 * {@code <}, {@code >} and {@code &} are written as {@code \u003c}, {@code \u003e}, {@code \u0026}, so a headline
 * holding {@code </script>} or {@code <!--} stays a JSON string. Map order is kept (callers pass ordered maps),
 * so output is reproducible.
 */
public final class JsonLd {

    private JsonLd() {
    }

    public static String write(Object value) {
        StringBuilder out = new StringBuilder(512);
        value(out, value);
        return out.toString();
    }

    private static void value(StringBuilder out, Object value) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String s) {
            string(out, s);
        } else if (value instanceof Boolean || value instanceof Integer || value instanceof Long) {
            out.append(value);
        } else if (value instanceof Map<?, ?> map) {
            out.append('{');
            boolean first = true;
            for (var entry : map.entrySet()) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                string(out, (String) entry.getKey());
                out.append(':');
                value(out, entry.getValue());
            }
            out.append('}');
        } else if (value instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                value(out, list.get(i));
            }
            out.append(']');
        } else {
            throw new IllegalArgumentException("not a JSON value: " + value.getClass().getName());
        }
    }

    /**
     * Appends {@code s} as a JSON string that is also safe inside a classic script or a JSON-LD block;
     * the search index files use the same escaping.
     */
    public static void string(StringBuilder out, String s) {
        out.append('"');
        int plain = 0;
        for (int i = 0; i < s.length(); i++) {
            String escape = escape(s, i);
            if (escape != null) {
                out.append(s, plain, i).append(escape);
                plain = i + 1;
            }
        }
        out.append(s, plain, s.length()).append('"');
    }

    /** Whether {@link #string} writes {@code s} as it is between its quotes, no character of it escaped. */
    public static boolean plain(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (escape(s, i) != null) {
                return false;
            }
        }
        return true;
    }

    /**
     * How the character at {@code i} is written, or null when it is written as it is. Runs of those are copied whole,
     * about twice as fast on Arabic text as a character at a time (the search excerpts and the pages' structured data).
     */
    private static String escape(String s, int i) {
        char c = s.charAt(i);
        if (c > '>' && c < '\u2028' && c != '\\') {
            return null;
        }
        return switch (c) {
            case '"' -> "\\\"";
            case '\\' -> "\\\\";
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            case '\t' -> "\\t";
            default -> c < 0x20 || c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029'
                    || (Character.isSurrogate(c) && !pairedAt(s, i)) ? String.format("\\u%04x", (int) c) : null;
        };
    }

    private static boolean pairedAt(String s, int i) {
        char c = s.charAt(i);
        return Character.isHighSurrogate(c) ? i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))
                : i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }
}
