package se.medborgarloften.feature.archive;

import se.medborgarloften.TestProjects;
import se.medborgarloften.SiteHtml;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.medborgarloften.generator.SiteBuild;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An area's history instead of a page for every pair of its periods, read on the real site: each period's
 * changes since the one before say what its sources cannot compare; who takes part is compared through the
 * organisation tree; one history page per area lines every period up; comparison addresses once published
 * lead on.
 */
class AreaHistoryTest {

    private static SiteHtml site;

    @BeforeAll
    static void build() {
        site = new SiteHtml(TestProjects.realSite());
    }

    @Test
    void rosengards2023To2024ChangeSaysCommitmentsAreNotComparableInBothLanguages() {
        Map<String, String> pages = Map.of("sv/omraden/rosengard/2024-2025/", "går inte att jämföra",
                "en/areas/rosengard/2024-2025/", "cannot be compared");
        pages.forEach((path, words) -> {
            Document page = site.page(site.file(path));
            Element changes = page.getElementById("changes");
            assertNotNull(changes, path);
            Element said = page.selectFirst("#changes-commitments + p.not-comparable");
            assertNotNull(said, path);
            assertTrue(said.text().contains(words) && said.text().contains("2023"), said.text());
            // Never a count of commitments added or dropped on the strength of a source that lists none.
            String text = changes.text();
            assertFalse(text.matches("(?s).*\\b17\\b.*") || text.matches("(?s).*\\b5 (commitments|åtaganden)\\b.*"), text);
            assertTrue(changes.select(".changes--added li[id^=changes-commitments], .changes--dropped li[id^=changes-commitments]").isEmpty());
        });
    }

    @Test
    void noPageListsThePoliceAsAbsentWhenAPoliceUnitUnderItTakesPart() throws IOException {
        Set<String> police = new LinkedHashSet<>();
        JsonNode organisations = new ObjectMapper().readTree(TestProjects.realProject().resolve("content/organisations.json").toFile());
        // The Police and every unit under them, by name in both languages.
        Set<String> policeIds = new LinkedHashSet<>(List.of("polisen"));
        boolean grew = true;
        while (grew) {
            grew = false;
            for (JsonNode o : organisations.path("organisations")) {
                if (policeIds.contains(o.path("parent").asText()) && policeIds.add(o.path("id").asText())) {
                    grew = true;
                }
            }
        }
        for (JsonNode o : organisations.path("organisations")) {
            if (o.path("id").asText().equals("polisen")) {
                police.add(o.path("name").path("sv").asText());
                police.add(o.path("name").path("en").asText());
            }
        }
        int checked = 0;
        for (Path file : site.pages()) {
            Document page = site.page(file);
            // Every period of the real content names a police unit, so the Police are never gone from one.
            for (Element dt : page.select("#changes dt")) {
                if (dt.text().equals("Nämns inte i det senare löftet") || dt.text().equals("Not named in the later promise")) {
                    checked++;
                    String gone = dt.nextElementSibling().text();
                    police.forEach(name -> assertFalse(gone.contains(name), file + ": " + gone));
                }
            }
            for (Element cell : page.select("tr#actor-polisen td")) {
                checked++;
                assertFalse(cell.hasClass("h--absent"), file + ": " + cell.text());
            }
        }
        assertTrue(checked >= 10, "lists checked: " + checked);
        // Sofielund's promise was signed by the local police area for the Police.
        assertEquals(List.of("Nämns Undertecknade genom Lokalpolisområde Malmö norr"),
                site.page(site.file("sv/omraden/sofielund/historik/")).select("tr#actor-polisen td").eachText());
    }

    @Test
    void thePoliceTakePartThroughTheirLocalPoliceAreaWhenALaterPromiseNamesOnlyThat(@TempDir Path project) {
        // The real content with Rosengård 2024-2025 naming only the local police area wherever it named the Police.
        TestProjects.copyOfRealProject(project);
        Path promise = project.resolve("content/areas/rosengard/2024-2025/promise.json");
        TestProjects.write(promise, TestProjects.read(promise).replace("\"polisen\"", "\"lpo-malmo-soder\""));
        Path out = project.resolve("out");
        new SiteBuild(project, out).run();
        SiteHtml edited = new SiteHtml(out);
        for (String path : List.of("sv/omraden/rosengard/2024-2025/", "en/areas/rosengard/2024-2025/")) {
            Document page = edited.page(edited.file(path));
            Element dropped = page.select("#changes-actors + dl dt").stream()
                    .filter(dt -> dt.text().matches("Nämns inte i det senare löftet|Not named in the later promise"))
                    .findFirst().orElseThrow().nextElementSibling();
            assertFalse(dropped.text().matches("(?s).*(Polisen|Swedish Police Authority).*"), dropped.text());
        }
        Document sv = edited.page(edited.file("sv/omraden/rosengard/2024-2025/"));
        assertTrue(sv.select("#changes-actors + dl li").eachText().contains("Polisen: genom Lokalpolisområde Malmö söder, som hör till Polisen"),
                sv.select("#changes-actors + dl").text());
        Document history = edited.page(edited.file("en/areas/rosengard/history/"));
        // Rosengård 2024-2025's source does not say it was signed: the names under it are not called signatories.
        assertEquals("Through Malmö Söder local police area Named under the promise through Malmö Söder local police area",
                history.select("tr#actor-polisen td").last().text());
    }

    @Test
    void rosengardsHistoryPageHasARowForEveryProblemAndCommitmentOfItsPeriods() throws IOException {
        Set<String> problems = new LinkedHashSet<>();
        Set<String> commitments = new LinkedHashSet<>();
        List<String> periods = new ArrayList<>();
        Path area = TestProjects.realProject().resolve("content/areas/rosengard");
        try (Stream<Path> folders = Files.list(area)) {
            for (Path folder : folders.filter(Files::isDirectory).sorted().toList()) {
                periods.add(folder.getFileName().toString());
                JsonNode promise = new ObjectMapper().readTree(folder.resolve("promise.json").toFile());
                promise.path("problems").forEach(p -> problems.add(p.path("id").asText()));
                promise.path("commitments").forEach(c -> commitments.add(c.path("id").asText()));
            }
        }
        assertEquals(List.of("2018", "2023", "2024-2025"), periods);
        for (String path : List.of("sv/omraden/rosengard/historik/", "en/areas/rosengard/history/")) {
            Document history = site.page(site.file(path));
            for (String id : problems) {
                Element row = history.getElementById("problem-" + id);
                assertNotNull(row, path + " problem " + id);
                assertEquals(periods.size(), columns(row), path + " problem " + id);
            }
            for (String id : commitments) {
                Element row = history.getElementById("commitment-" + id);
                assertNotNull(row, path + " commitment " + id);
                assertEquals(periods.size(), columns(row), path + " commitment " + id);
                // 2023's sources list no commitments: not covered, which is not the same as absent.
                assertTrue(row.select("td").get(1).hasClass("h--not-covered"), row.outerHtml());
            }
            assertEquals(problems.size(), history.select("tr[id^=problem-]").size());
            assertEquals(commitments.size(), history.select("tr[id^=commitment-]").size());
            assertNotNull(history.selectFirst("#commitments-caption"), "tables have captions");
            assertEquals(history.select("table").size(), history.select(".table-scroll[role=region] > table").size());
            assertTrue(history.select("th[scope=row]").size() >= problems.size() + commitments.size());
        }
        Document en = site.page(site.file("en/areas/rosengard/history/"));
        assertEquals(List.of("Not included", "New", "Same wording"), en.select("#problem-nedskrapning td").eachText());
        assertEquals("Not in the sources", en.select("#commitment-spaningsinsatser td").get(1).text());
        assertTrue(en.selectFirst("#recurring").text().contains("The sources for 2023 list none"),
                "no claim that no commitment recurs when a period lists none: " + en.selectFirst("#recurring").text());
    }

    @Test
    void everyAreaHasOneHistoryPageLinkedFromItsPageAndItsSitemap() {
        for (String area : List.of("rosengard", "sofielund", "mollevangen", "kirseberg-segevang", "lindangen-hermodsdal-nydala")) {
            assertTrue(Files.isRegularFile(site.file("sv/omraden/" + area + "/historik/")), area);
            assertTrue(Files.isRegularFile(site.file("en/areas/" + area + "/history/")), area);
            assertEquals(1, site.page(site.file("en/areas/" + area + "/")).select("a[href=history/]").size(), area);
            String sitemap = TestProjects.read(site.root().resolve("sitemaps/areas/" + area + ".xml"));
            assertTrue(sitemap.contains("/sv/omraden/" + area + "/historik/") && sitemap.contains("/en/areas/" + area + "/history/"), area);
        }
    }

    @Test
    void noComparisonPagesExistOtherThanRedirectsAndPublishedOnesLeadOn() throws IOException {
        List<Path> comparisons;
        try (Stream<Path> files = Files.walk(site.root(), java.nio.file.FileVisitOption.FOLLOW_LINKS)) {
            comparisons = files.filter(f -> f.getFileName().toString().equals("index.html"))
                    .filter(f -> f.toString().contains("/jamfor/") || f.toString().contains("/compare/")).toList();
        }
        for (Path file : comparisons) {
            assertNotNull(site.page(file).selectFirst("meta[http-equiv=refresh]"), file + " is a page, not a redirect");
        }
        List<String> published = TestProjects.read(TestProjects.realProject().resolve("content/published-urls.txt")).lines()
                .filter(l -> !l.startsWith("#") && (l.contains("/jamfor/") || l.contains("/compare/"))).toList();
        assertEquals(published.size(), comparisons.size(), "a redirect for each published comparison, and no more");
        Map<String, String> expected = Map.of(
                "sv/omraden/rosengard/jamfor/2023/2024-2025/", "../../../2024-2025/#changes",
                "en/areas/rosengard/compare/2018/2023/", "../../../2023/#changes",
                "en/areas/rosengard/compare/2018/2024-2025/", "../../../history/",
                "sv/omraden/rosengard/jamfor/2018/2024-2025/", "../../../historik/");
        expected.forEach((from, to) -> {
            assertTrue(published.contains(from), from);
            Document redirect = site.page(site.file(from));
            assertEquals("0; url=" + to, redirect.selectFirst("meta[http-equiv=refresh]").attr("content"), from);
            Path target = site.resolve(site.file(from), to);
            assertTrue(Files.isRegularFile(target), to);
            if (to.contains("#")) {
                assertNotNull(site.page(target).getElementById(to.substring(to.indexOf('#') + 1)), to);
            }
        });
    }

    /** The periods' columns a row's cells span: neighbouring periods without the item share one cell. */
    private static int columns(Element row) {
        return row.select("td").stream().mapToInt(td -> td.hasAttr("colspan") ? Integer.parseInt(td.attr("colspan")) : 1).sum();
    }
}
