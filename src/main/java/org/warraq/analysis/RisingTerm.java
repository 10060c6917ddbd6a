package org.warraq.analysis;

/**
 * A term the latest quarter's articles use more than the year before did: the articles of each period that
 * use it (out of {@link Overview#recentArticles()} and {@link Overview#earlierArticles()}).
 */
public record RisingTerm(String stem, String surface, int recent, int earlier) {
}
