package org.warraq.analysis;

/** A country the articles mention: its ISO 3166 code, the Arabic name its page uses and that page's slug. */
public record Place(String code, String name, String slug) {
}
