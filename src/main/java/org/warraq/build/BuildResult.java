package org.warraq.build;

import java.util.List;
import org.warraq.content.Diagnostic;

/**
 * What a build produced, for the summary line and for tests.
 *
 * @param cachedBodies how many article bodies came from the build cache; -1 when the build used none
 * @param renderedPages how many pages (article, list and section pages, feeds, sitemaps) were rendered from templates
 * @param keptPages    how many pages were taken back from the previous site instead of rendered; -1 when the build used
 *                     no cache
 * @param keptEntries  how many search term entries were taken from the build cache instead of drafted; -1 when the build
 *                     used no cache
 * @param draftedEntries how many search term entries were drafted; -1 when the build used no cache
 * @param keptSpellingFiles how many «did you mean» files were taken from the build cache instead of made; -1 when the build
 *                     used no cache
 * @param madeSpellingFiles how many «did you mean» files were made; -1 when the build used no cache
 * @param keptExcerptFiles how many of the search index's excerpt files were taken back from the previous site instead of
 *                     made; -1 when the build used no cache
 * @param excerptFiles how many excerpt files the search index has (one for each part of each article's text); -1 when the
 *                     build used no cache
 * @param keptAnalyses how many articles' related articles, key terms and places were taken from the build cache instead of
 *                     found again; -1 when the build used no cache
 * @param unreadSources how many source files were taken as the last build loaded them, their stamps unchanged, without
 *                     being read; -1 when the build used no cache
 */
public record BuildResult(int articles, int pages, int files, List<Diagnostic> warnings, int cachedBodies, int renderedPages,
                          int keptPages, int keptEntries, int draftedEntries, int keptSpellingFiles, int madeSpellingFiles,
                          int keptExcerptFiles, int excerptFiles, int keptAnalyses, int unreadSources) {
}
