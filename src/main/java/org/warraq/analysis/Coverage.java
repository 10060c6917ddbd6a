package org.warraq.analysis;

/** A subject (a tag or a place) and the number of articles about it in some period. */
public record Coverage<T>(T subject, int articles) {
}
