package org.warraq.render;

import io.pebbletemplates.pebble.extension.Filter;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.util.List;
import java.util.Map;
import org.warraq.arabic.Excerpts;

/** {@code {{ text | excerpt(120) }}}: the text cut on a word boundary (see {@link Excerpts}); escaped as usual. */
final class ExcerptFilter implements Filter {

    static final int DEFAULT_LENGTH = 160;

    @Override
    public List<String> getArgumentNames() {
        return List.of("length");
    }

    @Override
    public Object apply(Object input, Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int line) {
        Object length = args.get("length");
        return input == null ? "" : Excerpts.cut(input.toString(), length instanceof Number n ? n.intValue() : DEFAULT_LENGTH);
    }
}
