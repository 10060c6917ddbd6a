package org.warraq.build;

import java.util.List;
import org.warraq.content.Diagnostic;

/** What a build produced, for the summary line and for tests. */
public record BuildResult(int articles, int pages, int files, List<Diagnostic> warnings) {
}
