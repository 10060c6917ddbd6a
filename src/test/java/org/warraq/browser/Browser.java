package org.warraq.browser;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Debian Chromium for browser tests, driven by the system chromedriver (no downloads).
 * Where Chromium is missing the tests are skipped with a loud message, except in CI, which sets
 * WARRAQ_REQUIRE_BROWSER=true and so fails instead.
 */
public final class Browser {

    /** Debian's paths by default; WARRAQ_CHROMIUM and WARRAQ_CHROMEDRIVER point elsewhere (e.g. on GitHub runners). */
    static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("WARRAQ_CHROMIUM", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getenv().getOrDefault("WARRAQ_CHROMEDRIVER", "/usr/bin/chromedriver"));

    private Browser() {
    }

    public static ChromeDriver start(Path profile, int width, int height) {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!present) {
            String message = "BROWSER TESTS SKIPPED: " + CHROMIUM + " or " + CHROMEDRIVER
                    + " is missing; install them with: apt-get install -y chromium chromium-driver fonts-noto-core";
            System.err.println("\n*** " + message + " ***\n");
            if ("true".equals(System.getenv("WARRAQ_REQUIRE_BROWSER"))) {
                throw new IllegalStateException(message);
            }
            Assumptions.abort(message);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--allow-file-access-from-files", "--hide-scrollbars",
                "--window-size=" + width + "," + height, "--user-data-dir=" + profile.toAbsolutePath(), "--lang=ar");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return driver;
    }
}
