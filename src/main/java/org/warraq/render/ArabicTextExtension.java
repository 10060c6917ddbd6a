package org.warraq.render;

import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.extension.Filter;
import io.pebbletemplates.pebble.extension.Function;
import java.util.Map;
import org.warraq.arabic.ArabicDates;
import org.warraq.content.SiteConfig;
import org.warraq.markdown.IsolatedHtml;
import org.warraq.markdown.RtlOptions;

/**
 * The Arabic text services made available to templates, set up once for the site: filters
 * {@code isolate}, {@code excerpt}, {@code digits}, {@code date_ar}, {@code hijri}, {@code sort_ar}
 * and the function {@code plural}. Each is stateless or makes its ICU objects per call, so the
 * engine may render pages in parallel.
 */
public final class ArabicTextExtension extends AbstractExtension {

    private final Map<String, Filter> filters;
    private final Map<String, Function> functions;

    public ArabicTextExtension(SiteConfig config) {
        ArabicDates dates = new ArabicDates(config.region(), config.numerals());
        this.filters = Map.of(
                "isolate", new IsolateFilter(new IsolatedHtml(RtlOptions.of(config))),
                "excerpt", new ExcerptFilter(),
                "digits", new DigitsFilter(config.numerals()),
                "date_ar", new DateFilter(dates, DateFilter.Calendar.GREGORIAN),
                "hijri", new DateFilter(dates, DateFilter.Calendar.HIJRI),
                "sort_ar", new CollateFilter());
        this.functions = Map.of("plural", new PluralFunction(config.numerals()));
    }

    @Override
    public Map<String, Filter> getFilters() {
        return filters;
    }

    @Override
    public Map<String, Function> getFunctions() {
        return functions;
    }
}
