package org.warraq.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The countries an article mentions, from its analysed text: most mentioned first, then in order of first mention. */
final class Places {

    private Places() {
    }

    static List<Place> of(ArticleText text, Gazetteer gazetteer) {
        Map<Place, Integer> counts = new LinkedHashMap<>();
        for (ArticleText.Segment segment : text.segments()) {
            for (Gazetteer.Mention mention : gazetteer.find(segment.tokens())) {
                counts.merge(mention.place(), 1, Integer::sum);
            }
        }
        List<Place> places = new ArrayList<>(counts.keySet());
        List<Place> firstMentioned = List.copyOf(places);
        places.sort(Comparator.comparingInt((Place p) -> -counts.get(p)).thenComparingInt(firstMentioned::indexOf));
        return List.copyOf(places);
    }
}
