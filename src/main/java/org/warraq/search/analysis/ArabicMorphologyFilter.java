package org.warraq.search.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Step 9 of docs/search.md §1: replaces each token by its analyses at one position, typed {@code exact}
 * (the surface), {@code stem} (Lucene's light stem, always emitted, even when equal to the surface, so
 * that the stem sub-field has a term at every position) and {@code alt} (the alternatives, none equal to
 * the surface or the stem). The extra tokens have position increment 0 and the original offsets.
 */
public final class ArabicMorphologyFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute positionIncrement = addAttribute(PositionIncrementAttribute.class);
    private final TypeAttribute type = addAttribute(TypeAttribute.class);
    private final WordAttribute word = addAttribute(WordAttribute.class);

    private State surfaceState;
    private WordAnalysis pending;
    private int emitted;

    public ArabicMorphologyFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (pending != null && emitted <= pending.alternatives().size()) {
            restoreState(surfaceState);
            positionIncrement.setPositionIncrement(0);
            if (emitted == 0) {
                type.setType(TermKind.STEM.type());
                term.setEmpty().append(pending.stem());
            } else {
                type.setType(TermKind.ALT.type());
                term.setEmpty().append(pending.alternatives().get(emitted - 1));
            }
            emitted++;
            return true;
        }
        if (!input.incrementToken()) {
            pending = null;
            return false;
        }
        pending = Morphology.analyse(term.toString());
        word.setWord(pending);
        emitted = 0;
        type.setType(TermKind.EXACT.type());
        surfaceState = captureState();
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        surfaceState = null;
        pending = null;
    }
}
