package org.warraq.quality;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.warraq.browser.Browser;
import org.warraq.browser.StaticServer;

/**
 * One headless Chromium per test class, opening built pages over HTTP from the site root (so the 404 page's
 * site-root links work as on a host) at an emulated width and colour scheme.
 */
final class PageDriver implements AutoCloseable {

    /** The pages the browser gates visit, by site path (the search page with a query typed and results shown). */
    static final String SEARCH_QUERY = "النفط";

    final ChromeDriver driver;
    final QualitySite site;
    final StaticServer server;

    PageDriver(QualitySite site, Path profile) throws java.io.IOException {
        this.site = site;
        this.driver = Browser.start(profile, 1280, 900);
        this.server = new StaticServer(site.out, "/");
    }

    /** Emulates a viewport {@code width} px wide (below Chromium's minimum window width too) and a colour scheme. */
    void emulate(int width, String scheme) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", width < 600
                ? 844 : 900, "deviceScaleFactor", 1, "mobile", width < 600));
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features",
                List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
    }

    void open(String page) {
        StringBuilder url = new StringBuilder(server.base());
        for (String segment : page.split("/", -1)) {
            url.append(url.charAt(url.length() - 1) == '/' ? "" : "/")
                    .append(java.net.URLEncoder.encode(segment, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20"));
        }
        driver.get(url.toString());
        waiting().until(d -> "complete".equals(js("return document.readyState")));
    }

    /** Opens the search page and types the query into its box, waiting for the results. */
    void openSearchWithResults() {
        open("search/index.html");
        driver.findElement(By.id("search-query")).sendKeys(SEARCH_QUERY + "\n");
        waiting().until(d -> !d.findElements(By.cssSelector("#search-results li")).isEmpty());
    }

    Object js(String script, Object... args) {
        return driver.executeScript(script, args);
    }

    WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            server.close();
        }
    }
}
