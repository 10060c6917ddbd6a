package org.warraq.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.warraq.build.BuildOptions;
import org.warraq.build.SiteBuild;
import org.warraq.testing.Poll;

/**
 * A fixture article mixing Arabic with an English sentence, a product name with a hyphenated
 * number, a URL, inline code and a code block, rendered by headless Chromium: each block's computed
 * direction, where the English sentence's full stop lands, relative dates from time.js, and
 * screenshots of the home page and the article at desktop and phone widths, checked pixel by pixel.
 */
class ArabicRenderingBrowserTest {

    static final String TITLE = "منظومة S-400 في الميزان";
    static final String ARTICLE = "2025/03/منظومة-s-400-في-الميزان/index.html";

    @TempDir
    static Path tmp;
    static Path site;
    static String recent;
    static ChromeDriver driver;

    @BeforeAll
    static void buildAndOpen() throws IOException {
        Instant now = Instant.now();
        Path content = tmp.resolve("content");
        Files.createDirectories(content.resolve("articles"));
        Files.writeString(content.resolve("site.yaml"), """
                title: ورّاق للتحليلات
                description: قراءات في السياسة والاقتصاد.
                base_url: https://example.org/
                timezone: Africa/Cairo
                numerals: arab
                region: EG
                """, StandardCharsets.UTF_8);
        Files.writeString(content.resolve("articles/s400.md"), """
                ---
                title: "%s"
                date: 2025-03-14T09:00:00+02:00
                tags: [الدفاع الجوي]
                summary: قراءة في صفقة الدفاع الجوي وكلفتها.
                ---
                قال الوزير في مؤتمر صحفي: "We will not back down." ثم غادر القاعة دون أن يجيب عن الأسئلة.

                وأكد أن منظومة S-400 الروسية ستصل بين 2025-2026، بزيادة في الكلفة بلغت +3.5%% عن التقديرات[^1]. التفاصيل في https://example.org/report وشغّل الأمر `make report` لإعادة الحساب.

                The agreement was signed in Ankara after months of difficult negotiations.

                ## خلفية الصفقة

                - بند عربي أول
                - An English list item

                | البند | Item |
                |:--|--:|
                | الكلفة | Cost |

                ```
                make report --year 2025
                ```

                [^1]: بحسب وزارة الدفاع.
                """.formatted(TITLE), StandardCharsets.UTF_8);
        String recentDate = DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                OffsetDateTime.ofInstant(now.minus(3, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS), ZoneOffset.ofHours(2)));
        Files.writeString(content.resolve("articles/recent.md"), "---\ntitle: خبر عاجل عن الأسواق\ndate: " + recentDate
                + "\nslug: recent\n---\nنص الخبر.\n", StandardCharsets.UTF_8);
        site = tmp.resolve("site");
        SiteBuild.run(new BuildOptions(content, Path.of("templates"), site, false, null, null, now));
        OffsetDateTime cairo = OffsetDateTime.ofInstant(now.minus(3, ChronoUnit.HOURS), java.time.ZoneId.of("Africa/Cairo"));
        recent = String.format("%04d/%02d/recent/index.html", cairo.getYear(), cairo.getMonthValue());
        driver = Browser.start(tmp.resolve("profile"), 1280, 900);
    }

    @AfterAll
    static void close() {
        if (driver != null) {
            driver.quit();
        }
    }

    @AfterEach
    void desktop() {
        if (driver != null) {
            phone(false);
        }
    }

    /**
     * Opens a page and waits until it has loaded: once, in a clean-clone run on a loaded machine, a script found the
     * article's body without its text right after {@code get} returned.
     */
    private void open(String path) {
        driver.get(site.resolve(path).toUri().toString());
        assertTrue(Poll.until(java.time.Duration.ofSeconds(20), () -> Boolean.TRUE.equals(driver.executeScript(
                "return document.readyState === 'complete' && document.querySelector('main h1') !== null"))), path + " did not load");
    }

    private String direction(String script) {
        return (String) driver.executeScript("const el = " + script + "; return el ? getComputedStyle(el).direction : 'missing';");
    }

    @Test
    void eachBlockHasTheDirectionItsTextNeeds() {
        open(ARTICLE);
        assertEquals("rtl", direction("document.querySelector('h1')"));
        assertEquals("rtl", direction("document.querySelector('.article-body p')"));
        assertEquals("ltr", direction("[...document.querySelectorAll('.article-body p')].find(p => p.textContent.startsWith('The agreement'))"));
        assertEquals("rtl", direction("document.querySelector('.article-body h2')"));
        assertEquals("rtl", direction("document.querySelectorAll('.article-body li')[0]"));
        assertEquals("ltr", direction("document.querySelectorAll('.article-body li')[1]"));
        assertEquals("rtl", direction("document.querySelectorAll('.article-body td')[0]"));
        assertEquals("ltr", direction("document.querySelectorAll('.article-body td')[1]"));
        assertEquals("ltr", direction("document.querySelector('.article-body pre')"));
        assertEquals("ltr", direction("document.querySelector('.article-body p code')"));
        assertEquals("ltr", direction("[...document.querySelectorAll('.article-body span[dir]')].find(s => s.textContent === 'S-400')"));
        assertEquals("ltr", direction("[...document.querySelectorAll('.article-body span[dir]')].find(s => s.textContent.startsWith('https://'))"));
        assertEquals("ltr", direction("document.querySelector('h1 span[dir]')"));
    }

    /** [left, right] of a stretch of the first text node inside {@code element}. */
    private static final String RECT = "const rect = (el, from, to) => { const n = el.firstChild; const r = document.createRange();"
            + " r.setStart(n, from); r.setEnd(n, to); const b = r.getClientRects()[0]; return [b.left, b.right]; };";

    @SuppressWarnings("unchecked")
    private List<List<Number>> rects(String script, Object... args) {
        return (List<List<Number>>) driver.executeScript(RECT + script, args);
    }

    @Test
    void theEnglishSentencesFullStopStaysAtItsEndAtEveryWidth() {
        for (int width : new int[] {1280, 390}) {
            phone(width == 390);
            open(ARTICLE);
            List<List<Number>> r = rects("const s = [...document.querySelectorAll('.article-body span[dir=ltr]')]"
                    + ".find(x => x.textContent.includes('back down')); const t = s.firstChild.textContent;"
                    + " return [rect(s, 0, 2), rect(s, t.indexOf('down'), t.indexOf('down') + 4), rect(s, t.length - 1, t.length)];");
            double weLeft = r.get(0).get(0).doubleValue();
            double weRight = r.get(0).get(1).doubleValue();
            double downLeft = r.get(1).get(0).doubleValue();
            double downRight = r.get(1).get(1).doubleValue();
            double stopLeft = r.get(2).get(0).doubleValue();
            assertTrue(weLeft < weRight && downLeft < downRight, "words read left to right at " + width + ": " + r);
            assertTrue(stopLeft >= downRight - 0.5, "the full stop follows 'down' on its right at " + width + ": " + r);

            List<List<Number>> arabic = rects("const p = document.querySelector('.article-body p');"
                    + " const t = p.lastChild.textContent; const i = t.lastIndexOf('الأسئلة');"
                    + " const n = p.lastChild; const at = (a, b) => { const x = document.createRange(); x.setStart(n, a); x.setEnd(n, b);"
                    + " const q = x.getClientRects()[0]; return [q.left, q.right]; }; return [at(i, i + 7), at(t.length - 1, t.length)];");
            assertTrue(arabic.get(1).get(1).doubleValue() <= arabic.get(0).get(0).doubleValue() + 0.5,
                    "the Arabic sentence's full stop is on its left, where Arabic ends, at " + width + ": " + arabic);
        }
    }

    /** Emulates a 390-pixel phone (Chromium's windows are at least 500 wide), or returns to the desktop window. */
    private void phone(boolean on) {
        if (on) {
            driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                    Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
        } else {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    @Test
    void productNamesNumbersAndAddressesReadLeftToRightInsideArabicText() {
        open(ARTICLE);
        for (String run : List.of("S-400", "+3.5%", "2025-2026", "https://example.org/report")) {
            List<List<Number>> r = rects("const s = [...document.querySelectorAll('.article-body span[dir=ltr]')]"
                    + ".find(x => x.textContent === arguments[0]); const out = [];"
                    + " for (let i = 0; i < s.firstChild.textContent.length; i++) out.push(rect(s, i, i + 1)); return out;", run);
            assertEquals(run.length(), r.size(), run);
            for (int i = 1; i < r.size(); i++) {
                assertTrue(r.get(i).get(0).doubleValue() >= r.get(i - 1).get(0).doubleValue(),
                        run + ": character " + i + " is not to the right of the one before: " + r);
            }
        }
    }

    @Test
    void generatedNumbersAndListMarkersUseArabicIndicDigits() {
        open(ARTICLE);
        assertEquals("١", driver.executeScript("return document.querySelector('sup .footnote-ref').textContent"));
        assertEquals("arabic-indic", driver.executeScript("return getComputedStyle(document.querySelector('.footnotes ol')).listStyleType"));
        assertEquals("↑", driver.executeScript("return document.querySelector('.footnote-backref').textContent"));
    }

    @Test
    void recentDatesReadRelativelyAndKeepTheAbsoluteDate() {
        open(recent);
        Map<?, ?> time = (Map<?, ?>) driver.executeScript("const t = document.querySelector('.byline-meta time');"
                + " return {text: t.textContent, title: t.title, relative: t.hasAttribute('data-relative')};");
        assertEquals(Boolean.TRUE, time.get("relative"), time.toString());
        String text = (String) time.get("text");
        assertTrue(text.contains("٣") && text.contains("ساعات"), text);
        assertFalse(text.matches(".*[0-9].*"), "the site's digits: " + text);
        assertTrue(((String) time.get("title")).endsWith(" م"), "absolute date kept in the title: " + time);
        Object hijri = driver.executeScript("const h = document.querySelector('.date-hijri'); return h.hasAttribute('data-relative');");
        assertEquals(Boolean.FALSE, hijri, "a date without a time of day stays as it is");

        open(ARTICLE);
        Object old = driver.executeScript("const t = document.querySelector('.byline-meta time'); return [t.textContent, t.hasAttribute('title')];");
        assertEquals(List.of("الجمعة ١٤ مارس ٢٠٢٥ م", false), old, "a date over a week old stays absolute");
    }

    @Test
    void screenshotsAtDesktopAndPhoneWidthsShowTheTitleOnTheRight() throws IOException {
        for (int width : new int[] {1280, 390}) {
            String device = width == 1280 ? "desktop" : "phone";
            phone(width == 390);
            open("index.html");
            BufferedImage home = screenshot("arabic-home-" + device + ".png");
            assertEquals(width, home.getWidth(), "home screenshot width");
            List<Number> brand = box("document.querySelector('.site-title')");
            assertTrue(brand.get(2).doubleValue() > width / 2.0, "the site name sits on the right: " + brand);
            assertTrue(darkShare(home, brand) > 0.02, "the site name is drawn dark on light: " + darkShare(home, brand));

            open(ARTICLE);
            BufferedImage article = screenshot("arabic-article-" + device + ".png");
            assertEquals(width, article.getWidth(), "article screenshot width");
            List<Number> text = textBox("document.querySelector('h1')");
            List<Number> column = box("document.querySelector('.article')");
            assertTrue(Math.abs(text.get(2).doubleValue() - column.get(2).doubleValue()) <= 2,
                    "the title starts at the column's right edge: text " + text + ", column " + column);
            double centre = (column.get(0).doubleValue() + column.get(2).doubleValue()) / 2;
            List<Number> rightHalf = List.of(Math.max(centre, text.get(0).doubleValue()), text.get(1), text.get(2), text.get(3));
            assertTrue(darkShare(article, rightHalf) > 0.03, "title pixels right of centre are dark: " + darkShare(article, rightHalf));
            assertTrue(lightBackground(article, List.of(column.get(0), text.get(1), text.get(2), text.get(3))),
                    "the title sits on a light background");
            if (width == 1280) {
                List<Number> leftOfText = List.of(column.get(0), text.get(1), text.get(0).doubleValue() - 4, text.get(3));
                assertEquals(0.0, darkShare(article, leftOfText), 0.0005, "nothing drawn left of a short right-aligned title");
            }
        }
    }

    /** [left, top, right, bottom] of an element's box, in CSS pixels of the viewport. */
    @SuppressWarnings("unchecked")
    private List<Number> box(String element) {
        return (List<Number>) driver.executeScript("const b = (" + element + ").getBoundingClientRect(); return [b.left, b.top, b.right, b.bottom];");
    }

    /** The box of an element's text (a Range over its contents), not of the element. */
    @SuppressWarnings("unchecked")
    private List<Number> textBox(String element) {
        return (List<Number>) driver.executeScript("const r = document.createRange(); r.selectNodeContents(" + element + ");"
                + " const b = r.getBoundingClientRect(); return [b.left, b.top, b.right, b.bottom];");
    }

    private BufferedImage screenshot(String name) throws IOException {
        Path dir = Path.of(System.getProperty("warraq.buildDir", "target"), "screenshots");
        Files.createDirectories(dir);
        Path file = dir.resolve(name);
        Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), file, StandardCopyOption.REPLACE_EXISTING);
        assertTrue(Files.size(file) > 10_000, name + " is a real picture, not a blank: " + Files.size(file) + " bytes");
        return ImageIO.read(file.toFile());
    }

    private static double luminance(int rgb) {
        return 0.2126 * ((rgb >> 16) & 0xff) + 0.7152 * ((rgb >> 8) & 0xff) + 0.0722 * (rgb & 0xff);
    }

    /** The share of pixels in the box (CSS pixels, device scale 1) darker than mid-grey. */
    private static double darkShare(BufferedImage image, List<Number> box) {
        int x0 = Math.max(0, (int) Math.ceil(box.get(0).doubleValue()));
        int y0 = Math.max(0, (int) Math.ceil(box.get(1).doubleValue()));
        int x1 = Math.min(image.getWidth(), (int) Math.floor(box.get(2).doubleValue()));
        int y1 = Math.min(image.getHeight(), (int) Math.floor(box.get(3).doubleValue()));
        long dark = 0;
        long all = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                all++;
                if (luminance(image.getRGB(x, y)) < 100) {
                    dark++;
                }
            }
        }
        assertTrue(all > 0, "empty region " + box);
        return dark / (double) all;
    }

    /** Whether most pixels of the box are light (the page background behind the text). */
    private static boolean lightBackground(BufferedImage image, List<Number> box) {
        int x0 = Math.max(0, (int) Math.ceil(box.get(0).doubleValue()));
        int y0 = Math.max(0, (int) Math.ceil(box.get(1).doubleValue()));
        int x1 = Math.min(image.getWidth(), (int) Math.floor(box.get(2).doubleValue()));
        int y1 = Math.min(image.getHeight(), (int) Math.floor(box.get(3).doubleValue()));
        long light = 0;
        long all = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                all++;
                if (luminance(image.getRGB(x, y)) > 200) {
                    light++;
                }
            }
        }
        return all > 0 && light > all / 2;
    }
}
