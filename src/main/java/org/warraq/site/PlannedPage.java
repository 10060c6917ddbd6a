package org.warraq.site;

import java.util.Map;

/**
 * One file the site will contain, as data: where it goes, which template renders it and the view
 * model the template sees. {@code source} names what it was made from, for collision messages.
 */
public record PlannedPage(String path, OutputKind kind, String template, Map<String, Object> model, String source) {
}
