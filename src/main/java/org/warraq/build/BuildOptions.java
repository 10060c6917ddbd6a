package org.warraq.build;

import java.nio.file.Path;
import java.time.Instant;

/**
 * What to build and how.
 *
 * @param baseUrl  overrides {@code site.yaml}'s base_url when not null
 * @param portable overrides {@code site.yaml}'s portable_links when not null
 * @param now      the build's clock: articles dated after it are not published
 * @param cache    the folder of the on-disk build cache ({@link BuildCache}), or null to build without one
 */
public record BuildOptions(Path content, Path templates, Path out, boolean drafts, String baseUrl, Boolean portable,
                           Instant now, Path cache) {

    /** Options for a build without a cache. */
    public BuildOptions(Path content, Path templates, Path out, boolean drafts, String baseUrl, Boolean portable, Instant now) {
        this(content, templates, out, drafts, baseUrl, portable, now, null);
    }

    /** The same options with the build cache in {@code folder} (null: none). */
    public BuildOptions withCache(Path folder) {
        return new BuildOptions(content, templates, out, drafts, baseUrl, portable, now, folder);
    }
}
