package se.medborgarloften.plan;

import org.junit.jupiter.api.Test;
import se.medborgarloften.Stages;
import se.medborgarloften.model.AreaHistory;
import se.medborgarloften.model.PromisePeriod;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The plan stage alone, on the validated real content: every area's page and history, every period in both
 * languages at its permanent address, and every address the site has published still a page or a redirect.
 */
class PlanStageTest {

    private static final List<String> LANGUAGES = List.of("sv", "en");

    @Test
    void everyAreaHasItsPageAndHistoryInBothLanguages() {
        Stages.Planned planned = Stages.realPlanned();
        SitePlan plan = planned.plan();
        for (AreaHistory area : planned.content().areas()) {
            for (String language : LANGUAGES) {
                PlannedPage history = plan.page(HistoryPage.key(area.id()), language);
                assertEquals("history", history.template());
                assertEquals(area.id(), history.areaId());
                assertEquals("area", plan.page("area/" + area.id(), language).template());
            }
        }
        assertEquals("sv/omraden/rosengard/historik/", plan.page(HistoryPage.key("rosengard"), "sv").path());
        assertEquals("en/areas/rosengard/history/", plan.page(HistoryPage.key("rosengard"), "en").path());
    }

    @Test
    void everyPeriodIsAPromisePageAtItsPermanentAddress() {
        Stages.Planned planned = Stages.realPlanned();
        SitePlan plan = planned.plan();
        Set<String> published = new HashSet<>(planned.loaded().publishedUrls().urls());
        int periods = 0;
        for (PromisePeriod period : planned.content().allPeriods()) {
            periods++;
            for (String language : LANGUAGES) {
                PlannedPage page = plan.page(PagePlanner.promiseKey(period), language);
                assertEquals("promise", page.template());
                assertSame(period, page.subject());
                assertTrue(page.permanent());
                assertTrue(published.contains(page.path()), page.path() + " was published before and is planned again");
                assertEquals(page.path() + "index.html", page.outputFile());
            }
        }
        assertEquals(7, periods);
        PlannedPage rosengard = plan.page("promise/rosengard/2024-2025", "sv");
        assertEquals("sv/omraden/rosengard/2024-2025/", rosengard.path());
        assertEquals(Map.of("sv", "sv/omraden/rosengard/2024-2025/", "en", "en/areas/rosengard/2024-2025/"), rosengard.alternates());
        assertEquals(List.of("sv", "en"), List.copyOf(rosengard.alternates().keySet()), "in the site's language order");
        assertEquals(6, plan.pagesOf("rosengard").stream().filter(p -> p.language().equals("sv")).count(),
                "its page, its history, its three periods, and its part of the sitemap: "
                        + plan.pagesOf("rosengard").stream().map(PlannedPage::path).toList());
    }

    @Test
    void everyPublishedAddressIsStillAPageOrLeadsOn() {
        Stages.Planned planned = Stages.realPlanned();
        SitePlan plan = planned.plan();
        for (String address : planned.loaded().publishedUrls().urls()) {
            assertTrue(plan.hasPath(address) || plan.redirects(address), address);
        }
        // The comparison pages of earlier versions lead on to the later period, in each language.
        assertTrue(plan.redirects("sv/omraden/rosengard/jamfor/2023/2024-2025/"));
        assertTrue(plan.redirects("en/areas/rosengard/compare/2018/2023/"));
        RedirectTarget target = (RedirectTarget) plan.page("redirect/sv/omraden/rosengard/jamfor/2023/2024-2025/", "sv").subject();
        assertTrue(target.to().path().startsWith("sv/omraden/rosengard/"), target.to().path());
        assertTrue(plan.pages().stream().filter(p -> p.template().equals("redirect")).noneMatch(PlannedPage::permanent));
    }

    @Test
    void theArchiveHasAYearForEachYearAPromiseWasInForce() {
        SitePlan plan = Stages.realPlanned().plan();
        assertEquals(List.of(2018, 2022, 2023, 2024, 2025), plan.archiveYears().stream().map(ArchiveYear::year).toList());
        for (int year : List.of(2018, 2022, 2023, 2024, 2025)) {
            assertEquals("archive-year", plan.page("archive/" + year, "en").template());
        }
    }

    @Test
    void aSiteOfOneMunicipalityHasNoPagesPerPlace() {
        SitePlan plan = Stages.realPlanned().plan();
        assertTrue(plan.pages().stream().noneMatch(p -> p.template().startsWith("overview-") || p.template().equals("municipality")));
        assertEquals(Set.of("sitemap.xml", "sitemaps/site.xml", "robots.txt", "404.html", "sv/404.html", "en/404.html",
                        "sv/atom.xml", "en/atom.xml", "sitemaps/areas/rosengard.xml", "sitemaps/areas/sofielund.xml",
                        "sitemaps/areas/mollevangen.xml", "sitemaps/areas/kirseberg-segevang.xml",
                        "sitemaps/areas/lindangen-hermodsdal-nydala.xml"),
                Set.copyOf(plan.pages().stream().filter(PlannedPage::isFile).map(PlannedPage::path).toList()));
    }

    @Test
    void askingForAPageThatIsNotPlannedFailsLoudly() {
        SitePlan plan = Stages.realPlanned().plan();
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> plan.page("promise/rosengard/2019", "sv"));
        assertEquals("No page \"promise/rosengard/2019\" in language \"sv\"", missing.getMessage());
    }
}
