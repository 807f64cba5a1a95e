package se.medborgarloften.feature.site;

import se.medborgarloften.TestProjects;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.medborgarloften.benchmark.NationalContent;
import se.medborgarloften.benchmark.SearchTransfer;
import se.medborgarloften.generator.BuildOptions;
import se.medborgarloften.generator.SiteBuild;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A small national-shaped site (benchmark/NationalContent: areas in many municipalities of many counties) built
 * and checked as residents and those who deploy it would: the areas are found by county and municipality through
 * plain links, the pages that summarise the site stay short, every page with its stylesheet stays within the
 * budget, and the search (Pagefind) finds an area in a real browser within its transfer budget.
 */
class NationalSiteTest {

    /** Every HTML page, with the CSS it loads (the README's budgets). */
    static final long PAGE_BUDGET = 100 * 1024;
    /** What one search transfers, the search page and Pagefind's library and index included. */
    static final long SEARCH_BUDGET = 300 * 1024;

    private static Path project;
    private static Path site;

    @BeforeAll
    static void build() throws IOException {
        project = TestProjects.scratchFolder("medborgarloften-national-").resolve("project");
        NationalContent.write(TestProjects.realProject(), project, 40, 4);
        site = project.resolve("site");
        // Built as `mvn package` publishes it: indexed by Pagefind before publishing, where Node is installed.
        Path root = TestProjects.realProject();
        Path pagefind = SearchTransfer.pagefindInstalled(root) ? root.resolve("src/main/search/node_modules/.bin/pagefind") : null;
        new SiteBuild(project, site, BuildOptions.defaults().withPagefind(pagefind)).run();
    }

    @Test
    void everyAreaIsReachedByCountyAndMunicipalityThroughPlainLinks() throws IOException {
        for (String lang : List.of("sv", "en")) {
            Path areasFile = site.resolve(lang + (lang.equals("sv") ? "/omraden/" : "/areas/") + "index.html");
            Document areas = page(areasFile);
            assertTrue(areas.select("script").isEmpty(), "the areas page needs no script");
            assertTrue(areas.select("main h2").size() > 2, "areas grouped by county: " + areas.select("main h2").eachText());
            List<String> reached = new ArrayList<>();
            for (Element municipalityLink : areas.select("main ul.places a")) {
                Path municipalityFile = follow(areasFile, municipalityLink.attr("href"));
                Document municipality = page(municipalityFile);
                assertTrue(municipality.select("script").isEmpty());
                assertEquals(municipalityLink.text(), municipality.selectFirst("h1").text());
                for (Element areaLink : municipality.select("main table tbody th a")) {
                    Path areaFile = follow(municipalityFile, areaLink.attr("href"));
                    assertTrue(Files.isRegularFile(areaFile), areaFile.toString());
                    reached.add(areaFile.getParent().getFileName().toString());
                }
            }
            List<String> expected;
            try (Stream<Path> folders = Files.list(project.resolve("content/areas"))) {
                expected = folders.map(p -> p.getFileName().toString()).sorted().toList();
            }
            assertEquals(expected, reached.stream().sorted().toList(), lang);
        }
    }

    @Test
    void pagesAboutTheWholeSiteStayShort() throws IOException {
        for (String lang : List.of("sv", "en")) {
            Document home = page(site.resolve(lang + "/index.html"));
            assertTrue(home.select("ul.cards > li").size() <= se.medborgarloften.render.view.HomeView.AREAS);
            // The overview and each archive year sum up by county and open one county at a time.
            Document overview = page(site.resolve(lang + (lang.equals("sv") ? "/oversikt/" : "/overview/") + "index.html"));
            int counties = overview.select("main tbody tr").size();
            assertTrue(counties > 2 && counties <= 22, "one row per county: " + counties);
            Path archive = site.resolve(lang + (lang.equals("sv") ? "/arkiv/" : "/archive/") + NationalContent.LATEST_YEAR + "/index.html");
            Document year = page(archive);
            for (Element county : year.select("main tbody th a")) {
                Path countyYear = follow(archive, county.attr("href"));
                assertTrue(page(countyYear).select("main h4 a").size() > 0, countyYear.toString());
            }
        }
        // The real Malmö content has one municipality: no county or municipality level.
        Path real = TestProjects.realSite();
        assertFalse(Files.exists(real.resolve("sv/kommuner")));
        assertFalse(Files.exists(real.resolve("en/municipalities")));
        assertTrue(page(real.resolve("sv/omraden/index.html")).select("main table tbody tr").size() >= 5);
    }

    @Test
    void everyPageWithItsStylesheetIsWithinTheBudget() throws IOException {
        long css = Files.size(site.resolve("css/site.css"));
        Map<Long, String> heaviest = new TreeMap<>();
        List<String> over = new ArrayList<>();
        try (Stream<Path> files = Files.walk(site, java.nio.file.FileVisitOption.FOLLOW_LINKS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                long weight = Files.size(file) + css;
                heaviest.put(weight, site.relativize(file).toString());
                if (weight > PAGE_BUDGET) {
                    over.add(site.relativize(file) + ": " + weight + " bytes");
                }
            }
        }
        var top = ((TreeMap<Long, String>) heaviest).lastEntry();
        System.out.printf("National test site: heaviest page with its CSS %s, %d bytes%n", top.getValue(), top.getKey());
        assertTrue(over.isEmpty(), "pages over " + PAGE_BUDGET + " bytes with their CSS:\n" + String.join("\n", over));
    }

    /** One page of each type the places add, and the pages they change, in both languages. */
    private static List<String> placePages() throws IOException {
        String municipality;
        String county;
        try (Stream<Path> folders = Files.list(site.resolve("sv/kommuner"))) {
            municipality = folders.map(p -> p.getFileName().toString()).sorted().findFirst().orElseThrow();
        }
        try (Stream<Path> folders = Files.list(site.resolve("sv/oversikt"))) {
            county = folders.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("lan-")).sorted().findFirst().orElseThrow();
        }
        int year = NationalContent.LATEST_YEAR;
        return List.of("sv/", "en/", "sv/omraden/", "en/areas/", "sv/kommuner/" + municipality + "/",
                "en/municipalities/" + municipality + "/", "sv/oversikt/", "en/overview/", "sv/oversikt/" + county + "/",
                "en/overview/" + county + "/", "sv/oversikt/" + municipality + "/", "en/overview/" + municipality + "/",
                "sv/arkiv/" + year + "/", "en/archive/" + year + "/", "sv/arkiv/" + year + "/" + county + "/",
                "en/archive/" + year + "/" + county + "/");
    }

    @Test
    void thePagesOfPlacesAreValidHtml() throws Exception {
        List<Path> pages = new ArrayList<>();
        for (String path : placePages()) {
            Path file = site.resolve(path + "index.html");
            assertTrue(Files.isRegularFile(file), path);
            pages.add(file);
        }
        List<String> errors = NuHtmlChecker.errors(site, pages);
        assertTrue(errors.isEmpty(), "Nu Html Checker errors:\n" + String.join("\n", errors));
    }

    @Test
    void theSearchFindsAnAreaInABrowserWithinItsTransferBudget() throws Exception {
        boolean ci = "true".equals(System.getenv("CI"));
        assumeTrue(SearchTransfer.browserInstalled() || ci, "install Debian's chromium and chromium-driver to run the browser checks");
        Path root = TestProjects.realProject();
        assumeTrue(SearchTransfer.pagefindInstalled(root) || ci, "install Debian's nodejs and npm to index the site with Pagefind");
        assertTrue(SearchTransfer.pagefindInstalled(root), "Pagefind (npm) must run in CI: .ci/run installs nodejs and npm");
        assertFalse(Files.exists(site.resolve("search")), "only Pagefind's index is published");
        try (SearchTransfer search = new SearchTransfer(site)) {
            // An area by its name (with and without å), and a Swedish word form the content writes otherwise
            // ("nedskräpning"): Pagefind stems Swedish.
            for (String[] query : List.of(new String[] {"sv/sok/?q=Centrum", "Centrum"},
                    new String[] {"sv/sok/?q=nedskr%C3%A4pningen", null}, new String[] {"en/search/?q=centrum", "Centrum"})) {
                SearchTransfer.Result result = search.query(query[0]);
                assertTrue(result.pagefind(), query[0] + ": the search used Pagefind's index");
                assertFalse(result.titles().isEmpty(), query[0] + ": " + result.status());
                if (query[1] != null) {
                    assertTrue(result.titles().stream().anyMatch(t -> t.contains(query[1])), query[0] + " found " + result.titles());
                }
                assertTrue(result.firstHref().startsWith(search.base()), result.firstHref());
                System.out.printf("Search %s transferred %d bytes%n", query[0], result.bytes());
                assertTrue(result.bytes() <= SEARCH_BUDGET, query[0] + " transferred " + result.bytes() + " bytes");
            }
            // The pages of places meet WCAG 2.1 AA as the real site's pages do (BrowserChecksTest).
            List<String> violations = new ArrayList<>();
            for (String path : placePages()) {
                violations.addAll(search.axeViolations(path));
            }
            assertTrue(violations.isEmpty(), "axe-core violations:\n" + String.join("\n", violations));
        }
    }

    private static Document page(Path file) throws IOException {
        return Jsoup.parse(Files.readString(file));
    }

    /** The file a relative link from a page leads to. */
    private static Path follow(Path from, String href) {
        Path target = from.getParent().resolve(URI.create(href).getPath()).normalize();
        return Files.isDirectory(target) ? target.resolve("index.html") : target;
    }
}
