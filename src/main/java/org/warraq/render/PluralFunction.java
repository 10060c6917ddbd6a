package org.warraq.render;

import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.extension.Function;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.util.List;
import java.util.Map;
import org.warraq.arabic.ArabicPlurals;
import org.warraq.content.Numerals;

/**
 * {@code {{ plural(3, "minutes") }}} → «٣ دقائق»: a count with the noun in the Arabic plural form
 * its number takes (CLDR categories zero/one/two/few/many/other), in the site's digits.
 */
final class PluralFunction implements Function {

    private final Numerals numerals;

    PluralFunction(Numerals numerals) {
        this.numerals = numerals;
    }

    @Override
    public List<String> getArgumentNames() {
        return List.of("n", "noun");
    }

    @Override
    public Object execute(Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int line) {
        Object n = args.get("n");
        Object noun = args.get("noun");
        ArabicPlurals.Noun forms = noun == null ? null : ArabicPlurals.NOUNS.get(noun.toString());
        if (!(n instanceof Number number) || forms == null) {
            throw new PebbleException(null, "plural(n, noun) needs a whole number and one of " + ArabicPlurals.NOUNS.keySet()
                    + ", found plural(" + n + ", " + noun + ")", line, self.getName());
        }
        return ArabicPlurals.count(number.longValue(), forms, numerals);
    }
}
