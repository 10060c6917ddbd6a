package org.warraq.content;

/** A section of the publication, declared in {@code site.yaml} or made up from an article's front matter. */
public record Category(String key, String name) {
}
