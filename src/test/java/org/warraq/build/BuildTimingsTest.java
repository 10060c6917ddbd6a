package org.warraq.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildTimingsTest {

    @TempDir
    Path tmp;

    @Test
    void aBuildReportsEveryStageInOrderWithItsCounts() throws Exception {
        BuildTimings timings = new BuildTimings();
        List<String> advanced = Collections.synchronizedList(new ArrayList<>());
        BuildObserver counting = (name, items) -> new BuildObserver.Stage() {
            @Override
            public void advance() {
                advanced.add(name);
            }

            @Override
            public void close() {
            }
        };
        BuildResult result = SiteBuild.run(SiteFixture.sample(tmp.resolve("out")), BuildObserver.all(List.of(timings, counting)));
        List<String> names = timings.timings().stream().map(BuildTimings.Timing::name).toList();
        assertEquals(List.of("load", "place", "markdown", "index", "analysis", "search-export", "plan", "checks", "render", "write", "publish"),
                names);
        BuildTimings.Timing markdown = timings.timings().get(2);
        assertEquals(result.articles() + result.pages(), markdown.items());
        assertEquals(markdown.items(), advanced.stream().filter("markdown"::equals).count());
        BuildTimings.Timing index = timings.timings().get(3);
        assertEquals(result.articles(), index.items());
        assertEquals(index.items(), advanced.stream().filter("index"::equals).count());
        BuildTimings.Timing render = timings.timings().get(8);
        assertEquals(render.items(), advanced.stream().filter("render"::equals).count());
        assertEquals(result.files(), render.items() + timings.timings().get(9).items(), "pages, then the index and assets");
        assertTrue(timings.timings().stream().allMatch(t -> t.wallMillis() >= 0 && t.cpuMillis() >= 0), timings.timings().toString());
    }

    @Test
    void theIndexCountsEveryArticleWhenItsRunsComeFromTheCache() throws java.io.IOException {
        BuildOptions options = SiteFixture.sample(tmp.resolve("out")).withCache(tmp.resolve("cache"));
        SiteBuild.run(options);
        List<String> advanced = Collections.synchronizedList(new ArrayList<>());
        BuildResult result = SiteBuild.run(options, (name, items) -> new BuildObserver.Stage() {
            @Override
            public void advance() {
                advanced.add(name);
            }

            @Override
            public void close() {
            }
        });
        assertEquals(result.articles() + result.pages(), result.cachedBodies(), "everything came from the cache");
        assertEquals(result.articles(), advanced.stream().filter("index"::equals).count());
    }

    @Test
    void theReportIsOneLinePerStageThenTheTotals() {
        BuildTimings timings = new BuildTimings();
        timings.begin("render", 3).close();
        timings.begin("publish", 0).close();
        List<String> lines = timings.report(10).lines().toList();
        assertEquals(3, lines.size(), lines.toString());
        assertTrue(lines.get(0).matches("stage render\\s+wall\\s+[\\d.]+ ms\\s+cpu\\s+[\\d.]+ ms\\s+items 3"), lines.get(0));
        assertTrue(lines.get(2).matches("total process wall [\\d.]+ ms  cpu [\\d.]+ ms  cpu/article [\\d.]+ ms  peak-rss -?\\d+ kB"), lines.get(2));
    }
}
