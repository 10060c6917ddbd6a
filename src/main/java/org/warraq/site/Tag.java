package org.warraq.site;

/** A tag as written by editors, with the slug of its page. */
public record Tag(String name, String slug) {
}
