package org.warraq.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.text.PluralRules;
import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.warraq.arabic.Digits;
import org.warraq.build.BuildOptions;
import org.warraq.build.SiteBuild;
import org.warraq.content.Numerals;

/**
 * A reader searches the built sample site in headless Chromium, from disk (file://) and over HTTP
 * under a sub-path: the header box, the search page (inflected forms, phrases, exclusions, filters,
 * sort, the history), the article with the query's words marked, the keyboard, the Arabic result
 * count in the live region, and a hostile title that must stay text.
 */
class SearchBrowserTest {

    static final Instant NOW = Instant.parse("2026-06-01T00:00:00Z");

    /** The sample site only has «بأصوات» (book-fairs-digital.md): the query's form is not in the text. */
    static final String SOUNDS = "الأصوات";
    static final String BOOK_FAIRS = "معارض الكتاب العربية: من سوق موسمية إلى منصة ثقافية رقمية";
    /** «البنك المركزي» as a phrase is only in interest-rates-2024.md; both words are in others. */
    static final String BANK = "البنك المركزي";
    static final String RATES = "أسعار الفائدة في 2024";
    static final String ENERGY = "الطاقة";
    static final String NOTHING = "زمخشريات";

    static final String HOSTILE = "<img src=x onerror=alert(1)>";

    @TempDir
    static Path tmp;
    static Path site;
    static ChromeDriver driver;
    static StaticServer server;
    static final Set<String> pluralsSeen = new TreeSet<>();

    @BeforeAll
    static void buildAndStart() throws IOException {
        driver = Browser.start(tmp.resolve("profile"), 1280, 900);
        site = tmp.resolve("site");
        SiteBuild.run(new BuildOptions(Path.of("content"), Path.of("templates"), site, false, null, null, NOW));
        for (String script : List.of("analyzer.js", "engine.js", "ui.js", "highlight.js")) {
            assertTrue(Files.isRegularFile(site.resolve("assets/search").resolve(script)),
                    "assets/search/" + script + " is not in the built site: the search cannot run");
        }
        assertTrue(Files.isRegularFile(site.resolve("search/manifest.js")),
                "the static search index (search/manifest.js) is not in the built site: is SearchExport wired into SiteBuild?");
        server = new StaticServer(site, "/warraq/");
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void searchFromDisk() throws IOException {
        searchFlow(site.toUri().toString(), true);
    }

    @Test
    void searchOverHttpUnderASubPath() throws IOException {
        String base = server.base();
        assertTrue(base.startsWith("http://127.0.0.1:") && base.endsWith("/warraq/"), base);
        searchFlow(base, false);
    }

    @Test
    void aHostileTitleStaysText() throws IOException {
        Path root = tmp.resolve("hostile");
        Path content = root.resolve("content");
        Files.createDirectories(content.resolve("articles"));
        Files.writeString(content.resolve("site.yaml"), """
                title: موقع الاختبار
                description: موقع صغير للاختبارات
                base_url: https://example.org/
                timezone: Asia/Riyadh
                numerals: latn
                region: EG
                portable_links: true
                authors:
                  - key: salma
                    name: سلمى الراشد
                categories:
                  - key: economy
                    name: اقتصاد
                """, StandardCharsets.UTF_8);
        Files.writeString(content.resolve("articles/hostile.md"), """
                ---
                title: "%s"
                date: 2025-05-01
                author: salma
                category: economy
                tags: ["<b>وسم</b>"]
                ---
                نص المقال يذكر onerror و<script>alert(2)</script> كما هي، نصًّا لا وسومًا.
                """.formatted(HOSTILE), StandardCharsets.UTF_8);
        Path out = root.resolve("site");
        SiteBuild.run(new BuildOptions(content, Path.of("templates"), out, false, null, null, NOW));

        driver.get(out.resolve("search/index.html").toUri() + "?q=onerror");
        awaitResults("onerror");
        assertEquals(List.of(HOSTILE), titles());
        assertEquals(0, driver.findElements(By.cssSelector(".search-page img, .search-page script")).size(),
                "markup from the index became elements");
        assertTrue(driver.findElement(By.cssSelector(".search-result-excerpt")).getText().contains("onerror"));
        assertEquals("1 مايو 2025", driver.findElement(By.cssSelector(".search-result time")).getText(), "this site writes Latin digits");
        assertEquals("نتيجة واحدة", driver.findElement(By.cssSelector(".search-status")).getText());
        assertThrows(NoAlertPresentException.class, () -> driver.switchTo().alert());

        // The header's live results on another page build the same way.
        driver.get(out.resolve("index.html").toUri().toString());
        WebElement box = driver.findElement(By.id("site-search-q"));
        box.click();
        box.sendKeys("onerror");
        WebElement popup = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".search-popup .search-result")));
        assertTrue(plain(popup.getText()).contains(HOSTILE), popup.getText());
        assertEquals(0, driver.findElements(By.cssSelector(".site-search img")).size());
        assertThrows(NoAlertPresentException.class, () -> driver.switchTo().alert());
    }

    /**
     * The live region's phrasing for every Arabic plural category. The sample site cannot produce
     * every count, so here (and only here) the page's engine is replaced by a stub that reports the
     * number typed; the UI around it is the real one.
     */
    @Test
    void theResultCountIsArabic() {
        driver.get(site.resolve("search/index.html").toUri().toString());
        waiting().until(d -> Boolean.TRUE.equals(js("return !!window.warraqUi && !!(window.warraq && window.warraq.search)")));
        js("window.warraq.search = async (q) => ({ total: Number(q.replace(/\\D/g, '')), results: [], facets: {} });");
        List<Object[]> cases = List.of(new Object[] {0, "لا نتائج"}, new Object[] {1, "نتيجة واحدة"}, new Object[] {2, "نتيجتان"},
                new Object[] {3, "٣ نتائج"}, new Object[] {10, "١٠ نتائج"}, new Object[] {11, "١١ نتيجة"},
                new Object[] {99, "٩٩ نتيجة"}, new Object[] {100, "١٠٠ نتيجة"}, new Object[] {101, "١٠١ نتيجة"},
                new Object[] {103, "١٠٣ نتائج"}, new Object[] {1000, "١٠٠٠ نتيجة"});
        for (Object[] c : cases) {
            search("عدد " + c[0]);
            assertEquals(c[1], driver.findElement(By.cssSelector(".search-status")).getText(), "count " + c[0]);
            assertEquals(expectedCount((Integer) c[0]), c[1]);
        }
    }

    // The whole reader's journey, from disk or over HTTP.
    private void searchFlow(String base, boolean screenshots) throws IOException {
        // The header box on the home page: a labelled search box with live results; Enter goes to the search page.
        driver.get(base + "index.html");
        WebElement header = driver.findElement(By.id("site-search-q"));
        assertEquals("ابحث في الموقع", driver.findElement(By.cssSelector("label[for='site-search-q']")).getAttribute("textContent"));
        assertEquals("search", header.getAttribute("type"));
        assertEquals("auto", header.getAttribute("dir"));
        assertEquals(0, ((Number) js("return document.querySelectorAll('script[src*=\"assets/search/\"]').length")).intValue(),
                "the search engine loads before the reader searches");
        header.click();
        header.sendKeys(SOUNDS);
        waiting().until(d -> {
            List<WebElement> popup = d.findElements(By.cssSelector(".search-popup"));
            return !popup.isEmpty() && popup.get(0).isDisplayed() && plain(popup.get(0).getText()).contains(BOOK_FAIRS);
        });
        header.sendKeys(Keys.ENTER);
        waiting().until(d -> decoded(d.getCurrentUrl()).contains("/search/"));
        assertTrue(decoded(driver.getCurrentUrl()).contains("q=" + SOUNDS), driver.getCurrentUrl());
        awaitResults(SOUNDS);
        if (base.startsWith("http")) {
            // The manifest comes with the engine: asked once, before the engine had arrived (one round trip).
            @SuppressWarnings("unchecked")
            List<Number> times = (List<Number>) js("""
                    const all = performance.getEntriesByType('resource');
                    const manifests = all.filter((e) => e.name.includes('search/manifest.js'));
                    const engine = all.find((e) => e.name.includes('assets/search/engine.js'));
                    return [manifests.length, manifests.length ? manifests[0].startTime : -1, engine ? engine.responseEnd : -1];""");
            assertEquals(1, times.get(0).intValue(), "manifest.js fetched once");
            assertTrue(times.get(1).doubleValue() < times.get(2).doubleValue(), "manifest.js asked before engine.js arrived: " + times);
        }
        WebElement box = driver.findElement(By.id("search-query"));
        assertEquals(SOUNDS, box.getAttribute("value"));
        assertEquals("كلمات البحث", driver.findElement(By.cssSelector("label[for='search-query']")).getText());
        assertTrue(titles().contains(BOOK_FAIRS), "an inflected form finds the article: " + titles());
        checkCount();
        WebElement status = driver.findElement(By.cssSelector(".search-status"));
        assertEquals("polite", status.getAttribute("aria-live"));
        for (WebElement time : driver.findElements(By.cssSelector(".search-result time"))) {
            assertTrue(time.getText().matches("[٠-٩]{1,2} \\S+ [٠-٩]{4}"), "a date in Arabic with Arabic digits: " + time.getText());
        }
        WebElement excerptMark = driver.findElement(By.cssSelector(".search-result-excerpt mark"));
        assertFalse(excerptMark.getText().isBlank());

        // Nothing found: «لا نتائج».
        search(NOTHING);
        assertEquals(0, titles().size());
        checkCount();

        // A misspelling offers «هل تقصد»; following it searches the suggestion.
        search("المدارص");
        WebElement suggestion = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".search-suggestion a")));
        assertTrue(driver.findElement(By.cssSelector(".search-suggestion")).getText().startsWith("هل تقصد"));
        String suggested = suggestion.getText();
        suggestion.click();
        awaitResults(suggested);
        assertEquals(suggested, driver.findElement(By.id("search-query")).getAttribute("value"));
        assertFalse(titles().isEmpty(), "the suggestion «" + suggested + "» finds articles");

        // When no article has every word, the engine falls back to any word and the page says so.
        search(ENERGY + " " + NOTHING);
        assertTrue(driver.findElement(By.cssSelector(".search-note")).isDisplayed(), "the any-word fallback is announced");
        assertFalse(titles().isEmpty());
        search(ENERGY);
        assertFalse(driver.findElement(By.cssSelector(".search-note")).isDisplayed());

        // A quoted phrase narrows; -word excludes.
        search(BANK);
        Set<String> loose = new HashSet<>(allTitles());
        checkCount();
        search("\"" + BANK + "\"");
        Set<String> phrase = new HashSet<>(allTitles());
        checkCount();
        assertTrue(phrase.stream().anyMatch(t -> t.contains(RATES)), "the phrase is in the rates article: " + phrase);
        assertTrue(loose.containsAll(phrase) && phrase.size() < loose.size(), "phrase " + phrase + " within words " + loose);
        search(BANK + " -الفائدة");
        Set<String> excluded = new HashSet<>(allTitles());
        checkCount();
        assertTrue(excluded.stream().noneMatch(t -> t.contains(RATES)), "-الفائدة excludes the rates article: " + excluded);
        assertTrue(loose.containsAll(excluded) && excluded.size() < loose.size(), "excluded " + excluded + " within " + loose);

        // A category filter narrows the results and the count follows; the back button undoes it.
        search(ENERGY);
        int all = loadAll();
        checkCount();
        List<String> relevanceDates = dates();
        if (screenshots) {
            screenshot("search-results-1280.png");
        }
        WebElement facet = null;
        int facetCount = 0;
        for (WebElement button : driver.findElements(By.xpath("//fieldset[legend='القسم']//button[@aria-pressed='false']"))) {
            int n = arabicNumber(button.findElement(By.cssSelector(".facet-count")).getText());
            if (n > 0 && n < all) {
                facet = button;
                facetCount = n;
                break;
            }
        }
        assertTrue(facet != null, "a category facet that narrows the " + all + " results");
        String category = (String) js("return arguments[0].firstChild.textContent", facet);
        facet.click();
        waiting().until(d -> d.getCurrentUrl().contains("category="));
        awaitResults(ENERGY);
        assertEquals(facetCount, loadAll(), "the facet's count is the number of results");
        checkCount();
        for (WebElement result : driver.findElements(By.cssSelector(".search-result-category"))) {
            assertEquals(category, result.getText());
        }
        assertEquals("true", driver.findElement(By.xpath("//fieldset[legend='القسم']//button[starts-with(., '" + category + "')]"))
                .getAttribute("aria-pressed"));
        driver.navigate().back();
        waiting().until(d -> !d.getCurrentUrl().contains("category="));
        awaitResults(ENERGY);
        assertEquals(all, loadAll());
        assertEquals(0, driver.findElements(By.cssSelector(".search-facet [aria-pressed='true']")).size());

        // Sort by date: newest first, a different order from relevance; the back button restores relevance.
        new Select(driver.findElement(By.id("search-sort"))).selectByValue("date");
        waiting().until(d -> d.getCurrentUrl().contains("sort=date"));
        awaitResults(ENERGY);
        loadAll();
        List<String> byDate = dates();
        List<String> newestFirst = new ArrayList<>(byDate);
        newestFirst.sort(Comparator.reverseOrder());
        assertEquals(newestFirst, byDate, "sorted by date, newest first");
        assertNotEquals(relevanceDates, byDate, "relevance and date orders differ for this query");
        assertEquals(new TreeSet<>(relevanceDates), new TreeSet<>(byDate));
        driver.navigate().back();
        waiting().until(d -> !d.getCurrentUrl().contains("sort="));
        awaitResults(ENERGY);
        assertEquals("relevance", new Select(driver.findElement(By.id("search-sort"))).getFirstSelectedOption().getAttribute("value"));
        loadAll();
        assertEquals(relevanceDates, dates());

        // Keyboard: arrows move through the results with a visible focus, Enter opens one.
        box = driver.findElement(By.id("search-query"));
        box.click();
        box.sendKeys(Keys.ARROW_DOWN);
        List<WebElement> links = driver.findElements(By.cssSelector(".search-result-title a"));
        assertTrue(links.size() >= 2);
        assertEquals(links.get(0), driver.switchTo().activeElement());
        assertNotEquals("none", js("return getComputedStyle(document.activeElement).outlineStyle"), "visible focus");
        driver.switchTo().activeElement().sendKeys(Keys.ARROW_DOWN);
        assertEquals(links.get(1), driver.switchTo().activeElement());
        driver.switchTo().activeElement().sendKeys(Keys.ARROW_UP);
        driver.switchTo().activeElement().sendKeys(Keys.ARROW_UP);
        assertEquals(box, driver.switchTo().activeElement());
        box.sendKeys(Keys.ARROW_DOWN);
        String firstTitle = plain(links.get(0).getText());
        String results = driver.getCurrentUrl();
        driver.switchTo().activeElement().sendKeys(Keys.ENTER);
        waitForNewPage(results);
        assertEquals(firstTitle, h1(), decoded(driver.getCurrentUrl()));
        driver.navigate().back();
        waiting().until(d -> d.getCurrentUrl().equals(results));
        awaitResults(ENERGY);

        // A result opens the article with the query's words marked; the back button returns to the results.
        search(SOUNDS);
        String searchPage = driver.getCurrentUrl();
        if (screenshots) {
            screenshot("search-results-sounds-1280.png");
        }
        driver.findElement(By.linkText(BOOK_FAIRS)).click();
        waitForNewPage(searchPage);
        assertTrue(decoded(driver.getCurrentUrl()).contains("?q=" + SOUNDS), driver.getCurrentUrl());
        assertEquals(BOOK_FAIRS, h1());
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".article-body mark.search-hit")));
        List<String> marked = driver.findElements(By.cssSelector("mark.search-hit")).stream().map(WebElement::getText).toList();
        assertTrue(marked.contains("بأصوات"), "the inflected form in the text is marked: " + marked);
        assertFalse(driver.findElement(By.cssSelector(".article-body")).getText().contains(SOUNDS), "the article never has the typed form");
        WebElement remove = driver.findElement(By.xpath("//button[.='إزالة التمييز']"));
        assertTrue(remove.isDisplayed());
        if (screenshots) {
            screenshot("search-highlight-1280.png");
        }
        driver.navigate().back();
        waiting().until(d -> d.getCurrentUrl().equals(searchPage));
        awaitResults(SOUNDS);
        assertEquals(SOUNDS, driver.findElement(By.id("search-query")).getAttribute("value"));
        assertTrue(titles().contains(BOOK_FAIRS));

        // The marks can be removed, and the address forgets the query.
        driver.findElement(By.linkText(BOOK_FAIRS)).click();
        waitForNewPage(searchPage);
        waiting().until(ExpectedConditions.elementToBeClickable(By.xpath("//button[.='إزالة التمييز']"))).click();
        assertEquals(0, driver.findElements(By.cssSelector("mark.search-hit, .search-hit-bar")).size());
        assertFalse(driver.getCurrentUrl().contains("q="), driver.getCurrentUrl());
        assertEquals(BOOK_FAIRS, h1());

        // Narrow screens: the results page fits 390 and 320 CSS pixels without sideways scrolling.
        Dimension size = driver.manage().window().getSize();
        try {
            for (int width : new int[] {390, 320}) {
                driver.manage().window().setSize(new Dimension(width, 844));
                waiting().until(d -> ((Number) js("return window.innerWidth")).intValue() <= width);
                driver.get(base + "search/index.html?q=" + URLEncoder.encode(ENERGY, StandardCharsets.UTF_8));
                awaitResults(ENERGY);
                assertTrue((Boolean) js("return document.documentElement.scrollWidth <= window.innerWidth"),
                        "no sideways scrolling at " + width + " px");
                if (screenshots && width == 390) {
                    screenshot("search-results-390.png");
                }
            }
        } finally {
            driver.manage().window().setSize(size);
        }

        assertTrue(pluralsSeen.containsAll(List.of("zero", "one")) && pluralsSeen.size() >= 3,
                "the queries show several Arabic plural forms: " + pluralsSeen);
    }

    // ---- helpers

    private static WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    private static Object js(String script, Object... args) {
        return driver.executeScript(script, args);
    }

    private static String decoded(String url) {
        return URLDecoder.decode(url, StandardCharsets.UTF_8);
    }

    private static void waitForNewPage(String previousUrl) {
        waiting().until(d -> !d.getCurrentUrl().equals(previousUrl) && "complete".equals(js("return document.readyState")));
    }

    /** Waits until the results list shows the search in the address bar, for this query. */
    private static void awaitResults(String query) {
        waiting().until(d -> Boolean.TRUE.equals(js("""
                const list = document.querySelector('.search-results');
                return !!list && !list.hasAttribute('aria-busy') && list.dataset.for === location.pathname + location.search
                    && new URLSearchParams(location.search).get('q') === arguments[0];""", query)));
    }

    /** Types a new query into the search page's box, as a reader would, and waits for its results. */
    private static void search(String query) {
        WebElement box = driver.findElement(By.id("search-query"));
        box.sendKeys(Keys.chord(Keys.CONTROL, "a"));
        box.sendKeys(query);
        awaitResults(query.strip());
    }

    private static List<String> titles() {
        return driver.findElements(By.cssSelector(".search-results .search-result-title a")).stream().map(e -> plain(e.getText())).toList();
    }

    /** Text without the invisible bidi controls (isolates, marks) that templates may add around runs. */
    private static String plain(String text) {
        return text.replaceAll("[\u200e\u200f\u2066-\u2069]", "");
    }

    private static String h1() {
        return plain(driver.findElement(By.tagName("h1")).getText());
    }

    private static List<String> dates() {
        return driver.findElements(By.cssSelector(".search-results time")).stream().map(t -> t.getAttribute("datetime")).toList();
    }

    private static int resultCount() {
        return driver.findElements(By.cssSelector(".search-results > li")).size();
    }

    /** Clicks «more» until every result is listed; returns how many there are. */
    private static int loadAll() {
        while (true) {
            WebElement more = driver.findElement(By.cssSelector(".search-more"));
            int shown = resultCount();
            if (!more.isDisplayed()) {
                return shown;
            }
            more.click();
            waiting().until(d -> resultCount() > shown && d.findElements(By.cssSelector(".search-results[aria-busy]")).isEmpty());
        }
    }

    private static List<String> allTitles() {
        loadAll();
        return titles();
    }

    /** The live region says how many results there are, in Arabic, with the site's Arabic-Indic digits. */
    private static void checkCount() {
        int total = loadAll();
        String text = driver.findElement(By.cssSelector(".search-status")).getText();
        assertEquals(expectedCount(total), text);
        assertFalse(text.matches(".*[0-9].*"), "Latin digits in «" + text + "»");
        pluralsSeen.add(PluralRules.forLocale(ULocale.forLanguageTag("ar")).select(total));
    }

    static String expectedCount(long n) {
        String form = switch (PluralRules.forLocale(ULocale.forLanguageTag("ar")).select(n)) {
            case "zero" -> "لا نتائج";
            case "one" -> "نتيجة واحدة";
            case "two" -> "نتيجتان";
            case "few" -> "{n} نتائج";
            default -> "{n} نتيجة";
        };
        return form.replace("{n}", Digits.format(n, Numerals.ARAB));
    }

    private static int arabicNumber(String digits) {
        int n = 0;
        for (char c : digits.strip().toCharArray()) {
            n = n * 10 + (c >= '٠' && c <= '٩' ? c - '٠' : Character.digit(c, 10));
        }
        return n;
    }

    private static void screenshot(String name) throws IOException {
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }
}
