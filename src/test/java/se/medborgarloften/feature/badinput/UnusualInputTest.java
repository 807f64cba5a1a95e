package se.medborgarloften.feature.badinput;

import se.medborgarloften.TestProjects;
import se.medborgarloften.SiteHtml;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.medborgarloften.generator.SiteBuild;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Unusual but valid input renders: Swedish and accented names, right-to-left text, very long text, a tiny site. */
class UnusualInputTest {

    @TempDir
    Path project;

    @Test
    void accentedAndRightToLeftNamesAndVeryLongTextsRenderAsWritten() {
        TestProjects.copyOfRealProject(project);
        String arabic = "نريد أن نشعر بالأمان في حيّنا";
        String longText = "Åtagandet gäller trygghet i området. ".repeat(300).strip();
        Path promise = project.resolve("content/areas/sofielund/2022-2023/promise.json");
        String json = TestProjects.read(promise).replaceFirst("\"signatories\": \\[", """
                "quotes": [
                    { "person": { "name": "Zoë Åström-Ödén", "title": { "sv": "Boende", "en": "Resident" } },
                      "text": { "sv": "%s", "en": "We want to feel safe in our neighbourhood" },
                      "editorsNote": { "sv": "Ett citat för provet.", "en": "A quotation for the test." } }
                  ],
                  "signatories": [""".formatted(arabic));
        json = json.replace("\"sv\": \"Regelbunden närvaro i området.\"", "\"sv\": \"" + longText + "\"");
        TestProjects.write(promise, json);
        Path out = project.resolve("out");
        new SiteBuild(project, out).run();
        SiteHtml site = new SiteHtml(out);
        Document sv = site.page(site.file("sv/omraden/sofielund/2022-2023/"));
        String text = SiteHtml.normalized(sv.text());
        assertTrue(text.contains("Zoë Åström-Ödén"));
        assertTrue(text.contains(arabic));
        assertTrue(text.contains(longText));
        Document en = site.page(site.file("en/areas/sofielund/2022-2023/"));
        assertTrue(SiteHtml.normalized(en.text()).contains("Zoë Åström-Ödén"));
    }

    @Test
    void aSiteWithOneAreaAndASinglePeriodBuilds() throws IOException {
        TestProjects.copyOfRealProject(project);
        for (String gone : new String[] {"content/areas/rosengard", "content/areas/kirseberg-segevang", "content/areas/mollevangen",
                "content/areas/lindangen-hermodsdal-nydala", "content/news/2018-05-09-fyra-nya-medborgarloften",
                "content/published-urls.txt"}) {
            TestProjects.deleteTree(project.resolve(gone));
        }
        Path out = project.resolve("out");
        new SiteBuild(project, out).run();
        SiteHtml site = new SiteHtml(out);
        assertEquals(1, site.page(site.file("sv/omraden/")).select("tbody tr").size());
        Document area = site.page(site.file("en/areas/sofielund/"));
        assertEquals(1, area.select(".timeline__item").size());
        assertNotNull(site.page(site.file("sv/")).selectFirst("a[href$=sofielund/2022-2023/]"));
        assertTrue(Files.isRegularFile(site.file("sv/nyheter/")), "an empty news list is still a page");
    }

}
