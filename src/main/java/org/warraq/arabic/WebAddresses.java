package org.warraq.arabic;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds URLs and e-mail addresses in running text. They are read left to right whatever script
 * surrounds them, so they are isolated as a whole and typography never touches them. A URL's
 * trailing sentence punctuation ({@code .} {@code ،} {@code )} …) is left to the sentence.
 */
public final class WebAddresses {

    /** A found address: {@code [start, end)} in the text. */
    public record Span(int start, int end) {
    }

    private static final Pattern ADDRESS = Pattern.compile(
            "(?:(?:https?|ftp)://|www\\.)[^\\s<>\"«»\\uFFFC]+"
                    + "|[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");
    private static final String TRAILING = ".,;:!?؟،؛)]}'’”…";

    private WebAddresses() {
    }

    public static List<Span> find(CharSequence text) {
        List<Span> out = new ArrayList<>();
        if (!mayHaveAddress(text)) {
            return out;
        }
        Matcher m = ADDRESS.matcher(text);
        while (m.find()) {
            int end = m.end();
            while (end > m.start() && TRAILING.indexOf(text.charAt(end - 1)) >= 0
                    && !(text.charAt(end - 1) == ')' && opens(text, m.start(), end - 1))) {
                end--;
            }
            if (end > m.start()) {
                out.add(new Span(m.start(), end));
            }
        }
        return out;
    }

    /** Every address has "://", "www." or "@": text without them, most text, needs no pattern matching. */
    private static boolean mayHaveAddress(CharSequence text) {
        String s = text.toString();
        return s.indexOf('@') >= 0 || s.contains("://") || s.contains("www.");
    }

    /** Whether a ')' at {@code close} matches a '(' inside the address, as in Wikipedia URLs. */
    private static boolean opens(CharSequence text, int start, int close) {
        int depth = 0;
        for (int i = start; i < close; i++) {
            if (text.charAt(i) == '(') {
                depth++;
            } else if (text.charAt(i) == ')') {
                depth--;
            }
        }
        return depth > 0;
    }
}
