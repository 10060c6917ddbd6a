package org.warraq.site;

/** A ready-to-use link: {@code url} is already relative to the page it appears on. */
public record Link(String url, String label) {
}
