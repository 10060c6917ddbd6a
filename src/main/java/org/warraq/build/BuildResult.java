package org.warraq.build;

import java.util.List;
import org.warraq.content.Diagnostic;

/**
 * What a build produced, for the summary line and for tests.
 *
 * @param cachedBodies how many article bodies came from the build cache; -1 when the build used none
 */
public record BuildResult(int articles, int pages, int files, List<Diagnostic> warnings, int cachedBodies) {
}
