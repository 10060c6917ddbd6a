package org.warraq.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.warraq.serve.PreviewServer;

/**
 * An editor's tab in headless Chromium, served by {@code warraq serve} under its strict
 * Content-Security-Policy: a broken save shows the error overlay over the last good page (built
 * and styled without breaking the policy), and the fix reloads the tab by itself.
 */
class ServeBrowserTest {

    static final String SITE_YAML = "title: معاينة\ntimezone: Asia/Riyadh\n";

    @TempDir
    Path tmp;
    PreviewServer server;
    ChromeDriver driver;

    @AfterEach
    void stop() throws IOException {
        if (driver != null) {
            driver.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    private static String article(String title) {
        return "---\ntitle: \"" + title + "\"\nslug: rates\ndate: 2025-03-14T09:30:00+03:00\n---\nنص المقال.\n";
    }

    @Test
    void aBrokenSaveShowsTheOverlayAndTheFixReloadsTheTab() throws IOException {
        Path content = tmp.resolve("content");
        Path file = content.resolve("articles/rates.md");
        Files.createDirectories(file.getParent());
        Files.writeString(content.resolve("site.yaml"), SITE_YAML, StandardCharsets.UTF_8);
        Files.writeString(file, article("الفائدة ثابتة"), StandardCharsets.UTF_8);
        StringWriter terminal = new StringWriter();
        server = PreviewServer.start(new PreviewServer.Options(content, Path.of("templates").toAbsolutePath(), 0, true,
                Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC)), new PrintWriter(terminal, true),
                new PrintWriter(terminal, true));
        driver = Browser.start(tmp.resolve("profile"), 1024, 768);
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));
        // The waits span reloads: a heading found just before the tab reloads is stale when read, and is looked for again.
        wait.ignoring(StaleElementReferenceException.class);

        driver.get(server.url() + "2025/03/rates/");
        assertEquals("الفائدة ثابتة", driver.findElement(By.cssSelector("h1")).getText());
        wait.until(d -> (Boolean) driver.executeScript("return performance.getEntriesByType('resource')"
                + ".some(e => e.name.includes('/__warraq/error'))"));
        driver.executeScript("window.violations = [];"
                + "document.addEventListener('securitypolicyviolation', e => window.violations.push(e.violatedDirective));");

        Files.writeString(file, "---\ntitle: \"الفائدة ثابتة\ndate: 2025-03-14\n---\nنص.\n", StandardCharsets.UTF_8);
        WebElement overlay = wait.until(d -> d.findElements(By.id("warraq-build-error")).stream().findFirst().orElse(null));
        assertTrue(overlay.getText().contains("the build failed with 1 error"), overlay.getText());
        assertTrue(overlay.getText().contains("content/articles/rates.md:4: error: invalid YAML: "), overlay.getText());
        assertEquals("fixed", overlay.getCssValue("position"), "styled through the CSSOM, which the policy allows");
        assertEquals("الفائدة ثابتة", driver.findElement(By.cssSelector("h1")).getText(), "the last good page stays");
        assertEquals(List.of(), driver.executeScript("return window.violations"), "no Content-Security-Policy violation");

        Files.writeString(file, article("الفائدة ثابتة حتى الصيف"), StandardCharsets.UTF_8);
        wait.until(d -> d.findElement(By.cssSelector("h1")).getText().equals("الفائدة ثابتة حتى الصيف"));
        assertTrue(driver.findElements(By.id("warraq-build-error")).isEmpty(), "the overlay is gone after the reload");
    }
}
