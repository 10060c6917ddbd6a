package org.warraq.render;

import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.extension.Filter;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.warraq.arabic.ArabicCollation;

/**
 * {@code {% for tag in article.tags | sort_ar %}}: a list in Arabic alphabetical order (ICU
 * collator). Text items sort by themselves; records by their {@code label()} or {@code name()}.
 */
final class CollateFilter implements Filter {

    @Override
    public List<String> getArgumentNames() {
        return List.of();
    }

    @Override
    public Object apply(Object input, Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int line) {
        if (input == null) {
            return List.of();
        }
        if (!(input instanceof Collection<?> items)) {
            throw new PebbleException(null, "sort_ar needs a list, found " + input.getClass().getSimpleName(), line, self.getName());
        }
        return ArabicCollation.sorted(new ArrayList<Object>(items), item -> name(item, self, line));
    }

    private static String name(Object item, PebbleTemplate self, int line) {
        if (item == null || item instanceof CharSequence) {
            return String.valueOf(item);
        }
        for (String accessor : List.of("label", "name")) {
            try {
                return String.valueOf(item.getClass().getMethod(accessor).invoke(item));
            } catch (NoSuchMethodException e) {
                continue;
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new PebbleException(e, "sort_ar cannot read " + accessor + "() of " + item, line, self.getName());
            }
        }
        return item.toString();
    }
}
