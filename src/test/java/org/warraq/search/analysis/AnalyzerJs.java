package org.warraq.search.analysis;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;

/**
 * analyzer.js loaded once into a sandboxed GraalJS context. Calls go in batches (inputs joined by NUL,
 * results joined by newlines) because each host-to-guest call is slow in the interpreter.
 */
final class AnalyzerJs implements AutoCloseable {

    static final Path FILE = Path.of("templates/assets/search/analyzer.js");
    static final char SEPARATOR = '\0';

    private static final String BATCHES = """
            (api => ({
              analyze: s => s.split('\\0').map(t => api.analyze(t).join('\\t')).join('\\n'),
              tokens: s => s.split('\\0').map(t => api.tokens(t).map(k =>
                [k.position, k.start, k.end, k.surface, k.stem, k.alternatives.join(',')].join(' ')).join('|')).join('\\n'),
            }))(module.exports)
            """;

    private final Context context;
    private final Value batches;

    AnalyzerJs() throws IOException {
        context = newContext();
        context.eval("js", "globalThis.module = { exports: {} };");
        context.eval(source());
        batches = context.eval("js", BATCHES);
    }

    static Context newContext() {
        // A stock JDK has no optimising Truffle runtime; the interpreter is expected, so its warnings are noise.
        System.setProperty("polyglotimpl.AttachLibraryFailureAction", "ignore");
        return Context.newBuilder("js").allowAllAccess(false).option("engine.WarnInterpreterOnly", "false").build();
    }

    static Source source() throws IOException {
        return Source.newBuilder("js", Files.readString(FILE), FILE.getFileName().toString()).build();
    }

    /** JavaScript {@code analyze(text).join('\t')} for each input. */
    List<String> analyze(List<String> inputs) {
        return call("analyze", inputs);
    }

    /** JavaScript {@code tokens(text)} for each input, in the form of {@link #describe(List)}. */
    List<String> tokens(List<String> inputs) {
        return call("tokens", inputs);
    }

    /** The text form both sides give a token list in: {@code position start end surface stem alt,alt|…}. */
    static String describe(List<AnalyzedToken> tokens) {
        StringBuilder out = new StringBuilder();
        for (AnalyzedToken t : tokens) {
            if (out.length() > 0) {
                out.append('|');
            }
            out.append(t.position()).append(' ').append(t.start()).append(' ').append(t.end()).append(' ')
                    .append(t.surface()).append(' ').append(t.stem()).append(' ').append(String.join(",", t.alternatives()));
        }
        return out.toString();
    }

    private List<String> call(String function, List<String> inputs) {
        for (String input : inputs) {
            if (input.indexOf(SEPARATOR) >= 0) {
                throw new IllegalArgumentException("input contains the batch separator: " + input);
            }
        }
        String joined = batches.getMember(function).execute(String.join(String.valueOf(SEPARATOR), inputs)).asString();
        List<String> results = Arrays.asList(joined.split("\n", -1));
        if (results.size() != inputs.size()) {
            throw new IllegalStateException(results.size() + " results for " + inputs.size() + " inputs");
        }
        return results;
    }

    @Override
    public void close() {
        context.close();
    }
}
