package org.warraq.analysis;

import java.util.List;

/** A place and the site paths of the articles that mention it, newest first. */
public record PlaceCoverage(Place place, List<String> articles) {

    public PlaceCoverage {
        articles = List.copyOf(articles);
    }
}
