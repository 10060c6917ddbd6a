package org.warraq.search.analysis;

import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ar.ArabicNormalizationFilter;
import org.apache.lucene.analysis.core.DecimalDigitFilter;
import org.apache.lucene.analysis.core.TypeTokenFilter;
import org.apache.lucene.analysis.miscellaneous.LengthFilter;
import org.apache.lucene.analysis.util.CharTokenizer;

/**
 * The search analysis chain of docs/search.md §1, which {@code templates/assets/search/analyzer.js}
 * reproduces in the browser. The full analyzer emits every kind of term at each position (typed by
 * {@link TermKind}); {@link #forKind} gives the analyzer of one index sub-field.
 */
public final class WarraqAnalyzer extends Analyzer {

    public static final int MAX_TOKEN_LENGTH = CharTokenizer.DEFAULT_MAX_WORD_LEN;

    static final WarraqAnalyzer ALL_KINDS = new WarraqAnalyzer();

    private final TermKind kind;

    /** The analyzer that emits surface forms, stems and alternatives. */
    public WarraqAnalyzer() {
        this(null);
    }

    private WarraqAnalyzer(TermKind kind) {
        this.kind = kind;
    }

    /** The analyzer of one sub-field: only the terms of that kind, at the positions of the full chain. */
    public static WarraqAnalyzer forKind(TermKind kind) {
        return new WarraqAnalyzer(kind);
    }

    /** {@link #forKind(TermKind)} by sub-field name: {@code exact}, {@code stem} or {@code alt}. */
    public static WarraqAnalyzer forKind(String subField) {
        return forKind(TermKind.of(subField));
    }

    /** The analysed words of {@code text}, in order. */
    public static List<AnalyzedToken> tokens(String text) {
        return AnalyzedText.of(text).words();
    }

    /**
     * The terms of {@code text} as {@code warraq analyze} prints them and {@code analyze()} in analyzer.js
     * returns them: per position the surface, the stem when it differs, then the alternatives.
     */
    public static List<String> terms(String text) {
        List<String> terms = new ArrayList<>();
        for (AnalyzedToken token : tokens(text)) {
            terms.add(token.surface());
            if (!token.stem().equals(token.surface())) {
                terms.add(token.stem());
            }
            terms.addAll(token.alternatives());
        }
        return terms;
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        return PresentationForms.fold(reader);
    }

    @Override
    protected Reader initReaderForNormalization(String fieldName, Reader reader) {
        return PresentationForms.fold(reader);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer tokenizer = CharTokenizer.fromTokenCharPredicate(TokenChars::isTokenChar);
        TokenStream stream = normalize(fieldName, tokenizer);
        stream = new LengthFilter(stream, 1, MAX_TOKEN_LENGTH);
        stream = new StopFilter(stream, StopWords.SET);
        stream = new ArabicMorphologyFilter(stream);
        if (kind != null) {
            stream = new TypeTokenFilter(stream, Set.of(kind.type()), true);
        }
        return new TokenStreamComponents(tokenizer, stream);
    }

    /** Steps 3 to 6, also what Lucene applies to wildcard and prefix query terms. */
    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        TokenStream stream = new ArabicExtraNormalizationFilter(in);
        stream = new LowerCaseFilter(stream);
        stream = new DecimalDigitFilter(stream);
        return new ArabicNormalizationFilter(stream);
    }
}
