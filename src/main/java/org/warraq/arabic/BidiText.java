package org.warraq.arabic;

import java.util.HashMap;
import java.util.Map;

/**
 * Inline text prepared for finding runs of the other script: the characters of the text, with
 * whole inline elements (a link, an emphasis, inline code) standing as one placeholder character
 * each and described by an {@link Atom}. Plain text is a {@code BidiText} without atoms.
 */
public record BidiText(String text, Map<Integer, Atom> atoms) {

    /** Stands for an atom in {@link #text}: OBJECT REPLACEMENT CHARACTER. */
    public static final char PLACEHOLDER = '\uFFFC';

    /** How an inline element takes part in the text around it. */
    public enum Atom {
        /** Left-to-right content whose letters are all Latin (an emphasised English phrase). */
        LATIN,
        /** Other left-to-right content. */
        LTR,
        /** Right-to-left content (an emphasised Arabic phrase). */
        RTL,
        /** Content without strong characters; it joins whatever surrounds it. */
        NEUTRAL,
        /** Something that ends any run: an image, a footnote reference, a line break, raw HTML. */
        BOUNDARY,
        /** Inline code: left to right and isolated on its own. */
        CODE
    }

    public BidiText {
        atoms = Map.copyOf(atoms);
    }

    public static BidiText plain(String text) {
        return new BidiText(text, Map.of());
    }

    public Atom atom(int index) {
        return atoms.get(index);
    }

    public int length() {
        return text.length();
    }

    /** Builds a text from character runs and atoms, in order. */
    public static final class Builder {
        private final StringBuilder text = new StringBuilder();
        private final Map<Integer, Atom> atoms = new HashMap<>();

        public Builder append(CharSequence chars) {
            text.append(chars);
            return this;
        }

        public Builder atom(Atom atom) {
            atoms.put(text.length(), atom);
            text.append(PLACEHOLDER);
            return this;
        }

        public int length() {
            return text.length();
        }

        public BidiText build() {
            return new BidiText(text.toString(), atoms);
        }
    }
}
