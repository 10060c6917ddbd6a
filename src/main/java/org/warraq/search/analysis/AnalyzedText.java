package org.warraq.search.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * A text analysed once by the full chain, replayed as the token stream of each kind's sub-field. The index
 * has three sub-fields per field (exact, stem, alt); analysing the text for each would run the whole chain
 * three times. The replay emits exactly what {@link WarraqAnalyzer#forKind} would: the tokens of that kind,
 * with the position increments of the tokens of other kinds in between added to the next one kept, and at
 * the end, as Lucene's filtering token filters do.
 */
public final class AnalyzedText {

    /** A term of the chain; {@code word} is the morphology step's analysis, kept on the surface form's token. */
    private record Token(String term, TermKind kind, int increment, int start, int end, WordAnalysis word) {
    }

    private final List<Token> tokens;
    private final int finalOffset;
    private final int finalIncrement;

    private AnalyzedText(List<Token> tokens, int finalOffset, int finalIncrement) {
        this.tokens = tokens;
        this.finalOffset = finalOffset;
        this.finalIncrement = finalIncrement;
    }

    public static AnalyzedText of(String text) {
        List<Token> tokens = new ArrayList<>();
        try (TokenStream stream = WarraqAnalyzer.ALL_KINDS.tokenStream("", PresentationForms.fold(text))) {
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            TypeAttribute type = stream.addAttribute(TypeAttribute.class);
            WordAttribute word = stream.addAttribute(WordAttribute.class);
            stream.reset();
            int alternative = 0;
            while (stream.incrementToken()) {
                TermKind kind = TermKind.of(type.type());
                WordAnalysis w = word.word();
                String t = switch (kind) {
                    case EXACT -> {
                        alternative = 0;
                        yield w.surface();
                    }
                    case STEM -> w.stem();
                    case ALT -> w.alternatives().get(alternative++);
                };
                tokens.add(new Token(t, kind, increment.getPositionIncrement(), offset.startOffset(), offset.endOffset(),
                        kind == TermKind.EXACT ? w : null));
            }
            stream.end();
            return new AnalyzedText(List.copyOf(tokens), offset.endOffset(), increment.getPositionIncrement());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Receives a token's position in its sub-field (from 0, as the index numbers it) and its offsets in the text. */
    @FunctionalInterface
    public interface TokenVisitor {
        void token(int position, int start, int end);
    }

    /** Visits the tokens of {@code kind} in order, with the positions and offsets the index gives them. */
    public void forEach(TermKind kind, TokenVisitor visitor) {
        int position = -1;
        for (Token t : tokens) {
            position += t.increment();
            if (t.kind() == kind) {
                visitor.token(position, t.start(), t.end());
            }
        }
    }

    /**
     * The analysed words, in order: each surface form with the stem and alternatives emitted at its position, as
     * {@link WarraqAnalyzer#tokens} returns them.
     */
    public List<AnalyzedToken> words() {
        List<AnalyzedToken> words = new ArrayList<>();
        int position = -1;
        for (Token t : tokens) {
            position += t.increment();
            if (t.kind() == TermKind.EXACT) {
                WordAnalysis w = t.word();
                words.add(new AnalyzedToken(position, w.surface(), w.stem(), w.alternatives(), t.start(), t.end()));
            }
        }
        return words;
    }

    /** The tokens {@code WarraqAnalyzer.forKind(kind)} emits for the text, as a stream to index once. */
    public TokenStream stream(TermKind kind) {
        return new Replay(kind);
    }

    private final class Replay extends TokenStream {

        private final TermKind kind;
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
        private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
        private final TypeAttribute type = addAttribute(TypeAttribute.class);
        private int next;
        private int skipped;

        private Replay(TermKind kind) {
            this.kind = kind;
        }

        @Override
        public boolean incrementToken() {
            clearAttributes();
            skipped = 0;
            while (next < tokens.size()) {
                Token t = tokens.get(next++);
                if (t.kind() != kind) {
                    skipped += t.increment();
                    continue;
                }
                term.setEmpty().append(t.term());
                increment.setPositionIncrement(t.increment() + skipped);
                offset.setOffset(t.start(), t.end());
                type.setType(kind.type());
                return true;
            }
            return false;
        }

        @Override
        public void end() throws IOException {
            super.end();
            offset.setOffset(finalOffset, finalOffset);
            increment.setPositionIncrement(finalIncrement + skipped);
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            next = 0;
            skipped = 0;
        }
    }
}
