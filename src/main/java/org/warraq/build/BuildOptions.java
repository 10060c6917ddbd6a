package org.warraq.build;

import java.nio.file.Path;
import java.time.Instant;

/**
 * What to build and how.
 *
 * @param baseUrl  overrides {@code site.yaml}'s base_url when not null
 * @param portable overrides {@code site.yaml}'s portable_links when not null
 * @param now      the build's clock: articles dated after it are not published
 */
public record BuildOptions(Path content, Path templates, Path out, boolean drafts, String baseUrl, Boolean portable,
                           Instant now) {
}
