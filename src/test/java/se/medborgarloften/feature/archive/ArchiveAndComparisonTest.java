package se.medborgarloften.feature.archive;

import se.medborgarloften.TestProjects;
import se.medborgarloften.SiteHtml;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The archive reader's view of the real content: each period's changes, area history, yearly archives, provenance. */
class ArchiveAndComparisonTest {

    private static SiteHtml site;

    @BeforeAll
    static void build() {
        site = new SiteHtml(TestProjects.realSite());
    }

    @Test
    void rosengard2023To2024DropsCarTheftAndAddsWelfareCrime() {
        for (String page : List.of("sv/omraden/rosengard/2024-2025/", "en/areas/rosengard/2024-2025/")) {
            Document changes = site.page(site.file(page));
            assertNotNull(changes.getElementById("changes-problems-dropped-stold-ur-motorfordon"), page);
            assertNotNull(changes.getElementById("changes-problems-added-brott-mot-valfarden"), page);
            assertTrue(changes.select("#changes-problems-added-brott-mot-valfarden, #changes-problems-dropped-stold-ur-motorfordon")
                    .stream().noneMatch(e -> e.text().isBlank()));
        }
        Document sv = site.page(site.file("sv/omraden/rosengard/2024-2025/"));
        assertEquals("Stöld ur eller från motorfordon", sv.getElementById("changes-problems-dropped-stold-ur-motorfordon").text());
        assertEquals("Brott mot välfärden – bidragsbrott", sv.getElementById("changes-problems-added-brott-mot-valfarden").text());
        // A problem kept with new wording shows the change word by word.
        assertTrue(sv.select("#changes-problems-changed-skadegorelse del").text().contains("bränder/bilbränder"));
        assertTrue(sv.select("#changes-problems-changed-skadegorelse ins").text().contains("bilbränder"));
    }

    @Test
    void rosengardsHistoryFrom2018Through2024IsOneAreaWithOneHistoryPage() {
        Document area = site.page(site.file("sv/omraden/rosengard/"));
        String timeline = area.select(".timeline").text();
        assertTrue(timeline.contains("2018") && timeline.contains("2023") && timeline.contains("maj 2024 – maj 2025"), timeline);
        assertEquals(1, area.select("a[href=historik/]").size(), "the area page links its history");
        assertTrue(area.select("a[href*=jamfor/]").isEmpty(), "and no comparison of two periods");
        Document history = site.page(site.file("en/areas/rosengard/history/"));
        assertEquals(List.of("2018", "2023", "May 2024 – May 2025"),
                history.select("#problems thead th[scope=col]").eachText().subList(1, 4));
    }

    @Test
    void aYearsArchiveGroupsPromisesInForceAndFollowUpsPublishedByArea() {
        Document year = site.page(site.file("sv/arkiv/2024/"));
        var inForce = year.getElementById("in-force-heading").parent();
        assertEquals("Rosengård", inForce.selectFirst("h3").text());
        assertTrue(inForce.select("a[href$=/rosengard/2024-2025/]").size() == 1);
        var followUps = year.getElementById("follow-ups-heading").parent();
        assertTrue(followUps.select("a[href$=/rosengard/2023/#follow-up]").size() == 1, "the follow-up of 2023 was published in 2024");
        Document y2018 = site.page(site.file("en/archive/2018/"));
        assertEquals(4, y2018.getElementById("in-force-heading").parent().select("h3").size(), "four areas had a promise in 2018");
    }

    @Test
    void aPeriodsChangesSayInPlainWordsHowTheyMatchAndWhatTheyCannotKnow() {
        Document en = site.page(site.file("en/areas/rosengard/2024-2025/"));
        Document sv = site.page(site.file("sv/omraden/rosengard/2024-2025/"));
        for (Document page : List.of(en, sv)) {
            String intro = page.selectFirst("#changes > p").text();
            assertFalse(intro.matches("(?s).*\\b(ids?|id:n)\\b.*"), intro);
            // 2023's source lists no commitments and names no signatories: said once each, and nothing listed as
            // added or dropped on the strength of that silence.
            assertEquals(2, page.select("#changes p.not-comparable").size(), page.select("#changes").text());
            assertTrue(page.select("#changes [id^=changes-commitments-]").stream()
                    .allMatch(e -> e.id().equals("changes-commitments")), "no commitment listed as added or dropped");
            assertTrue(page.select("#changes-targets").isEmpty(), "targets are said with the commitments, not twice");
        }
        assertEquals("The commitments and their targets cannot be compared: the sources for 2023 (Citizen promise 2023) list no commitments. "
                        + "A commitment not listed there was not necessarily missing or dropped.",
                SiteHtml.normalized(en.selectFirst("#changes-commitments + p.not-comparable").text()));
        assertEquals("Åtagandena och deras mål går inte att jämföra: källorna till 2023 (Medborgarlöfte 2023) räknar inte upp några åtaganden. "
                        + "Att ett åtagande inte finns med där betyder inte att det saknades eller togs bort.",
                SiteHtml.normalized(sv.selectFirst("#changes-commitments + p.not-comparable").text()));
        assertTrue(en.selectFirst("#changes-signatories + p.not-comparable").text().contains("2023"));
        // Someone named in one promise and not the next may still take part: the city's departments that 2023's
        // annex names are part of the City of Malmö, a party to the later promise.
        assertTrue(en.select("#changes dt").eachText().contains("Named through a unit of it or the organisation it belongs to"));
        assertTrue(sv.select("#changes dd li").eachText().contains("Miljöförvaltningen: genom Malmö stad, som Miljöförvaltningen hör till"),
                sv.select("#changes dd").text());
        Document neither = site.page(site.file("en/areas/rosengard/2023/"));
        assertTrue(neither.selectFirst("#changes-signatories + p.not-comparable").text().startsWith("The names under the promises cannot be compared: the sources for neither"),
                neither.select("#changes").text());
        assertTrue(neither.selectFirst("#changes-commitments + p.not-comparable").text().contains("2023"));
        assertTrue(site.page(site.file("en/areas/rosengard/2018/")).select("#changes").isEmpty(), "the area's first period has no previous one");
    }

    @Test
    void everyLandmarkOfAPageHasANameOfItsOwn() {
        int named = 0;
        for (Path file : site.pages()) {
            Document page = site.page(file);
            Set<String> seen = new HashSet<>();
            for (Element landmark : page.select("section[aria-labelledby], [role=region], nav, [role=search]")) {
                String role = landmark.hasAttr("role") ? landmark.attr("role") : landmark.tagName().equals("section") ? "region" : landmark.tagName();
                String name = landmark.hasAttr("aria-label") ? landmark.attr("aria-label")
                        : Arrays.stream(landmark.attr("aria-labelledby").split(" ")).filter(id -> !id.isEmpty())
                        .map(id -> page.getElementById(id).text()).collect(Collectors.joining(" "));
                assertTrue(seen.add(role + ": " + SiteHtml.normalized(name)), "two " + role + " landmarks named \"" + name + "\" on " + file);
                named++;
            }
        }
        assertTrue(named > 300, "landmarks checked: " + named);
        Document history = site.page(site.file("en/areas/rosengard/history/"));
        assertEquals("Commitments in Rosengård, by period", history.getElementById("commitments-caption").text());
    }

    @Test
    void everyPromisePageShowsItsSourcesPublicationAndLastChangeAndLinksItsData() {
        Document page = site.page(site.file("en/areas/sofielund/2022-2023/"));
        assertEquals(2, page.select("#sources ul.sources > li").size());
        var lastChanged = page.select(".summary-list dt").stream().filter(dt -> dt.text().equals("Content last changed"))
                .findFirst().orElseThrow().nextElementSibling();
        if (java.nio.file.Files.exists(TestProjects.realProject().resolve(".git"))) {
            assertNotNull(lastChanged.selectFirst("time[datetime]"), "in a git checkout the date of the last change is known");
        }
        assertTrue(page.select("a[href$=data/sofielund/2022-2023/promise.json]").size() == 1);
        // The period's rows are in the tables with every period; it has no CSV files of its own.
        assertTrue(page.select("a[href$=/data/commitments.csv]").size() == 1);
        assertTrue(page.select("a[href$=/data/problems.csv]").size() == 1);
        assertTrue(page.select("a[href*=data/sofielund/2022-2023/][href$=.csv]").isEmpty());
    }
}
