package se.medborgarloften.benchmark;

import com.sun.net.httpserver.HttpServer;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import se.medborgarloften.TestProjects;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A built site indexed by Pagefind, served locally and searched in Debian's chromium: what one query transfers
 * (the search page, its CSS and script, Pagefind's library, WebAssembly and the parts of the index the query
 * needs), as the browser's resource timing counts it. Used by NationalSiteTest and the benchmark.
 */
public final class SearchTransfer implements AutoCloseable {

    public static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM_BINARY", "/usr/bin/chromium"));
    public static final Path CHROMEDRIVER = Path.of(System.getenv().getOrDefault("CHROMEDRIVER_BINARY", "/usr/bin/chromedriver"));

    private final HttpServer server;
    /** The bytes the server has sent, headers left out: what the browser loaded, its web workers included. */
    private final java.util.concurrent.atomic.AtomicLong served = new java.util.concurrent.atomic.AtomicLong();
    private final ChromeDriver driver;
    private final String base;

    /** One query's outcome: the result titles, their first link, the bytes transferred, and whether Pagefind answered. */
    public record Result(List<String> titles, String firstHref, long bytes, boolean pagefind, String status) {
    }

    public SearchTransfer(Path site) throws IOException {
        server = serve(site, served);
        base = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + TestProjects.scratchFolder("chromium-search-"), "--window-size=1280,900");
        driver = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build(), options);
    }

    public static boolean browserInstalled() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    public String base() {
        return base;
    }

    /**
     * Opens the search page with a query (e.g. "sv/sok/?q=Centrum") with an empty browser cache and waits for the
     * answer; the bytes are counted where the site is served, text compressed as a static host sends it, since
     * Pagefind loads its index in a web worker, whose requests the page's resource timing does not list.
     */
    public Result query(String path) throws InterruptedException {
        driver.executeCdpCommand("Network.clearBrowserCache", java.util.Map.of());
        served.set(0);
        driver.get(base + path);
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> !d.findElements(By.cssSelector("#search-results a")).isEmpty()
                || !d.findElement(By.id("search-status")).getText().isEmpty());
        // Until nothing more arrives for a second: the excerpts of the results shown load after the first.
        long before;
        do {
            before = served.get();
            Thread.sleep(1000);
        } while (served.get() != before);
        List<String> titles = driver.findElements(By.cssSelector("#search-results a")).stream().map(e -> e.getText()).toList();
        String first = titles.isEmpty() ? "" : driver.findElements(By.cssSelector("#search-results a")).get(0).getAttribute("href");
        boolean pagefind = (Boolean) driver.executeScript(
                "return performance.getEntriesByType('resource').some(function (e) { return e.name.indexOf('/pagefind/') >= 0; });");
        return new Result(titles, first, served.get(), pagefind, driver.findElement(By.id("search-status")).getText());
    }

    /** The WCAG 2.1 A/AA violations axe-core reports on a page of the site. */
    public List<String> axeViolations(String path) {
        driver.get(base + path);
        var results = new com.deque.html.axecore.selenium.AxeBuilder()
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze(driver);
        return results.getViolations().stream().map(v -> path + ": " + v.getId() + " – " + v.getHelp() + " "
                + v.getNodes().stream().map(n -> String.valueOf(n.getTarget())).toList()).toList();
    }

    @Override
    public void close() {
        driver.quit();
        server.stop(0);
    }

    /**
     * Whether Pagefind can run from the project's node_modules: there already (npm ci, as the build runs it), or
     * installed now because npm is here.
     */
    public static synchronized boolean pagefindInstalled(Path project) {
        if (Files.isExecutable(project.resolve("src/main/search/node_modules/.bin/pagefind"))) {
            return true;
        }
        try {
            return run(project.resolve("src/main/search"), "npm", "ci", "--no-audit", "--no-fund", "--loglevel=error") == 0
                    && Files.isExecutable(project.resolve("src/main/search/node_modules/.bin/pagefind"));
        } catch (IOException noNpm) {
            return false;
        }
    }

    static int run(Path folder, String... command) throws IOException {
        Process process = new ProcessBuilder(command).directory(folder.toFile()).inheritIO().start();
        try {
            if (!process.waitFor(30, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                return -1;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            return -1;
        }
        return process.exitValue();
    }

    private static HttpServer serve(Path root, java.util.concurrent.atomic.AtomicLong served) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            Path file = root.resolve(exchange.getRequestURI().getPath().substring(1)).normalize();
            if (Files.isDirectory(file)) {
                file = file.resolve("index.html");
            }
            int status = 200;
            if (!file.startsWith(root) || !Files.isRegularFile(file)) {
                file = root.resolve("404.html");
                status = 404;
            }
            byte[] body = Files.readAllBytes(file);
            String name = file.getFileName().toString();
            String type = name.endsWith(".css") ? "text/css" : name.endsWith(".js")
                    ? "text/javascript" : name.endsWith(".json") ? "application/json" : name.endsWith(".wasm")
                    ? "application/wasm" : name.endsWith(".svg") ? "image/svg+xml" : name.endsWith(".html")
                    ? "text/html; charset=utf-8" : "application/octet-stream";
            exchange.getResponseHeaders().set("Content-Type", type);
            // As GitHub Pages and other static hosts serve them: text compressed for a browser that accepts it.
            // Pagefind's index, fragments and WebAssembly are compressed already, and are sent as they are.
            String accepted = exchange.getRequestHeaders().getFirst("Accept-Encoding");
            if (!type.equals("application/octet-stream") && !type.equals("application/wasm")
                    && accepted != null && accepted.contains("gzip")) {
                java.io.ByteArrayOutputStream compressed = new java.io.ByteArrayOutputStream();
                try (java.util.zip.GZIPOutputStream gzip = new java.util.zip.GZIPOutputStream(compressed)) {
                    gzip.write(body);
                }
                body = compressed.toByteArray();
                exchange.getResponseHeaders().set("Content-Encoding", "gzip");
            }
            served.addAndGet(body.length);
            exchange.sendResponseHeaders(status, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        return server;
    }
}
