package org.cbeckg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The query UI in a real browser: Debian's chromium, headless, driven by the system chromedriver (never a downloaded
 * browser or driver). The page opens with the ontology's prefixes declared but folded, and a first query that runs at
 * once and shows a row; the examples are grouped by user without the scorer's test queries; an example from
 * {@code queries/} is loaded with a click, run with YASGUI's button, and a result row is read from the table.
 * Skipped with a message when no browser is installed, unless {@code CBEC_REQUIRE_BROWSER=1} (as {@code .ci/run}
 * sets), which makes that a failure.
 */
class QueryUiIT {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final String ZONE_LABEL = "中国（金华）跨境电子商务综合试验区";

    @Test
    void runsAnExampleQueryAndReadsAResultRow(@TempDir Path profile) throws IOException {
        requireBrowser();
        ChromeDriverService driverService = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        try (TestServer s = TestServer.start()) {
            WebDriver browser = new ChromeDriver(driverService, options(profile));
            try {
                browser.get(s.server.url() + "ui/");
                WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
                wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("body[data-ready='true']")));
                String query = String.valueOf(((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                        "return cbec.yasgui.getTab().getQuery();"));
                assertTrue(query.contains("PREFIX cbec: <https://w3id.org/cbec-kg/ontology#>"), query);
                String editor = browser.findElement(By.cssSelector(".CodeMirror")).getText();
                assertFalse(editor.contains("PREFIX cbec:"), "the prefixes are folded away: " + editor);
                wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath(
                        "//div[contains(@class,'yasr')]//table//td[contains(., '浙江省')]")));
                browser.findElement(By.cssSelector(".yasr .select_chart")).click();
                wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".result-chart[data-points='1']")));
                browser.findElement(By.cssSelector(".yasr .select_table")).click();
                assertTrue(browser.findElements(By.cssSelector("button.example[data-name^='gold/']")).isEmpty(),
                        "the scorer's test queries are not offered");
                assertEquals(3, browser.findElements(By.cssSelector("#examples ul[data-user]")).size(),
                        "examples grouped for data scientists, linked data and auditors");
                browser.findElement(By.cssSelector("button.example[data-name='pilot-zones.rq']")).click();
                wait.until(d -> d.findElement(By.cssSelector(".CodeMirror")).getText().contains("?city"));
                browser.findElement(By.cssSelector(".yasqe_queryButton")).click();
                WebElement cell = wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath(
                        "//div[contains(@class,'yasr')]//table//td[contains(., '" + ZONE_LABEL + "')]")));
                assertTrue(cell.getText().contains(ZONE_LABEL), cell.getText());
                assertEquals(List.of(), cspViolations(browser), "the page needs what its CSP forbids");
                screenshot(browser, Path.of("target", "query-ui.png"));
            } finally {
                browser.quit();
            }
        } finally {
            driverService.stop();
        }
    }

    /** The flags a root user needs for headless chromium, and a fresh profile so no earlier state leaks in. */
    static ChromeOptions options(Path profile) {
        ChromeOptions o = new ChromeOptions();
        o.setBinary(CHROMIUM.toFile());
        o.addArguments(List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1400,1000", "--user-data-dir=" + profile.toAbsolutePath()));
        // The console is read after the run: a script or style the Content-Security-Policy refused is logged there.
        o.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        return o;
    }

    /** What the browser's console says the Content-Security-Policy refused since it was last read. */
    static List<String> cspViolations(WebDriver browser) {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy")).toList();
    }

    static void requireBrowser() {
        if (Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER)) {
            return;
        }
        String message = "no browser: " + CHROMIUM + " or " + CHROMEDRIVER + " is missing (apt-get install -y "
                + "chromium chromium-driver)";
        if ("1".equals(System.getenv("CBEC_REQUIRE_BROWSER"))) {
            fail(message + ", and CBEC_REQUIRE_BROWSER=1 requires the browser test to run");
        }
        Assumptions.abort(message + "; browser test skipped (set CBEC_REQUIRE_BROWSER=1 to make this a failure)");
    }

    private static void screenshot(WebDriver browser, Path to) throws IOException {
        Path shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Files.createDirectories(to.getParent());
        Files.copy(shot, to, StandardCopyOption.REPLACE_EXISTING);
    }
}
