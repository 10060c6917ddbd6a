package org.warraq.search;

/**
 * Routing boundaries as short as they can be: between the last key of one file and the first key of the
 * next, the shortest prefix of the latter that sorts after the former (a B-tree's separator). A key routes
 * to the same file through it as through the whole first key, so manifests carry the short form.
 */
final class Separators {

    private Separators() {
    }

    /** The shortest prefix of {@code next} greater than {@code previous}, which must sort before it. */
    static String between(String previous, String next) {
        int i = 0;
        while (i < previous.length() && i < next.length() && previous.charAt(i) == next.charAt(i)) {
            i++;
        }
        if (i == next.length()) {
            throw new IllegalArgumentException("not in order: " + previous + " / " + next);
        }
        return next.substring(0, i + 1);
    }
}
