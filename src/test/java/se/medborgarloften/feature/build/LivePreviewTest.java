package se.medborgarloften.feature.build;

import se.medborgarloften.TestProjects;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.medborgarloften.generator.BuildOptions;
import se.medborgarloften.preview.LivePreview;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The live preview rebuilds on save, tells open pages to reload, and shows errors over the last good site. */
class LivePreviewTest {

    @TempDir
    Path project;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void savingAFileRebuildsAndABrokenFileShowsItsErrorWhileTheLastGoodSiteStays() throws Exception {
        TestProjects.copyOfRealProject(project);
        Path site = project.resolve("content/site.json");
        String original = TestProjects.read(site);
        try (LivePreview preview = new LivePreview(project, project.resolve("out"), 0, BuildOptions.defaults(), "sv",
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))) {
            preview.start();
            String base = "http://127.0.0.1:" + preview.port();
            String home = get(base + "/sv/");
            assertTrue(home.contains("<script src=\"/__preview/reload.js\"></script>"), "the preview reloads open pages");
            assertTrue(get(base + "/__preview/reload.js").contains("location.reload()"));
            long version = version(base);

            TestProjects.write(site, original.replace("år för år – och hur det följs upp.", "år för år – nu i förhandsvisning."));
            version = awaitNewVersion(base, version);
            assertTrue(get(base + "/__preview/state").contains("\"ok\":true"));
            assertTrue(get(base + "/sv/").contains("nu i förhandsvisning."));

            TestProjects.write(site, original.replace("\"defaultLanguage\": \"sv\",", "\"defaultLanguage\": \"sv\""));
            awaitNewVersion(base, version);
            assertTrue(get(base + "/__preview/state").contains("\"ok\":false"));
            String broken = get(base + "/sv/");
            assertTrue(broken.contains("class=\"preview-problems\""), "the error shows in the page");
            assertTrue(broken.contains("content/site.json:"), broken);
            assertTrue(broken.contains("nu i förhandsvisning."), "the last good site is still served");
        }
        String built = TestProjects.read(project.resolve("out/sv/index.html"));
        assertFalse(built.contains("__preview"), "the reload script is never part of the built site");
    }

    @Test
    void aPageOpenInABrowserIsRenderedFirstUnlessTheAssetsChanged() throws Exception {
        TestProjects.copyOfRealProject(project);
        Path site = project.resolve("content/site.json");
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        try (LivePreview preview = new LivePreview(project, project.resolve("out"), 0, BuildOptions.defaults(), "en",
                new PrintStream(log, true, StandardCharsets.UTF_8))) {
            preview.start();
            String base = "http://127.0.0.1:" + preview.port();
            assertTrue(get(base + "/__preview/reload.js").contains("&page="), "an open page names itself");

            // As reload.js asks, from the English home page.
            CompletableFuture<HttpResponse<String>> waiting = http.sendAsync(HttpRequest.newBuilder(
                    URI.create(base + "/__preview/state?since=" + version(base) + "&page=%2Fen%2F")).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            Thread.sleep(500);
            TestProjects.write(site, TestProjects.read(site).replace("and how it is followed up.", "and how it is previewed."));
            long version = versionIn(waiting.get(60, TimeUnit.SECONDS).body());
            assertTrue(get(base + "/en/").contains("and how it is previewed."));
            String report = awaitReport(log, 2);
            assertTrue(report.contains("render first"), report);

            Path css = project.resolve("assets/css/site.css");
            waiting = http.sendAsync(HttpRequest.newBuilder(
                    URI.create(base + "/__preview/state?since=" + version + "&page=%2Fen%2F")).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            Thread.sleep(500);
            TestProjects.write(css, TestProjects.read(css) + "\n/* previewed */\n");
            waiting.get(60, TimeUnit.SECONDS);
            assertTrue(get(base + "/css/site.css").contains("/* previewed */"), "the new styles come with the page");
            report = awaitReport(log, 3);
            assertFalse(report.contains("render first"), "a page would show with the old styles: " + report);
        }
    }

    /** The preview's report of its nth build, once it has printed it. */
    private static String awaitReport(ByteArrayOutputStream log, int nth) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline) {
            List<String> reports = log.toString(StandardCharsets.UTF_8).lines().filter(l -> l.startsWith("Built ")).toList();
            if (reports.size() >= nth) {
                return reports.get(nth - 1);
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no report of build " + nth + " in:\n" + log.toString(StandardCharsets.UTF_8));
    }

    /**
     * Asks as the open pages do, for a state newer than the one they show: the server answers when a build
     * has ended (the first answer is the new build's, since a rebuild of the real content takes less than
     * the server holds a question), or after that time with the same state.
     */
    private long awaitNewVersion(String base, long before) throws Exception {
        long now = versionIn(get(base + "/__preview/state?since=" + before));
        assertNotEquals(before, now, "the answer waits for the rebuild");
        return now;
    }

    private long version(String base) throws Exception {
        return versionIn(get(base + "/__preview/state"));
    }

    private static long versionIn(String state) {
        return Long.parseLong(state.replaceAll(".*\"version\":(\\d+).*", "$1"));
    }

    private String get(String url) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, response.statusCode(), url);
        return response.body();
    }
}
