package org.warraq.analysis;

import java.util.List;

/**
 * What the analysis found for one article: the site paths of its related articles (best first), its key terms
 * (most distinctive first) and the countries it mentions (most mentioned first, then first mentioned).
 */
public record ArticleContext(List<String> related, List<KeyTerm> keyTerms, List<Place> places) {

    public static final ArticleContext NONE = new ArticleContext(List.of(), List.of(), List.of());

    public ArticleContext {
        related = List.copyOf(related);
        keyTerms = List.copyOf(keyTerms);
        places = List.copyOf(places);
    }
}
