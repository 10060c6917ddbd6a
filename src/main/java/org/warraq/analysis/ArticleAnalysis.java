package org.warraq.analysis;

import java.util.List;

/**
 * One article's analysis as the build makes it and {@link AnalysisStore} keeps it: its related articles with the query
 * that found them, which tell a later build whether a change can alter them ({@link Reach}), its key terms and places.
 */
record ArticleAnalysis(RelatedArticles.Found related, List<KeyTerm> keyTerms, List<Place> places) {

    ArticleAnalysis {
        keyTerms = List.copyOf(keyTerms);
        places = List.copyOf(places);
    }
}
