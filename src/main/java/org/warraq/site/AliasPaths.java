package org.warraq.site;

/** Turns an alias URL an editor wrote into a safe site path, or null when it would leave the site. */
public final class AliasPaths {

    private AliasPaths() {
    }

    public static String normalise(String alias) {
        String p = alias.strip();
        if (p.matches("(?i)^[a-z][a-z0-9+.-]*:.*") || p.startsWith("//") || p.contains("\\")) {
            return null;
        }
        int cut = p.indexOf('?') >= 0 ? p.indexOf('?') : p.indexOf('#');
        if (cut >= 0) {
            p = p.substring(0, cut);
        }
        while (p.startsWith("/")) {
            p = p.substring(1);
        }
        if (p.isEmpty()) {
            return null;
        }
        for (String segment : p.split("/")) {
            if (segment.equals("..") || segment.equals(".") || segment.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
                return null;
            }
        }
        p = p.replaceAll("/{2,}", "/");
        String last = p.substring(p.lastIndexOf('/') + 1);
        return p.endsWith("/") || last.contains(".") ? p : p + "/";
    }
}
