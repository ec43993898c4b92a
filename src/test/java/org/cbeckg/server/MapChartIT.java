package org.cbeckg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.cbeckg.audit.AuditFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The zone map and a figure chart in a real browser (see {@link QueryUiIT} for the set-up), over a corpus with two
 * zones and three articles that disagree about one year's trade. Each picture must draw exactly one mark per zone or
 * statement the endpoint itself answers, and a click on a mark must land on its page: a zone's, or the evidence page
 * of a statement with its quote marked in the article text.
 */
class MapChartIT {

    @Test
    void mapDrawsOneMarkPerZoneAndAMarkOpensItsZone(@TempDir Path dir) throws IOException {
        QueryUiIT.requireBrowser();
        try (TestServer s = TestServer.start(AuditFixtures.corpus(dir.resolve("articles")), ServerConfig.builder());
             Browser b = new Browser(dir.resolve("profile"))) {
            long zones = count(s, "SELECT (COUNT(DISTINCT ?z) AS ?n) WHERE { ?z a cbec:PilotZone }");
            b.open(s.server.url() + "map", ".zonemap[data-ready='true']");
            assertEquals(zones, b.number("return cbecMap.chart.getModel().getSeriesByIndex(1).getData().count();"),
                    "one mark per zone in the last step of the timeline");
            assertEquals(zones, b.number("return document.querySelectorAll('.zonemap-list li').length;"),
                    "one zone per row in the list under the map");
            assertTrue(b.text("pre.sparql").contains("cbec:PilotZone"), "the query behind the map is on the page");
            assertEquals(List.of(), QueryUiIT.cspViolations(b.driver), "the map needs what the CSP forbids");
            b.screenshot(Path.of("target", "map.png"));
            b.clickMark("cbecMap.chart", 1, 0);
            b.waitForUrl("/doc/zone/");
            assertTrue(b.driver.findElement(By.tagName("h1")).getText().contains("跨境电子商务综合试验区"));
        }
    }

    @Test
    void chartDrawsOnePointPerStatementAndAPointOpensItsQuote(@TempDir Path dir) throws IOException {
        QueryUiIT.requireBrowser();
        try (TestServer s = TestServer.start(AuditFixtures.corpus(dir.resolve("articles")), ServerConfig.builder());
             Browser b = new Browser(dir.resolve("profile"))) {
            long statements = count(s, "SELECT (COUNT(DISTINCT ?o) AS ?n) WHERE { ?o a cbec:IndicatorObservation ;"
                    + " cbec:measure ?m ; sdmx-dimension:refArea ?a . ?m skos:prefLabel \"跨境电商进出口额\"@zh ."
                    + " ?a skos:prefLabel \"中国\"@zh }");
            b.open(s.server.url() + "chart", ".figurechart[data-ready='true']");
            assertTrue(b.text("h1").contains("跨境电商进出口额"), "the most stated, most disputed figure comes first");
            assertEquals(statements, b.number("return cbecChart.points;"));
            assertEquals(statements, b.number("return cbecChart.chart.getModel().getSeriesByIndex(0).getData()"
                    + ".count();"), "one drawn point per statement, conflicting ones included");
            assertEquals(2, b.number("return cbecChart.chart.getOption().series[0].data"
                    + ".filter(p => p.row.period === '2021' && p.best.includes('most_sources')).length;"),
                    "2.35万亿 for 2021, stated twice, is the best value by most_sources");
            assertTrue(b.text(".figurechart-table").contains("2.31万亿元"), "the disagreeing value is its own point");
            assertEquals(List.of(), QueryUiIT.cspViolations(b.driver), "the chart needs what the CSP forbids");
            b.screenshot(Path.of("target", "chart.png"));
            b.clickMark("cbecChart.chart", 0, 0);
            b.waitForUrl("/doc/evidence/");
            WebElement mark = b.driver.findElement(By.cssSelector(".article-text.context mark"));
            assertTrue(mark.getText().contains("万亿元"), mark.getText());
        }
    }

    private static long count(TestServer s, String query) {
        String body = s.query(ExampleQueries.withPrefixes(query), "text/csv").body();
        return Long.parseLong(body.lines().skip(1).findFirst().orElseThrow().strip());
    }

    /** A headless chromium with a fresh profile, quit on close. */
    static final class Browser implements AutoCloseable {

        final ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(QueryUiIT.CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        final WebDriver driver;
        final WebDriverWait wait;

        Browser(Path profile) {
            driver = new ChromeDriver(service, QueryUiIT.options(profile));
            wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        }

        void open(String url, String readySelector) {
            driver.get(url);
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(readySelector)));
        }

        long number(String script) {
            return ((Number) ((JavascriptExecutor) driver).executeScript(script)).longValue();
        }

        String text(String selector) {
            return String.valueOf(((JavascriptExecutor) driver).executeScript(
                    "return document.querySelector(arguments[0]).textContent;", selector));
        }

        /** Clicks a drawn mark where the chart says it is, as a person would: a real mouse click on the canvas. */
        @SuppressWarnings("unchecked")
        void clickMark(String chart, int series, int index) {
            List<Number> at = (List<Number>) ((JavascriptExecutor) driver).executeScript(
                    "const c = " + chart + "; const d = c.getModel().getSeriesByIndex(arguments[0]).getData();"
                            + " const p = d.getItemLayout(arguments[1]); return Array.isArray(p) ? p : [p.x, p.y];",
                    series, index);
            WebElement canvas = driver.findElement(By.cssSelector("canvas"));
            int dx = (int) Math.round(at.get(0).doubleValue() - canvas.getSize().getWidth() / 2.0);
            int dy = (int) Math.round(at.get(1).doubleValue() - canvas.getSize().getHeight() / 2.0);
            new Actions(driver).moveToElement(canvas, dx, dy).click().perform();
        }

        void waitForUrl(String part) {
            wait.until(ExpectedConditions.urlContains(part));
        }

        void screenshot(Path to) throws IOException {
            Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
            Files.createDirectories(to.getParent());
            Files.copy(shot, to, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }

        @Override
        public void close() {
            driver.quit();
            service.stop();
        }
    }
}
