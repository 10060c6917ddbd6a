package org.warraq.content;

/** A writer declared in {@code site.yaml}, or made up from a byline that names nobody declared. */
public record Author(String key, String name, String bio) {
}
