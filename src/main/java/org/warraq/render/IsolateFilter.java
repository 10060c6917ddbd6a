package org.warraq.render;

import io.pebbletemplates.pebble.extension.Filter;
import io.pebbletemplates.pebble.extension.escaper.SafeString;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.util.List;
import java.util.Map;
import org.warraq.markdown.IsolatedHtml;

/**
 * {@code {{ article.title | isolate }}}: the text escaped here, with Latin runs (or a whole title in
 * the other direction) wrapped in {@code <span dir lang>}, returned as a {@link SafeString} so the
 * autoescaper leaves the spans alone. Only for element content, never attribute values.
 */
final class IsolateFilter implements Filter {

    private final IsolatedHtml html;

    IsolateFilter(IsolatedHtml html) {
        this.html = html;
    }

    @Override
    public List<String> getArgumentNames() {
        return List.of();
    }

    @Override
    public Object apply(Object input, Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int line) {
        return new SafeString(input == null ? "" : html.phrase(input.toString()));
    }
}
