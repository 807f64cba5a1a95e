package se.medborgarloften.editor;

import se.medborgarloften.render.admin.EditorConfig;
import se.medborgarloften.support.CanonicalJson;
import se.medborgarloften.render.admin.AdminSite;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;
import se.medborgarloften.TestProjects;
import se.medborgarloften.generator.BuildOptions;
import se.medborgarloften.generator.SiteBuild;
import se.medborgarloften.preview.LivePreview;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The editor in a real browser (Debian's chromium), against the live preview's local backend on a copy of the real
 * project: in Swedish throughout (Decap's own words and the schemas' help texts), it changes a commitment's target,
 * starts a new period from the latest, records a follow-up entry (its commitment a choice of the period's), corrects
 * an organisation's name, and saves; the files change only where the forms changed them, the build accepts them and
 * the pages show them. With ?lang=en the editor is in English.
 */
class EditorBrowserTest {

    private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM_BINARY", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(System.getenv().getOrDefault("CHROMEDRIVER_BINARY", "/usr/bin/chromedriver"));
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private static Path project;
    private static LivePreview preview;
    private static ChromeDriver browser;
    private static String base;
    private static final ByteArrayOutputStream log = new ByteArrayOutputStream();
    private final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    static void start() throws IOException {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        Path bundle = TestProjects.realProject().resolve(AdminSite.BUNDLE);
        if ("true".equals(System.getenv("CI")) && (!installed || !Files.isDirectory(bundle))) {
            throw new IllegalStateException("CI must install chromium, chromium-driver and the editor (npm ci in src/main/admin; see .ci/run)");
        }
        assumeTrue(installed, "install Debian's chromium and chromium-driver to run the browser checks");
        assumeTrue(Files.isDirectory(bundle), "run npm ci in src/main/admin to check the editor in a browser");
        project = TestProjects.copyOfRealProject(TestProjects.scratchFolder("editor-"));
        Path copied = project.resolve(AdminSite.BUNDLE);
        Files.createDirectories(copied.getParent());
        Files.createSymbolicLink(copied, bundle);
        preview = new LivePreview(project, project.resolve("out"), 0, BuildOptions.defaults(), "sv",
                new PrintStream(log, true, StandardCharsets.UTF_8));
        preview.start();
        // 127.0.0.1 is one of the hosts on which Decap looks for a local backend.
        base = "http://127.0.0.1:" + preview.port() + "/";

        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + TestProjects.scratchFolder("chromium-"), "--window-size=1400,1000");
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        // Leaving the editor right after saving may still ask whether to leave: yes, the file is written.
        options.setUnhandledPromptBehaviour(org.openqa.selenium.UnexpectedAlertBehaviour.ACCEPT);
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build(), options);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (preview != null) {
            preview.close();
        }
    }

    @Test
    void editsAPeriodStartsTheNextAndRecordsItsFollowUp() throws Exception {
        try {
            run();
        } catch (AssertionError | RuntimeException e) {
            dump("failure");
            throw e;
        }
    }

    private void run() throws Exception {
        Path current = project.resolve("content/areas/rosengard/2024-2025/promise.json");
        String before = Files.readString(current);

        // Opens a period and changes a commitment's target.
        browser.get(base + "admin/");
        click(By.xpath("//button[normalize-space(.)='Logga in']"));
        // Decap's own words are Swedish too (its locale "sv"), not only the forms' labels.
        until(() -> element(By.xpath("//*[normalize-space(text())='Samlingar']")));
        browser.get(base + "admin/#/collections/promises/entries/rosengard/2024-2025/promise");
        // A text's Swedish and English side by side (editor.css), as a translator compares them.
        WebElement svTitle = until(() -> element(By.xpath("//textarea[starts-with(@id,'sv-field-')]")));
        WebElement enTitle = until(() -> element(By.xpath("//textarea[starts-with(@id,'en-field-')]")));
        assertTrue(Math.abs(svTitle.getLocation().getY() - enTitle.getLocation().getY()) < svTitle.getSize().getHeight() / 2,
                "Swedish and English side by side: " + svTitle.getLocation() + " " + enTitle.getLocation());
        assertTrue(enTitle.getLocation().getX() > svTitle.getLocation().getX() + svTitle.getSize().getWidth() / 2);
        // The schemas' help texts, in plain Swedish, under the fields.
        until(() -> element(By.xpath("//*[starts-with(normalize-space(text()),'Åtagandena: vad varje aktör lovar att göra.')]")));
        Files.createDirectories(Path.of("target/screenshots"));
        Files.write(Path.of("target/screenshots/editor-period-1400.png"), browser.getScreenshotAs(OutputType.BYTES));
        WebElement commitment = until(() -> element(By.xpath(
                "//div[starts-with(@id,'commitments-field-')]//*[normalize-space(text())='spaningsinsatser']")));
        WebElement item = expand(commitment);
        WebElement value = until(() -> within(item, By.xpath(".//input[@type='number' and starts-with(@id,'value-field-')]")));
        assertEquals("25", value.getAttribute("value"));
        value.sendKeys(Keys.chord(Keys.CONTROL, "a"), "30");
        publish();
        String after = waitForChange(current, before);
        assertEquals(List.of("-        \"value\": 25,", "+        \"value\": 30,"), changedLines(before, after),
                "only the target's line changes; the rest keeps its layout, order and $schema");

        // The running text, edited as written: a sentence added to its last paragraph.
        Path prose = project.resolve("content/areas/rosengard/2024-2025/promise.en.adoc");
        String proseBefore = Files.readString(prose);
        open("admin/#/collections/prose/entries/areas-rosengard-2024-2025-promise-en-adoc");
        WebElement body = until(() -> element(By.xpath("//textarea[starts-with(@id,'body-field-')]")));
        body.sendKeys(Keys.chord(Keys.CONTROL, Keys.END), Keys.BACK_SPACE, " Edited in the editor.");
        publish();
        String proseAfter = waitForChange(prose, proseBefore);
        List<String> proseChanged = changedLines(proseBefore, proseAfter);
        assertEquals(2, proseChanged.size(), proseChanged.toString());
        assertTrue(proseChanged.get(1).endsWith("partners in preventive work. Edited in the editor."), proseChanged.toString());

        // A new period from the area's latest, by the scaffold the editor's request runs.
        Path next = project.resolve("content/areas/rosengard/2026/promise.json");
        browser.get(base + "admin/#/collections/requests/new");
        choose("action", "Ny period");
        choose("area", "Rosengård");
        until(() -> element(By.xpath("//input[starts-with(@id,'period-field-')]"))).sendKeys("2026");
        publish();
        until(() -> Files.exists(next) ? next : null);
        JsonNode latest = json.readTree(after);
        JsonNode started = json.readTree(next.toFile());
        assertEquals(ids(latest.get("commitments")), ids(started.get("commitments")), "the commitments keep their ids");
        assertEquals(ids(latest.get("problems")), ids(started.get("problems")), "the problems keep their ids");
        assertEquals(30, started.get("commitments").get(0).get("target").get("value").asInt());
        assertEquals(CanonicalJson.write(started), Files.readString(next), "the scaffold writes the content's layout");
        assertFalse(Files.exists(project.resolve(EditorConfig.REQUESTS)), "the request is carried out, not saved");

        // The new period opens at once (the editor lists the folders), and is marked as first published here.
        String startedText = Files.readString(next);
        open("admin/#/collections/promises/entries/rosengard/2026/promise");
        WebElement original = until(() -> element(By.xpath("//*[starts-with(@id,'originalPublication-field-')]")));
        original.click();
        publish();
        String marked = waitForChange(next, startedText);
        assertEquals(List.of("+  \"originalPublication\": true"), changedLines(startedText, marked).stream()
                .filter(l -> !l.matches("[-+]  \"sources\": \\[\\],?")).toList());

        // A follow-up with one entry per commitment, then the entry of the edited commitment recorded in the form.
        Path followUp = project.resolve("content/areas/rosengard/2026/follow-up.json");
        browser.get(base + "admin/#/collections/requests/new");
        choose("action", "Uppföljning");
        choose("area", "Rosengård");
        until(() -> element(By.xpath("//input[starts-with(@id,'period-field-')]"))).sendKeys("2026");
        publish();
        until(() -> Files.exists(followUp) ? followUp : null);
        String scaffolded = Files.readString(followUp);
        assertEquals(started.get("commitments").size(), json.readTree(scaffolded).get("entries").size());
        // Each follow-up is a file of its own in the editor, listed once the preview has built it (as staff reload).
        until(() -> get("admin/config.sv.json").contains("\"content/areas/rosengard/2026/follow-up.json\"") ? true : null);
        open("admin/#/collections/followUps/entries/rosengard-2026");
        WebElement entry = until(() -> element(By.xpath(
                "//div[starts-with(@id,'entries-field-')]//*[normalize-space(text())='spaningsinsatser']")));
        WebElement recordedEntry = expand(entry);
        // The entry's commitment is a choice of the period's commitments, shown with the start of its text.
        until(() -> within(recordedEntry, By.xpath(".//*[starts-with(normalize-space(text()),'spaningsinsatser – ')]")));
        choose("status", "done");
        WebElement outcome = until(() -> within(recordedEntry, By.xpath(".//input[@type='number' and starts-with(@id,'value-field-')]")));
        outcome.sendKeys("31");
        publish();
        String recorded = waitForChange(followUp, scaffolded);
        List<String> changed = changedLines(scaffolded, recorded);
        assertTrue(changed.contains("-      \"status\": \"not-followed-up\"") && changed.contains("+      \"status\": \"done\","),
                changed.toString());
        assertTrue(changed.contains("+        \"value\": 31"), changed.toString());
        assertTrue(changed.size() <= 6, "only the one entry changes: " + changed);

        // An organisation's English name corrected in the list of organisations: one line changes.
        Path organisations = project.resolve("content/organisations.json");
        String organisationsBefore = Files.readString(organisations);
        open("admin/#/collections/organisations/entries/organisations");
        WebElement agency = until(() -> element(By.xpath(
                "//div[starts-with(@id,'organisations-field-')]//*[normalize-space(text())='skatteverket']")));
        WebElement agencyItem = expand(agency);
        WebElement english = until(() -> within(agencyItem, By.xpath(".//textarea[starts-with(@id,'en-field-')]")));
        english.sendKeys(Keys.END, " (Skatteverket)");
        publish();
        String organisationsAfter = waitForChange(organisations, organisationsBefore);
        assertEquals(List.of("-        \"en\": \"Swedish Tax Agency\"", "+        \"en\": \"Swedish Tax Agency (Skatteverket)\""),
                changedLines(organisationsBefore, organisationsAfter));

        // The build accepts what the editor wrote, and the pages show it.
        new SiteBuild(project, project.resolve("checked"), BuildOptions.defaults()).run();
        String period = Files.readString(project.resolve("checked/sv/omraden/rosengard/2024-2025/index.html"));
        assertTrue(period.contains("30"), "the new target is on the period's page");
        assertTrue(Files.readString(project.resolve("checked/en/areas/rosengard/2024-2025/index.html"))
                .contains("Edited in the editor."), "the edited text is on the English page");
        String page = Files.readString(project.resolve("checked/sv/omraden/rosengard/2026/index.html"));
        assertTrue(page.contains("spaningsinsatser") || page.contains("Spaningsinsatser") || page.contains("spaningsinsatser".toUpperCase()));
        // The preview shows the edited period's page in the editor, as built.
        open("admin/#/collections/promises/entries/rosengard/2024-2025/promise");
        WebElement frame = until(() -> element(By.cssSelector("iframe")));
        browser.switchTo().frame(frame);
        WebElement inner = until(() -> element(By.cssSelector("iframe.editor-preview")));
        assertTrue(inner.getAttribute("src").endsWith("/sv/omraden/rosengard/2024-2025/"), inner.getAttribute("src"));
        browser.switchTo().defaultContent();
        assertTrue(Files.readString(project.resolve("checked/en/areas/rosengard/2024-2025/index.html"))
                .contains("Swedish Tax Agency (Skatteverket)"), "the corrected name is on the English page");

        // English on asking: Decap's words, the labels and the help texts.
        browser.get("about:blank");
        browser.get(base + "admin/?lang=en#/collections/promises/entries/rosengard/2024-2025/promise");
        until(() -> element(By.xpath("//*[starts-with(normalize-space(text()),'The commitments: what each actor undertakes.')]")));
        until(() -> element(By.xpath("//*[normalize-space(text())='Published']")));
        browser.get(base + "admin/?lang=sv");
    }

    private static String get(String address) {
        try {
            return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + address)).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Opens the editor at this address afresh, as a staff member reloads it to see new files. */
    private static void open(String address) {
        // Through a blank page: a change of the address's fragment alone would not load the editor again, and the
        // editor may still be moving to the entry it has just saved.
        browser.get("about:blank");
        browser.get(base + address);
        until(() -> browser.getCurrentUrl().endsWith(address) ? true : null);
    }

    private static List<String> ids(JsonNode items) {
        List<String> ids = new ArrayList<>();
        items.forEach(i -> ids.add(i.get("id").asText()));
        return ids;
    }

    /** The lines that differ, as a unified diff marks them; the files have the same number of lines but where items are added. */
    private static List<String> changedLines(String before, String after) {
        List<String> a = before.lines().toList();
        List<String> b = after.lines().toList();
        int start = 0;
        while (start < a.size() && start < b.size() && a.get(start).equals(b.get(start))) {
            start++;
        }
        int endA = a.size() - 1;
        int endB = b.size() - 1;
        while (endA >= start && endB >= start && a.get(endA).equals(b.get(endB))) {
            endA--;
            endB--;
        }
        List<String> changed = new ArrayList<>();
        a.subList(start, endA + 1).forEach(l -> changed.add("-" + l));
        b.subList(start, endB + 1).forEach(l -> changed.add("+" + l));
        return changed;
    }

    private static String waitForChange(Path file, String before) {
        return until(() -> {
            try {
                String now = Files.readString(file);
                return now.equals(before) ? null : now;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Opens a collapsed list item by the first button of its top bar; returns the item. */
    private static WebElement expand(WebElement summary) {
        WebElement button = summary.findElement(By.xpath("preceding-sibling::div[1]/button[1]"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", button);
        button.click();
        return summary.findElement(By.xpath("parent::div"));
    }

    /** A select (react-select): typed into, the first match taken. */
    private static void choose(String field, String option) {
        WebElement input = until(() -> element(By.xpath("//input[starts-with(@id,'" + field + "-field-')]")));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", input);
        input.sendKeys(option);
        until(() -> element(By.xpath("//*[contains(@id,'-option-')]")));
        input.sendKeys(Keys.ENTER);
    }

    /** Saves as a staff member does: Publicera → Publicera nu. */
    private static void publish() {
        click(By.xpath("//*[normalize-space(text())='Publicera']"));
        click(By.xpath("//*[normalize-space(text())='Publicera nu']"));
        until(() -> element(By.xpath("//*[normalize-space(text())='Ändringar sparade']")));
    }

    private static void click(By by) {
        WebElement element = until(() -> element(by));
        until(() -> {
            try {
                element.click();
                return true;
            } catch (org.openqa.selenium.WebDriverException e) {
                return null;
            }
        });
    }

    private static WebElement within(WebElement parent, By by) {
        List<WebElement> found = parent.findElements(by);
        return found.isEmpty() || !found.get(0).isDisplayed() ? null : found.get(0);
    }

    private static WebElement element(By by) {
        List<WebElement> found = browser.findElements(by);
        return found.isEmpty() || !found.get(0).isDisplayed() ? null : found.get(0);
    }

    private static <T> T until(Supplier<T> condition) {
        return new WebDriverWait(browser, PATIENCE).until(d -> condition.get());
    }

    private static void dump(String name) throws IOException {
        Path out = Path.of("target/editor-debug");
        Files.createDirectories(out);
        Files.write(out.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
        Files.writeString(out.resolve(name + ".html"), browser.getPageSource());
        StringBuilder logs = new StringBuilder();
        for (LogEntry e : browser.manage().logs().get(LogType.BROWSER)) {
            logs.append(e).append('\n');
        }
        Files.writeString(out.resolve(name + ".log"), logs + "\n----\n" + log.toString(StandardCharsets.UTF_8));
    }
}
