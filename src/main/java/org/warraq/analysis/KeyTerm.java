package org.warraq.analysis;

/**
 * A distinctive term of one article: the stem it is counted by, the spelling the article uses most for it
 * (without diacritics or tatweel), and its tf-idf weight.
 */
public record KeyTerm(String stem, String surface, double score) {
}
