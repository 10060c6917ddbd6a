package org.warraq.render;

import io.pebbletemplates.pebble.extension.Filter;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.util.List;
import java.util.Map;
import org.warraq.arabic.Digits;
import org.warraq.content.Numerals;

/**
 * {@code {{ loop.index | digits }}}: a number the template writes, in the site's digits. Meant for
 * generated numbers only; text an author wrote keeps the digits they typed.
 */
final class DigitsFilter implements Filter {

    private final Numerals numerals;

    DigitsFilter(Numerals numerals) {
        this.numerals = numerals;
    }

    @Override
    public List<String> getArgumentNames() {
        return List.of();
    }

    @Override
    public Object apply(Object input, Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int line) {
        if (input == null) {
            return "";
        }
        if (input instanceof Long || input instanceof Integer || input instanceof Short) {
            return Digits.format(((Number) input).longValue(), numerals);
        }
        return Digits.localize(input.toString(), numerals);
    }
}
