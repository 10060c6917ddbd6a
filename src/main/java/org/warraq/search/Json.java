package org.warraq.search;

import java.util.Collection;
import org.warraq.site.JsonLd;

/**
 * A small JSON writer for the exported index: deterministic output, and safe inside a classic script —
 * {@code <}, {@code >}, {@code &}, U+2028, U+2029 and unpaired surrogates are written as {@code \\u} escapes,
 * so a title containing {@code </script>} stays a string.
 */
final class Json {

    private final StringBuilder out;

    Json() {
        this(new StringBuilder());
    }

    private Json(StringBuilder out) {
        this.out = out;
    }

    Json raw(String text) {
        out.append(text);
        return this;
    }

    Json string(String s) {
        JsonLd.string(out, s);
        return this;
    }

    Json number(long n) {
        out.append(n);
        return this;
    }

    /** A double exactly: Java's shortest round-trip form, which JavaScript parses to the same value. */
    Json number(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            throw new IllegalArgumentException("not a JSON number: " + d);
        }
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            out.append((long) d);
        } else {
            out.append(Double.toString(d));
        }
        return this;
    }

    Json ints(int[] values, int from, int to) {
        out.append('[');
        for (int i = from; i < to; i++) {
            if (i > from) {
                out.append(',');
            }
            out.append(values[i]);
        }
        out.append(']');
        return this;
    }

    Json strings(Collection<String> values) {
        out.append('[');
        boolean first = true;
        for (String v : values) {
            if (!first) {
                out.append(',');
            }
            first = false;
            string(v);
        }
        out.append(']');
        return this;
    }

    Json key(String k) {
        return string(k).raw(":");
    }

    int length() {
        return out.length();
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
