package se.medborgarloften;

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

/** The archive reader's view of the real content: comparisons, area history, yearly archives, provenance. */
class ArchiveAndComparisonTest {

    private static SiteHtml site;

    @BeforeAll
    static void build() {
        site = new SiteHtml(TestProjects.realSite());
    }

    @Test
    void rosengard2023To2024DropsCarTheftAndAddsWelfareCrime() {
        for (String page : List.of("sv/omraden/rosengard/jamfor/2023/2024-2025/", "en/areas/rosengard/compare/2023/2024-2025/")) {
            Document compare = site.page(site.file(page));
            assertNotNull(compare.getElementById("problems-dropped-stold-ur-motorfordon"), page);
            assertNotNull(compare.getElementById("problems-added-brott-mot-valfarden"), page);
            assertTrue(compare.select("#problems-added-brott-mot-valfarden, #problems-dropped-stold-ur-motorfordon")
                    .stream().noneMatch(e -> e.text().isBlank()));
        }
        Document sv = site.page(site.file("sv/omraden/rosengard/jamfor/2023/2024-2025/"));
        assertEquals("Stöld ur eller från motorfordon", sv.getElementById("problems-dropped-stold-ur-motorfordon").text());
        assertEquals("Brott mot välfärden – bidragsbrott", sv.getElementById("problems-added-brott-mot-valfarden").text());
        // A problem kept with new wording shows the change word by word.
        assertTrue(sv.select("#problems-changed-skadegorelse del").text().contains("bränder/bilbränder"));
        assertTrue(sv.select("#problems-changed-skadegorelse ins").text().contains("bilbränder"));
    }

    @Test
    void rosengardsHistoryFrom2018Through2024IsOneAreaWithEveryComparison() {
        Document area = site.page(site.file("sv/omraden/rosengard/"));
        String timeline = area.select(".timeline").text();
        assertTrue(timeline.contains("2018") && timeline.contains("2023") && timeline.contains("maj 2024 – maj 2025"), timeline);
        for (String pair : List.of("2018/2023/", "2023/2024-2025/", "2018/2024-2025/")) {
            String href = "jamfor/" + pair;
            assertTrue(area.select("a[href=" + href + "]").size() == 1, "area page links " + href);
            assertTrue(java.nio.file.Files.isRegularFile(site.file("en/areas/rosengard/compare/" + pair)));
        }
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
    void aComparisonSaysInPlainWordsHowItMatchesAndWhatItCannotKnow() {
        Document en = site.page(site.file("en/areas/rosengard/compare/2023/2024-2025/"));
        Document sv = site.page(site.file("sv/omraden/rosengard/jamfor/2023/2024-2025/"));
        for (Document page : List.of(en, sv)) {
            String intro = page.selectFirst(".lead").text();
            assertFalse(intro.matches("(?s).*\\b(ids?|id:n)\\b.*"), intro);
            // 2023's source lists no commitments and names no signatories: the later period's are all there is.
            assertTrue(page.select("#commitments > p.missing").text().contains("2023"), page.select("#commitments").text());
            assertTrue(page.select("#signatories > p.missing").text().contains("2023"), page.select("#signatories").text());
            assertEquals(17, page.select("#commitments .changes--added > li").size(), "the list is kept");
        }
        assertEquals("The sources for 2023 list no commitments, so this section shows only the commitments for May 2024 – May 2025.",
                SiteHtml.normalized(en.selectFirst("#commitments > p.missing").text()));
        assertEquals("Källorna för 2023 anger inga åtaganden, så här visas bara åtagandena för maj 2024 – maj 2025.",
                SiteHtml.normalized(sv.selectFirst("#commitments > p.missing").text()));
        // Someone named in one promise and not the next may still take part ("Polisen" became the local police area).
        assertTrue(en.select("#actors dt").eachText().contains("Not named in the later promise"));
        assertTrue(sv.select("#actors dt").eachText().contains("Nämns inte i det senare löftet"));
        for (Document page : List.of(en, sv)) {
            assertTrue(page.select("#actors dt").stream().noneMatch(dt -> dt.text().matches("No longer involved|Inte längre med")));
        }
        Document neither = site.page(site.file("en/areas/rosengard/compare/2018/2023/"));
        assertTrue(neither.select("#signatories > p.missing").text().startsWith("The sources of neither period"),
                neither.select("#signatories").text());
        assertTrue(neither.select("#signatories dl").isEmpty(), "no list of dashes when neither period names a signatory");
        assertTrue(neither.select("#commitments > p.missing").text().contains("shows only the commitments for 2018"));
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
        Document compare = site.page(site.file("en/areas/rosengard/compare/2023/2024-2025/"));
        assertEquals("Targets and outcomes by commitment", compare.getElementById("targets-caption").text());
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
        assertTrue(page.select("a[href$=data/sofielund/2022-2023/commitments.csv]").size() == 1);
        assertTrue(page.select("a[href$=data/sofielund/2022-2023/promise.json]").size() == 1);
    }
}
