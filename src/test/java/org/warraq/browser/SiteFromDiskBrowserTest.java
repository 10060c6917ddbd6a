package org.warraq.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.warraq.build.BuildOptions;
import org.warraq.build.SiteBuild;

/** A reader opens the built sample site from disk and clicks through it in headless Chromium. */
class SiteFromDiskBrowserTest {

    @TempDir
    static Path tmp;
    static Path site;
    static ChromeDriver driver;

    @BeforeAll
    static void buildAndOpen() throws IOException {
        site = tmp.resolve("site");
        SiteBuild.run(new BuildOptions(Path.of("content"), Path.of("templates"), site, false, null, null,
                Instant.parse("2026-06-01T00:00:00Z")));
        driver = Browser.start(tmp.resolve("profile"), 1280, 900);
    }

    @AfterAll
    static void close() {
        if (driver != null) {
            driver.quit();
        }
    }

    private String direction(String selector) {
        return (String) driver.executeScript("return getComputedStyle(document.querySelector(arguments[0])).direction", selector);
    }

    private void waitForPage(String previousUrl) {
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> !d.getCurrentUrl().equals(previousUrl)
                && "complete".equals(driver.executeScript("return document.readyState")));
    }

    private void screenshot(String name) throws IOException {
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void clickFromHomeToArticleToTagAndBack() throws IOException {
        driver.get(site.resolve("index.html").toUri().toString());
        assertEquals("rtl", direction("body"));
        assertEquals("ar", driver.findElement(By.tagName("html")).getAttribute("lang"));
        screenshot("home-desktop.png");

        WebElement articleLink = driver.findElements(By.cssSelector("main a[href^='20']")).get(0);
        String home = driver.getCurrentUrl();
        articleLink.click();
        waitForPage(home);
        String articleUrl = driver.getCurrentUrl();
        assertTrue(articleUrl.startsWith("file:") && articleUrl.endsWith("/index.html"), articleUrl);
        WebElement h1 = driver.findElement(By.tagName("h1"));
        assertFalse(h1.getText().isBlank());
        assertEquals("rtl", direction("h1"));
        assertEquals("rtl", direction(".article-body"));
        String title = h1.getText();
        screenshot("article-desktop.png");

        WebElement tag = driver.findElement(By.cssSelector("article a[href*='tag/']"));
        String tagName = tag.getText().replace("#", "").strip();
        tag.click();
        waitForPage(articleUrl);
        assertTrue(driver.getCurrentUrl().contains("/tag/"), driver.getCurrentUrl());
        assertTrue(driver.findElement(By.tagName("h1")).getText().contains(tagName));
        assertFalse(driver.getPageSource().contains("Index of"), "a folder listing instead of a page");

        String tagUrl = driver.getCurrentUrl();
        driver.navigate().back();
        waitForPage(tagUrl);
        assertEquals(articleUrl, driver.getCurrentUrl());
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.textToBe(By.tagName("h1"), title));
    }

    @Test
    void theStylesheetLoadsFromDisk() {
        driver.get(site.resolve("index.html").toUri().toString());
        Object ratio = driver.executeScript("const s = getComputedStyle(document.querySelector('main p') || document.body);"
                + " return parseFloat(s.lineHeight) / parseFloat(s.fontSize);");
        assertTrue(ratio instanceof Number n && n.doubleValue() >= 1.6, "site.css gives Arabic text room: line-height ratio " + ratio);
    }
}
