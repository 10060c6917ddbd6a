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
 * ({@link PlannedPage#modelToRender()}) and lets it go with the page's bytes.
 */
public final class DeferredModel extends AbstractMap<String, Object> {

    private final Supplier<Map<String, Object>> make;

    DeferredModel(Supplier<Map<String, Object>> make) {
        this.make = make;
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
