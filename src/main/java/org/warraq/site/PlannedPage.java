package org.warraq.site;

import java.util.Map;

/**
 * One file the site will contain, as data: where it goes, which template renders it and the view
 * model the template sees. {@code source} names what it was made from, for collision messages.
 */
public record PlannedPage(String path, OutputKind kind, String template, Map<String, Object> model, String source) {

    /** The model to render the page from: a {@link DeferredModel} made now, once, else the model itself. */
    public Map<String, Object> modelToRender() {
        return model instanceof DeferredModel deferred ? deferred.make() : model;
    }

    /**
     * Every value the model is made from besides the site's settings, when the model is still to be made: pages whose
     * inputs and settings are equal have equal models. Null when the model is made already.
     */
    public Record modelInputs() {
        return model instanceof DeferredModel deferred ? deferred.inputs() : null;
    }
}
