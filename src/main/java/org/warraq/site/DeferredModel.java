package org.warraq.site;

import java.util.AbstractMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A page's view model made when the page is rendered rather than when the site is planned. A build that plans once
 * then holds each page's inputs (its articles, its place in its list), which it holds anyway, instead of the models
 * of every article page, list page, feed and sitemap at once (about half of the live heap at the end of planning,
 * at 10,000 articles). Read as a map it is made again each time; the renderer makes it once
 * ({@link PlannedPage#modelToRender()}) and lets it go with the page's bytes. It carries the values it is made from
 * ({@link #inputs()}), so that a build can tell the page is unchanged without making it.
 */
public final class DeferredModel extends AbstractMap<String, Object> {

    private final Supplier<Map<String, Object>> make;
    private final Record inputs;

    /** @param inputs every value the model is made from besides the site's settings: equal inputs make equal models */
    DeferredModel(Supplier<Map<String, Object>> make, Record inputs) {
        this.make = make;
        this.inputs = inputs;
    }

    /** Every value the model is made from besides the site's settings (its configuration and the generator's code). */
    Record inputs() {
        return inputs;
    }

    /** The model, made now. */
    Map<String, Object> make() {
        return make.get();
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        return make.get().entrySet();
    }
}
