package se.medborgarloften.feature.site;

import se.medborgarloften.TestProjects;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;
import se.medborgarloften.generator.BuildOptions;
import se.medborgarloften.preview.LivePreview;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The real site in a real browser (Debian's chromium through chromedriver): axe-core finds no WCAG 2.1 A/AA
 * violation on any page type in either language, no request leaves the site, the search works, and
 * screenshots at 375 and 1280 px are written to target/screenshots/. In CI (CI=true) a missing browser
 * fails the test; elsewhere it is skipped with a note on what to install.
 */
class BrowserChecksTest {

    /** Where the server serves the site with richer prose. */
    private static final String RICH = "rich-prose/";
    /** One page of every type, in both languages (path below the site root). */
    static final List<String> PAGE_TYPES = List.of(
            "", "sv/", "en/", "sv/omraden/", "en/areas/", "sv/omraden/rosengard/", "en/areas/rosengard/",
            "sv/omraden/rosengard/2024-2025/", "en/areas/rosengard/2024-2025/",
            "sv/omraden/sofielund/2022-2023/", "en/areas/sofielund/2022-2023/",
            "sv/omraden/rosengard/historik/", "en/areas/rosengard/history/",
            "sv/arkiv/", "en/archive/", "sv/arkiv/2024/", "en/archive/2024/",
            "sv/nyheter/", "en/news/", "sv/nyheter/fyra-nya-medborgarloften-for-okad-trygghet-i-malmo/",
            "en/news/four-new-citizen-promises-for-greater-safety-in-malmo/",
            "sv/tillganglighetsredogorelse/", "en/accessibility-statement/", "sv/oppna-data/", "en/open-data/",
            "sv/oversikt/", "en/overview/", "sv/sok/?q=narkotika", "en/search/?q=traffic", "404.html",
            // The real content with notes, tables, a listing and footnotes in its prose (TestProjects.richProseSite).
            RICH + "sv/omraden/rosengard/2024-2025/", RICH + "en/areas/rosengard/2024-2025/", RICH + "sv/omraden/rosengard/2023/");
    /** Debian's packages; CHROMIUM_BINARY and CHROMEDRIVER_BINARY point elsewhere, e.g. on GitHub's runners. */
    private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM_BINARY", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(System.getenv().getOrDefault("CHROMEDRIVER_BINARY", "/usr/bin/chromedriver"));

    private static HttpServer server;
    private static String base;
    private static ChromeDriver browser;

    @BeforeAll
    static void start() throws IOException {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!installed && "true".equals(System.getenv("CI"))) {
            throw new IllegalStateException("CI must install Debian's chromium and chromium-driver (see .ci/run)");
        }
        assumeTrue(installed, "install Debian's chromium and chromium-driver to run the browser checks");
        Path real = TestProjects.realSite();
        Path rich = TestProjects.richProseSite();
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath().substring(1);
            Path site = path.startsWith(RICH) ? rich : real;
            Path file = site.resolve(path.startsWith(RICH) ? path.substring(RICH.length()) : path).normalize();
            if (Files.isDirectory(file)) {
                file = file.resolve("index.html");
            }
            byte[] body;
            int status = 200;
            if (!file.startsWith(site) || !Files.isRegularFile(file)) {
                file = site.resolve("404.html");
                status = 404;
            }
            body = Files.readAllBytes(file);
            String name = file.getFileName().toString();
            exchange.getResponseHeaders().set("Content-Type", name.endsWith(".css") ? "text/css" : name.endsWith(".js")
                    ? "text/javascript" : name.endsWith(".json") ? "application/json" : name.endsWith(".svg")
                    ? "image/svg+xml" : "text/html; charset=utf-8");
            exchange.sendResponseHeaders(status, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort() + "/";

        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + TestProjects.scratchFolder("chromium-"), "--window-size=1280,900");
        options.setCapability("goog:loggingPrefs", Map.of(LogType.PERFORMANCE, "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
        browser = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void axeFindsNoWcagViolationOnAnyPageTypeInEitherLanguage() {
        List<String> problems = new ArrayList<>();
        for (String page : PAGE_TYPES) {
            open(page);
            Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze(browser);
            for (Rule violation : results.getViolations()) {
                problems.add(page + ": " + violation.getId() + " – " + violation.getHelp() + " "
                        + violation.getNodes().stream().map(n -> String.valueOf(n.getTarget())).toList());
            }
        }
        assertTrue(problems.isEmpty(), "axe-core violations:\n" + String.join("\n", problems));
    }

    @Test
    void noRequestLeavesTheSite() {
        Pattern url = Pattern.compile("\"url\":\"([^\"]+)\"");
        List<String> offSite = new ArrayList<>();
        for (String page : PAGE_TYPES) {
            browser.manage().logs().get(LogType.PERFORMANCE);
            open(page);
            for (LogEntry entry : browser.manage().logs().get(LogType.PERFORMANCE)) {
                if (!entry.getMessage().contains("Network.requestWillBeSent")) {
                    continue;
                }
                Matcher m = url.matcher(entry.getMessage());
                if (m.find() && !m.group(1).startsWith(base) && !m.group(1).startsWith("data:")) {
                    offSite.add(page + " requested " + m.group(1));
                }
            }
        }
        assertTrue(offSite.isEmpty(), String.join("\n", offSite));
    }

    @Test
    void searchFindsSwedishWordFormsAndEnglishWords() {
        open("sv/sok/");
        WebElement field = browser.findElement(By.id("search-q"));
        // "nedskräpningen" stands nowhere in the content; Swedish stemming finds "Nedskräpning".
        field.sendKeys("nedskräpningen");
        browser.findElement(By.cssSelector("#search-form button")).click();
        List<WebElement> hits = awaitResults();
        assertTrue(hits.stream().anyMatch(a -> a.getAttribute("href").contains("/sv/omraden/rosengard/2024-2025/")),
                "\"nedskräpningen\" must find the Rosengård promise and its problem \"Nedskräpning\"");
        assertTrue(browser.getCurrentUrl().contains("?q=nedskr"), "the query is kept in the address");

        open("en/search/?q=littering");
        List<WebElement> english = awaitResults();
        assertTrue(english.stream().anyMatch(a -> a.getAttribute("href").contains("/en/areas/rosengard/")));
        assertTrue(english.stream().allMatch(a -> a.getAttribute("href").contains("/en/")), "English results lead to English pages");

        // Typed without å, ä and ö, names are still found; a result names its period as the pages do.
        open("sv/sok/?q=Rosengard");
        assertTrue(awaitResults().stream().anyMatch(a -> a.getText().startsWith("Rosengård, maj 2024 – maj 2025: ")),
                "\"Rosengard\" must find Rosengård's promise, named with its period");
        open("en/search/?q=Mollevangen");
        assertTrue(awaitResults().stream().anyMatch(a -> a.getAttribute("href").contains("/en/areas/mollevangen/")));
        open("en/search/?q=accessibility");
        awaitResults();
        assertEquals("1 result.", browser.findElement(By.id("search-status")).getText());
    }

    @Test
    void noPageScrollsSidewaysOnTheNarrowestPhone() {
        browser.manage().window().setSize(new Dimension(320, 800));
        try {
            List<String> tooWide = new ArrayList<>();
            for (String page : PAGE_TYPES) {
                open(page);
                Long width = (Long) browser.executeScript("return document.documentElement.scrollWidth;");
                Long viewport = (Long) browser.executeScript("return document.documentElement.clientWidth;");
                if (width > viewport) {
                    tooWide.add(page + ": " + width + " px wide in a " + viewport + " px viewport");
                }
            }
            assertTrue(tooWide.isEmpty(), String.join("\n", tooWide));
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 900));
        }
    }

    /**
     * On the narrowest phone every table keeps its column headers on screen above its cells, and one wider than
     * the screen scrolls sideways inside a region that the keyboard can reach and a screen reader can name.
     * (Cells stacked one below the other used to show a row's numbers without the headers that say what they count.)
     */
    @Test
    void everyTableKeepsItsColumnHeadersAboveItsCellsOnThePhone() throws IOException {
        browser.manage().window().setSize(new Dimension(320, 800));
        try {
            List<String> problems = new ArrayList<>();
            int tables = 0;
            for (String page : PAGE_TYPES) {
                open(page);
                @SuppressWarnings("unchecked")
                List<Object> found = (List<Object>) browser.executeScript(TABLE_CHECK);
                tables += ((Number) found.get(0)).intValue();
                for (Object problem : (List<?>) found.get(1)) {
                    problems.add(page + ": " + problem);
                }
            }
            assertTrue(tables >= 20, "only " + tables + " tables on the page types");
            assertTrue(problems.isEmpty(), String.join("\n", problems));

            open("sv/oversikt/");
            WebElement region = browser.findElement(By.cssSelector(".table-scroll"));
            Long scrolls = (Long) browser.executeScript("return arguments[0].scrollWidth - arguments[0].clientWidth;", region);
            assertTrue(scrolls > 0, "the overview's table is narrower than a 320 px screen; nothing shows it scrolls");
            Path folder = Path.of("target/screenshots");
            Files.createDirectories(folder);
            Files.copy(region.getScreenshotAs(OutputType.FILE).toPath(), folder.resolve("sv-oversikt-table-320.png"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 900));
        }
    }

    /** Returns [number of tables, problems]: what a sighted phone user or a keyboard user would miss. */
    private static final String TABLE_CHECK = """
            const problems = [];
            // A note, a warning or a horizontal list in prose is a table to Asciidoctor, shown as blocks.
            const tables = [...document.querySelectorAll('main table')].filter(t => !t.closest('.admonitionblock, .hdlist'));
            for (const table of tables) {
              const name = (table.caption ? table.caption.textContent : table.textContent).trim().slice(0, 40);
              const heads = [...table.querySelectorAll('thead th')];
              if (heads.length === 0) { problems.push(name + ': no column headers'); continue; }
              const region = table.parentElement;
              const label = region.getAttribute('aria-labelledby');
              const labelled = label && document.getElementById(label);
              const named = labelled ? labelled.textContent.trim() : (region.getAttribute('aria-label') || '').trim();
              if (!region.classList.contains('table-scroll') || region.getAttribute('role') !== 'region'
                  || region.getAttribute('tabindex') !== '0' || !named) {
                problems.push(name + ': not in a named region the keyboard can scroll');
              }
              const tableBox = table.getBoundingClientRect();
              for (const head of heads) {
                const box = head.getBoundingClientRect();
                if (box.width < 1 || box.height < 1 || box.left < tableBox.left - 1 || getComputedStyle(head).visibility !== 'visible') {
                  problems.push(name + ': column header "' + head.textContent.trim() + '" is not shown');
                }
              }
              for (const row of table.querySelectorAll('tbody tr')) {
                // A cell across several columns (an area's history: periods without the item) starts below the first.
                let column = 0;
                for (const cell of row.children) {
                  const head = heads[column];
                  if (head && Math.abs(cell.getBoundingClientRect().left - head.getBoundingClientRect().left) > 1) {
                    problems.push(name + ': "' + cell.textContent.trim().slice(0, 30) + '" is not below its header "' + head.textContent.trim() + '"');
                  }
                  column += cell.colSpan || 1;
                }
              }
            }
            return [tables.length, problems.slice(0, 20)];
            """;

    @Test
    void screenshotsOfTheMainPageTypesAtPhoneAndDesktopWidths() throws IOException {
        Path folder = Path.of("target/screenshots");
        Files.createDirectories(folder);
        int written = 0;
        for (int width : new int[] {375, 1280}) {
            browser.manage().window().setSize(new Dimension(width, 900));
            for (String page : List.of("sv/", "en/", "sv/omraden/rosengard/", "sv/omraden/rosengard/2024-2025/",
                    "en/areas/rosengard/2024-2025/", "sv/omraden/rosengard/historik/", "sv/oversikt/", "sv/sok/?q=trafik")) {
                open(page);
                Long scrollWidth = (Long) browser.executeScript("return document.documentElement.scrollWidth;");
                assertTrue(scrollWidth <= width, page + " scrolls sideways at " + width + " px: " + scrollWidth);
                File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
                String name = (page.isEmpty() ? "root" : page.replaceAll("[^a-z0-9]+", "-").replaceAll("-$", "")) + "-" + width + ".png";
                Files.copy(shot.toPath(), folder.resolve(name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                written++;
            }
        }
        browser.manage().window().setSize(new Dimension(1280, 900));
        assertEquals(16, written);
    }

    @Test
    void theOpenPageOfTheLivePreviewIsRenderedFirstAndReloadsWhenASavedFileHasBeenBuilt() throws Exception {
        Path project = TestProjects.copyOfRealProject(TestProjects.scratchFolder("preview-"));
        Path site = project.resolve("content/site.json");
        String original = TestProjects.read(site);
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        try (LivePreview preview = new LivePreview(project, project.resolve("out"), 0, BuildOptions.defaults(), "en",
                new PrintStream(log, true, StandardCharsets.UTF_8))) {
            preview.start();
            browser.get("http://127.0.0.1:" + preview.port() + "/sv/");
            // The page has learnt which build it shows; its next question, naming the page, waits for a newer one.
            new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> (Boolean) ((ChromeDriver) d).executeScript(
                    "return performance.getEntriesByType('resource').some(e => e.name.endsWith('/__preview/state'))"));
            Thread.sleep(500);
            TestProjects.write(site, original.replace("år för år – och hur det följs upp.", "år för år – sparat nyss."));
            new WebDriverWait(browser, Duration.ofSeconds(60)).until(d -> d.getPageSource().contains("sparat nyss."));
            new WebDriverWait(browser, Duration.ofSeconds(60)).until(d -> log.toString(StandardCharsets.UTF_8).lines()
                    .filter(line -> line.startsWith("Built ")).count() == 2);
            assertTrue(log.toString(StandardCharsets.UTF_8).contains("render first"), "the open page came first: " + log);
        } finally {
            TestProjects.deleteTree(project);
        }
    }

    private static void open(String page) {
        browser.get(base + page);
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d ->
                "complete".equals(((ChromeDriver) d).executeScript("return document.readyState")));
        if (page.contains("?q=")) {
            // The search runs after the page has loaded; judge and photograph the page with its results.
            new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> !d.findElement(By.id("search-status")).getText().isEmpty());
        }
    }

    private static List<WebElement> awaitResults() {
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> !d.findElement(By.id("search-status")).getText().isEmpty());
        List<WebElement> links = browser.findElements(By.cssSelector("#search-results a"));
        assertFalse(links.isEmpty(), browser.findElement(By.id("search-status")).getText());
        return links;
    }
}
