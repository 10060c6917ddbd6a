package org.warraq.search;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.warraq.output.OutputFile;

/**
 * analyzer.js and engine.js in a sandboxed GraalJS context, with a loader shim that serves the exported
 * files from memory (evaluating each as the classic script it is) and logs what the engine fetched.
 */
final class EngineJs implements AutoCloseable {

    static final Path ANALYZER = Path.of("templates/assets/search/analyzer.js");
    static final Path ENGINE = Path.of("templates/assets/search/engine.js");

    private static final String SHIM = """
            globalThis.__log = [];
            globalThis.__init = () => warraq.searchInit({ root: __root, load: (id, url) => {
              __log.push(id);
              const text = __files[id];
              if (text === undefined) throw new Error('no file ' + url);
              (0, eval)(text);
            } });
            __init();
            """;

    /** One result as the engine returns it. */
    record Result(String url, String title, String date, String category, List<String> tags, double score,
                  List<Segment> excerpt) {
    }

    record Segment(String text, boolean match) {
    }

    record Facet(String value, String label, int count) {
    }

    record Response(int total, List<Result> results, Map<String, List<Facet>> facets, String suggestion, boolean fallback,
                    int requests, List<String> fetched) {

        List<String> urls() {
            return results.stream().map(Result::url).toList();
        }
    }

    private final Context context;

    static {
        System.setProperty("polyglotimpl.AttachLibraryFailureAction", "ignore");
    }

    EngineJs(List<OutputFile> files, String root) throws Exception {
        context = Context.newBuilder("js").allowAllAccess(false).option("engine.WarnInterpreterOnly", "false").build();
        Value bindings = context.getBindings("js");
        StringBuilder json = new StringBuilder("{");
        for (OutputFile f : files) {
            String id = f.path().substring("search/".length(), f.path().length() - ".js".length());
            json.append(json.length() > 1 ? "," : "").append(jsString(id)).append(':')
                    .append(jsString(new String(f.bytes(), StandardCharsets.UTF_8)));
        }
        context.eval("js", "globalThis.__files = " + json.append('}'));
        bindings.putMember("__root", root);
        context.eval(source(ANALYZER));
        context.eval(source(ENGINE));
        context.eval("js", SHIM);
    }

    static Source source(Path file) throws Exception {
        return Source.newBuilder("js", Files.readString(file), file.getFileName().toString()).build();
    }

    /** Runs {@code warraq.search(query, options)}; {@code options} is a JavaScript object literal. */
    Response search(String query, String options) {
        context.getBindings("js").putMember("__q", query);
        context.eval("js", "__log.length = 0; globalThis.__out = undefined; globalThis.__err = undefined;"
                + "warraq.search(__q, " + options + ").then(r => { globalThis.__out = r; }, e => { globalThis.__err = String(e && e.stack || e); });");
        Value bindings = context.getBindings("js");
        if (!bindings.getMember("__err").isNull()) {
            throw new IllegalStateException("engine failed: " + bindings.getMember("__err").asString());
        }
        Value out = bindings.getMember("__out");
        if (out.isNull()) {
            throw new IllegalStateException("the search did not finish");
        }
        List<Result> results = new ArrayList<>();
        Value rs = out.getMember("results");
        for (int i = 0; i < rs.getArraySize(); i++) {
            Value r = rs.getArrayElement(i);
            List<Segment> excerpt = new ArrayList<>();
            Value ex = r.getMember("excerpt");
            for (int j = 0; !ex.isNull() && j < ex.getArraySize(); j++) {
                excerpt.add(new Segment(ex.getArrayElement(j).getMember("text").asString(), ex.getArrayElement(j).getMember("match").asBoolean()));
            }
            Value category = r.getMember("category");
            results.add(new Result(r.getMember("url").asString(), r.getMember("title").asString(), r.getMember("date").asString(),
                    category.isNull() ? null : category.asString(), strings(r.getMember("tags")), r.getMember("score").asDouble(), excerpt));
        }
        Map<String, List<Facet>> facets = new LinkedHashMap<>();
        Value fs = out.getMember("facets");
        for (String name : fs.isNull() ? List.<String>of() : List.of("category", "tag", "author", "year")) {
            List<Facet> list = new ArrayList<>();
            Value f = fs.getMember(name);
            for (int i = 0; i < f.getArraySize(); i++) {
                Value e = f.getArrayElement(i);
                list.add(new Facet(e.getMember("value").toString(), e.getMember("label").asString(), e.getMember("count").asInt()));
            }
            facets.put(name, list);
        }
        Value suggestion = out.getMember("suggestion");
        return new Response(out.getMember("total").asInt(), results, facets, suggestion.isNull() ? null : suggestion.asString(),
                out.getMember("fallback").asBoolean(), out.getMember("requests").asInt(), strings(bindings.getMember("__log")));
    }

    /** Forgets every loaded file, as a fresh page would. */
    void reset() {
        context.eval("js", "__init()");
    }

    /** Evaluates an expression in the engine's context (for direct checks of its pieces). */
    Value eval(String js) {
        return context.eval("js", js);
    }

    private static List<String> strings(Value array) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < array.getArraySize(); i++) {
            out.add(array.getArrayElement(i).asString());
        }
        return out;
    }

    static String jsString(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    @Override
    public void close() {
        context.close();
    }
}
