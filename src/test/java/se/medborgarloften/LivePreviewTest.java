package se.medborgarloften;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.medborgarloften.build.BuildOptions;
import se.medborgarloften.preview.LivePreview;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

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
