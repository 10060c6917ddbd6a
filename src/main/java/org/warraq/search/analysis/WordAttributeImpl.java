package org.warraq.search.analysis;

import org.apache.lucene.util.AttributeImpl;
import org.apache.lucene.util.AttributeReflector;

/** The {@link WordAttribute} Lucene makes by name; a value, copied with the state it is captured in. */
public final class WordAttributeImpl extends AttributeImpl implements WordAttribute {

    private WordAnalysis word;

    @Override
    public WordAnalysis word() {
        return word;
    }

    @Override
    public void setWord(WordAnalysis word) {
        this.word = word;
    }

    @Override
    public void clear() {
        word = null;
    }

    @Override
    public void copyTo(AttributeImpl target) {
        ((WordAttribute) target).setWord(word);
    }

    @Override
    public void reflectWith(AttributeReflector reflector) {
        reflector.reflect(WordAttribute.class, "word", word);
    }
}
