package org.warraq.search.analysis;

import java.util.List;

/** What the morphology step makes of one normalised word: its surface form, light stem and alternatives. */
record WordAnalysis(String surface, String stem, List<String> alternatives) {

    WordAnalysis {
        alternatives = List.copyOf(alternatives);
    }
}
