package org.warraq.search.analysis;

import org.apache.lucene.util.Attribute;

/**
 * The morphology step's analysis of the word at the current position, beside its terms: a reader of the full chain
 * ({@link AnalyzedText}) takes the surface, stem and alternatives from it as they were made, rather than copying
 * each term out of the term attribute.
 */
interface WordAttribute extends Attribute {

    WordAnalysis word();

    void setWord(WordAnalysis word);
}
