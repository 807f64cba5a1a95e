package se.medborgarloften.render;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.medborgarloften.Stages;
import se.medborgarloften.TestProjects;
import se.medborgarloften.model.Prose;
import se.medborgarloften.model.PromisePeriod;
import se.medborgarloften.output.StagingSite;
import se.medborgarloften.output.WorkingCopyListings;
import se.medborgarloften.plan.PlannedPage;
import se.medborgarloften.publish.SitePublisher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The render stage alone, on the real content's plan: the prose becomes HTML, and every planned page is written
 * into a working copy, in its language, with what its subject says; nothing is published.
 */
class RenderStageTest {

    private static Stages.Planned planned;
    private static SiteRenderer renderer;
    private static Map<Prose.ProseFile, String> proseHtml;
    private static Path site;
    private static Path published;
    private static int rendered;

    @BeforeAll
    static void render() {
        planned = Stages.realPlanned();
        renderer = new SiteRenderer(TestProjects.realProject());
        proseHtml = renderer.convertProse(planned.content(), planned.loaded().messageBundles());
        published = TestProjects.scratchFolder("render-stage-").resolve("site");
        StagingSite staging = new SitePublisher(published, new WorkingCopyListings()).prepareStaging();
        rendered = renderer.renderPages(planned.content(), planned.plan(), planned.loaded().messageBundles(), proseHtml,
                planned.loaded().history(), planned.asOf(), renderer.incremental(planned.fingerprints(), true), staging);
        site = staging.root();
    }

    @AfterAll
    static void close() {
        renderer.close();
    }

    @Test
    void everyProseFileIsConvertedInItsLanguage() {
        assertEquals(planned.loaded().prose().size(), proseHtml.size());
        String rosengard = proseHtml.entrySet().stream()
                .filter(e -> e.getKey().path().equals("content/areas/rosengard/2024-2025/promise.sv.adoc"))
                .map(Map.Entry::getValue).findFirst().orElseThrow();
        assertTrue(rosengard.startsWith("<div class=\"paragraph\">\n<p>Polisens lokalpolisområde Malmö söder"), rosengard);
    }

    @Test
    void everyPlannedPageIsWrittenAndNothingIsPublished() throws IOException {
        assertEquals(planned.plan().pages().size(), rendered);
        for (PlannedPage page : planned.plan().pages()) {
            assertTrue(Files.isRegularFile(site.resolve(page.outputFile())), page.outputFile());
        }
        assertTrue(Files.notExists(published), "publishing is the next stage's");
        try (Stream<Path> files = Files.walk(site)) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().endsWith(".tmp")));
        }
    }

    @Test
    void eachPageIsInItsOwnLanguageAndNamesItsTranslation() throws IOException {
        for (PlannedPage page : planned.plan().pages()) {
            if (page.isFile() || page.template().equals("root")) {
                continue;
            }
            Document html = page(page.outputFile());
            assertEquals(page.language(), html.selectFirst("html").attr("lang"), page.path());
            for (var alternate : page.alternates().entrySet()) {
                assertNotNull(html.selectFirst("link[rel=alternate][hreflang=" + alternate.getKey() + "][href="
                        + planned.content().site().baseUrl() + alternate.getValue() + "]"), page.path() + " → " + alternate);
            }
        }
    }

    @Test
    void aPromisePageShowsEachOfItsCommitments() throws IOException {
        PromisePeriod period = planned.content().period("rosengard", "2024-2025").orElseThrow();
        Document sv = page("sv/omraden/rosengard/2024-2025/index.html");
        assertEquals(period.promise().commitments().size(), sv.select("li.commitment").size());
        assertTrue(sv.getElementById("commitment-spaningsinsatser").text()
                .contains("Minst 25 spaningsinsatser för att motverka öppna drogscener"));
        Document en = page("en/areas/rosengard/2024-2025/index.html");
        assertTrue(en.getElementById("commitment-spaningsinsatser").text()
                .contains("At least 25 surveillance operations to counter open drug scenes"));
        assertTrue(sv.text().contains("Polisens lokalpolisområde Malmö söder har i samverkan med Malmö Stad"), "its prose");
    }

    @Test
    void anAreasHistoryLinksEachOfItsPeriods() throws IOException {
        Document history = page("sv/omraden/rosengard/historik/index.html");
        Set<String> links = Set.copyOf(history.select("a[href]").eachAttr("href"));
        for (String period : List.of("2018", "2023", "2024-2025")) {
            assertTrue(links.stream().anyMatch(l -> l.endsWith("/" + period + "/") || l.equals("../" + period + "/")),
                    period + " in " + links);
        }
    }

    @Test
    void aPublishedComparisonLeadsOnToTheLaterPeriod() throws IOException {
        Document redirect = page("sv/omraden/rosengard/jamfor/2023/2024-2025/index.html");
        assertEquals("0; url=../../../2024-2025/#changes", redirect.selectFirst("meta[http-equiv=refresh]").attr("content"));
        assertEquals(planned.content().site().baseUrl() + "sv/omraden/rosengard/2024-2025/",
                redirect.selectFirst("link[rel=canonical]").attr("href"));
    }

    @Test
    void aPageRenderedInMemoryIsThePageWritten() throws IOException {
        String file = "en/areas/sofielund/2022-2023/index.html";
        Map<String, byte[]> pages = renderer.renderInMemory(planned.content(), planned.plan(), planned.loaded().messageBundles(),
                proseHtml, planned.loaded().history(), planned.asOf(), renderer.incremental(planned.fingerprints(), true), Set.of(file, "no/such/page.html"));
        assertEquals(Set.of(file), pages.keySet());
        assertArrayEquals(Files.readAllBytes(site.resolve(file)), pages.get(file));
    }

    private static Document page(String file) throws IOException {
        return Jsoup.parse(Files.readString(site.resolve(file), StandardCharsets.UTF_8));
    }
}
