package org.warraq.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

/**
 * Gate: axe-core finds no serious or critical WCAG 2.2 AA violation on each page type at desktop and phone widths in
 * light and dark colour schemes, and every interactive element is reached by Tab in a sensible order with a visible
 * focus indicator.
 */
class AccessibilityGateTest {

    static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    @TempDir
    static Path tmp;
    static QualitySite site;
    static PageDriver browser;
    static Map<String, String> pages;

    @BeforeAll
    static void start() throws IOException {
        site = QualitySite.build(tmp);
        pages = site.pages("home", "article", "tag", "author", "archive", "search", "404");
        browser = new PageDriver(site, tmp.resolve("profile"));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void noSeriousOrCriticalAxeViolationAtBothWidthsInBothSchemes() {
        List<String> found = new ArrayList<>();
        int runs = 0;
        for (int width : new int[] {390, 1280}) {
            for (String scheme : List.of("light", "dark")) {
                browser.emulate(width, scheme);
                for (var page : pages.entrySet()) {
                    if (page.getKey().equals("search")) {
                        browser.openSearchWithResults();
                    } else {
                        browser.open(page.getValue());
                    }
                    Results results = new AxeBuilder().withTags(TAGS).analyze(browser.driver);
                    assertFalse(results.isErrored(), page.getKey() + ": " + results.getErrorMessage());
                    runs++;
                    for (Rule rule : results.getViolations()) {
                        if ("serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact())) {
                            List<String> nodes = new ArrayList<>();
                            for (CheckedNode n : rule.getNodes()) {
                                nodes.add(n.getTarget() + " " + n.getFailureSummary().replaceAll("\\s+", " "));
                            }
                            found.add(page.getValue() + " @" + width + " " + scheme + ": " + rule.getId() + " ("
                                    + rule.getImpact() + ") " + rule.getHelp() + " " + nodes.subList(0,
                                    Math.min(5, nodes.size())));
                        }
                    }
                }
            }
        }
        assertEquals(28, runs);
        assertEquals(List.of(), found);
    }

    /** Tabs through the page; returns, for each stop, its section, tag, text, focused and unfocused focus styles. */
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> tabThrough(String page) {
        browser.emulate(1280, "light");
        if (page.startsWith("search/")) {
            browser.openSearchWithResults();
        } else {
            browser.open(page);
        }
        // Start Tab from the top of the page, wherever the page put focus (the search page focuses its box).
        browser.js("""
                window.__stops = [];
                const start = document.createElement('span');
                start.tabIndex = -1;
                document.body.prepend(start);
                start.focus();""");
        Actions keys = new Actions(browser.driver);
        for (int i = 0; i < 400; i++) {
            keys.sendKeys(Keys.TAB).perform();
            Boolean repeated = (Boolean) browser.js("""
                    const el = document.activeElement;
                    if (!el || el === document.body || window.__stops.some(s => s.el === el)) return true;
                    const cs = getComputedStyle(el);
                    window.__stops.push({el, focused: cs.outlineStyle + ' ' + cs.outlineWidth + ' ' + cs.boxShadow});
                    return false;""");
            if (repeated) {
                break;
            }
        }
        return (List<Map<String, Object>>) browser.js("""
                document.activeElement && document.activeElement.blur();
                const all = [...document.querySelectorAll('*')];
                return window.__stops.map(s => {
                  const cs = getComputedStyle(s.el);
                  const r = s.el.getBoundingClientRect();
                  return {section: s.el.closest('header') ? 'header' : s.el.closest('main') ? 'main'
                            : s.el.closest('footer') ? 'footer' : 'other',
                          tag: s.el.tagName.toLowerCase(), cls: s.el.className || '', text: (s.el.textContent || s.el.name || '').trim().slice(0, 40),
                          order: all.indexOf(s.el), right: r.right, top: r.top, nav: !!s.el.closest('.site-nav'),
                          focused: s.focused, unfocused: cs.outlineStyle + ' ' + cs.outlineWidth + ' ' + cs.boxShadow};
                });""");
    }

    @SuppressWarnings("unchecked")
    @Test
    void keyboardReachesEveryControlInOrderWithAVisibleFocus() {
        for (String page : List.of(pages.get("home"), pages.get("article"), pages.get("search"), pages.get("404"))) {
            List<Map<String, Object>> stops = tabThrough(page);
            List<String> missed = (List<String>) browser.js("""
                    return [...document.querySelectorAll('a[href], button, input:not([type=hidden]), select, textarea, summary, [tabindex]')]
                      .filter(e => e.tabIndex >= 0 && !e.disabled && !e.closest('[hidden], [inert]')
                        && (e.getClientRects().length > 0 || e.classList.contains('skip-link'))
                        && !window.__stops.some(s => s.el === e))
                      .map(e => e.outerHTML.slice(0, 120));""");
            assertEquals(List.of(), missed, page + ": Tab does not reach these of its " + stops.size() + " stops");
            assertTrue(String.valueOf(stops.get(0).get("cls")).contains("skip-link"), page + ": the skip link comes "
                    + "first, not " + stops.get(0));
            List<String> problems = new ArrayList<>();
            int lastMain = -1;
            int firstMain = Integer.MAX_VALUE;
            int lastHeader = -1;
            for (int i = 0; i < stops.size(); i++) {
                Map<String, Object> s = stops.get(i);
                if (s.get("focused").equals(s.get("unfocused"))) {
                    problems.add("no visible focus on " + s);
                }
                if (i > 0 && ((Number) s.get("order")).intValue() < ((Number) stops.get(i - 1).get("order")).intValue()) {
                    problems.add("Tab goes back in the document to " + s);
                }
                if (s.get("section").equals("header")) {
                    lastHeader = i;
                }
                if (s.get("section").equals("main")) {
                    firstMain = Math.min(firstMain, i);
                    lastMain = i;
                }
                if (i > 0 && Boolean.TRUE.equals(s.get("nav")) && Boolean.TRUE.equals(stops.get(i - 1).get("nav"))
                        && s.get("top").equals(stops.get(i - 1).get("top"))
                        && ((Number) s.get("right")).doubleValue() >= ((Number) stops.get(i - 1).get("right")).doubleValue()) {
                    problems.add("the navigation is not read right to left at " + s);
                }
            }
            assertTrue(lastHeader >= 0 && lastMain >= 0, page + ": no header or main controls in " + stops);
            assertTrue(lastHeader < firstMain, page + ": header controls come before the main content");
            assertEquals(List.of(), problems, page);
        }
    }
}
