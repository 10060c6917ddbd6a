package org.warraq.search.analysis;

import java.util.Locale;

/**
 * The three kinds of term emitted at each position (docs/search.md §1.4). The token type carries the kind,
 * and its name is the index sub-field the term goes to: {@code title.exact}, {@code title.stem}, {@code title.alt}.
 */
public enum TermKind {
    EXACT, STEM, ALT;

    private final String type = name().toLowerCase(Locale.ROOT);

    /** The token type and sub-field suffix: {@code exact}, {@code stem} or {@code alt}. */
    public String type() {
        return type;
    }

    /** Asked for every token analysed: {@code values()} would copy the array each time (380 MB in a clean build). */
    private static final TermKind[] KINDS = values();

    public static TermKind of(String type) {
        for (TermKind kind : KINDS) {
            if (kind.type().equals(type)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("not a term kind: '" + type + "' (exact, stem or alt)");
    }
}
