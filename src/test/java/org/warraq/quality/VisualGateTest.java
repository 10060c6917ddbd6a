package org.warraq.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;

/**
 * Gate: each page type, at 1280 px and 390 px, is saved as a screenshot under {@code <buildDir>/screenshots/} and
 * measured: no sideways scrolling on a phone, the main heading's text starts at the right of its content box (inside
 * main's right padding), and the
 * navigation starts at the right. Also: an article loads the search engine only once the reader starts a search.
 */
class VisualGateTest {

    @TempDir
    static Path tmp;
    static QualitySite site;
    static PageDriver browser;
    static Map<String, String> pages;

    @BeforeAll
    static void start() throws IOException {
        site = QualitySite.build(tmp);
        pages = site.pages("home", "article", "tag", "author", "archive", "place", "analysis", "search", "404");
        browser = new PageDriver(site, tmp.resolve("profile"));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @SuppressWarnings("unchecked")
    @Test
    void everyPageTypeIsRightToLeftAndFitsAPhone() throws IOException {
        Path shots = Path.of(System.getProperty("warraq.buildDir", "target"), "screenshots");
        Files.createDirectories(shots);
        List<String> problems = new ArrayList<>();
        for (int width : new int[] {1280, 390}) {
            browser.emulate(width, "light");
            for (var page : pages.entrySet()) {
                if (page.getKey().equals("search")) {
                    browser.openSearchWithResults();
                } else {
                    browser.open(page.getValue());
                }
                Path shot = shots.resolve("quality-" + page.getKey() + "-" + width + ".png");
                Files.write(shot, browser.driver.getScreenshotAs(OutputType.BYTES));
                Map<String, Object> m = (Map<String, Object>) browser.js("""
                        const de = document.documentElement;
                        const main = document.querySelector('main');
                        const h = [...main.querySelectorAll('h1, h2')].find(e => e.getClientRects().length
                            && e.getBoundingClientRect().width > 1);
                        const cs = getComputedStyle(main);
                        const box = h.parentElement;
                        const bcs = getComputedStyle(box);
                        const b = box.getBoundingClientRect();
                        const r = main.getBoundingClientRect();
                        const range = document.createRange();
                        range.selectNodeContents(h);
                        const nav = document.querySelector('.site-nav');
                        const links = nav ? [...nav.querySelectorAll('a')].filter(a => a.getClientRects().length) : [];
                        const ncs = nav && getComputedStyle(nav);
                        return {scrollWidth: de.scrollWidth, clientWidth: de.clientWidth,
                          heading: h.tagName + ' ' + h.textContent.trim().slice(0, 30),
                          headingRight: range.getBoundingClientRect().right,
                          contentRight: b.right - parseFloat(bcs.borderRightWidth) - parseFloat(bcs.paddingRight),
                          box: box.tagName.toLowerCase() + '.' + box.className, boxRight: b.right,
                          mainContentRight: r.right - parseFloat(cs.borderRightWidth) - parseFloat(cs.paddingRight),
                          direction: cs.direction,
                          navRight: nav ? nav.getBoundingClientRect().right - parseFloat(ncs.paddingRight) : null,
                          firstLinkRight: links.length ? links[0].getBoundingClientRect().right : null,
                          maxLinkRight: Math.max(...links.map(a => a.getBoundingClientRect().right))};""");
                String where = page.getValue() + " @" + width + " (" + shot.getFileName() + "): ";
                double headingRight = num(m.get("headingRight"));
                double contentRight = num(m.get("contentRight"));
                if (!"rtl".equals(m.get("direction"))) {
                    problems.add(where + "main is " + m.get("direction"));
                }
                if (width == 390 && num(m.get("scrollWidth")) > num(m.get("clientWidth"))) {
                    problems.add(where + "scrolls sideways: " + m.get("scrollWidth") + " > " + m.get("clientWidth"));
                }
                if (headingRight > contentRight + 1 || headingRight < contentRight - 2) {
                    problems.add(where + m.get("heading") + " ends at " + headingRight + ", not at the right edge of "
                            + m.get("box") + "'s content, " + contentRight);
                }
                if (num(m.get("boxRight")) > num(m.get("mainContentRight")) + 1) {
                    problems.add(where + m.get("box") + " overflows main's right padding: " + m.get("boxRight") + " > "
                            + m.get("mainContentRight"));
                }
                if (m.get("navRight") == null || m.get("firstLinkRight") == null) {
                    problems.add(where + "no navigation");
                } else if (num(m.get("firstLinkRight")) < num(m.get("maxLinkRight"))
                        || num(m.get("firstLinkRight")) > num(m.get("navRight")) + 1
                        || num(m.get("firstLinkRight")) < num(m.get("navRight")) - 16) {
                    problems.add(where + "the navigation does not start at the right: first link ends at "
                            + m.get("firstLinkRight") + ", the navigation at " + m.get("navRight"));
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void anArticleLoadsTheSearchEngineOnlyWhenTheReaderStartsASearch() {
        browser.emulate(1280, "light");
        browser.open(pages.get("article"));
        String loaded = "return performance.getEntriesByType('resource').map(e => e.name)"
                + ".filter(n => n.includes('/assets/search/')).length";
        assertEquals(0L, ((Number) browser.js(loaded)).longValue(), "the search engine loads before any interaction");
        assertEquals(0L, ((Number) browser.js("return document.querySelectorAll('script[src*=\"assets/search/\"]')"
                + ".length")).longValue());
        browser.driver.findElement(By.id("site-search-q")).click();
        browser.waiting().until(d -> ((Number) browser.js(loaded)).longValue() >= 3);
        assertTrue(((Number) browser.js(loaded)).longValue() >= 3, "focusing the search box loads the engine");
    }

    static double num(Object o) {
        return ((Number) o).doubleValue();
    }
}
