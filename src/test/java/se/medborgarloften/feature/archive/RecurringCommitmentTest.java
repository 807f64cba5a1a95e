package se.medborgarloften.feature.archive;

import se.medborgarloften.TestProjects;
import se.medborgarloften.SiteHtml;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.medborgarloften.generator.SiteBuild;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A commitment that recurs in a later period gets its record over the years on the area's history page: a
 * table and an SVG chart drawn at build time, and a "changed" entry in the later period's changes when its
 * target changes.
 */
class RecurringCommitmentTest {

    @TempDir
    Path project;

    @Test
    void aRecurringCommitmentShowsTargetsAndOutcomesPerYear() {
        TestProjects.copyOfRealProject(project);
        TestProjects.write(project.resolve("content/areas/rosengard/2024-2025/follow-up.json"), """
                {
                  "$schema": "../../../../schema/follow-up.schema.json",
                  "published": "2025-03",
                  "by": ["lpo-malmo-soder"],
                  "kinds": ["production"],
                  "entries": [
                    { "commitment": "spaningsinsatser", "status": "done", "kind": "production", "outcome": { "value": 31 },
                      "editorsNote": { "sv": "Ett prov.", "en": "A test." } }
                  ],
                  "sources": [ { "id": "test", "kind": "document", "title": { "sv": "Testuppföljning", "en": "Test follow-up" } } ]
                }
                """);
        TestProjects.write(project.resolve("content/areas/rosengard/2025-2026/promise.json"), """
                {
                  "$schema": "../../../../schema/promise.schema.json",
                  "title": { "sv": "Medborgarlöfte 2025–2026", "en": "Citizen promise 2025–2026" },
                  "period": { "start": "2025-05", "end": "2026-05" },
                  "parties": ["lpo-malmo-soder", "malmo-stad"],
                  "localPoliceArea": "lpo-malmo-soder",
                  "originalPublication": true,
                  "commitments": [
                    { "id": "spaningsinsatser", "actors": ["lpo-malmo-soder"],
                      "text": { "sv": "Minst 35 spaningsinsatser för att motverka öppna drogscener", "en": "At least 35 surveillance operations to counter open drug scenes" },
                      "target": { "comparator": "at-least", "value": 35, "unit": { "sv": "spaningsinsatser", "en": "surveillance operations" } } },
                    { "id": "fredagsbon", "actors": ["lpo-malmo-soder"],
                      "text": { "sv": "Besöka fredagsbönen i moskéerna", "en": "Attend Friday prayers at the mosques" } }
                  ],
                  "sources": [ { "id": "test", "kind": "document", "title": { "sv": "Test", "en": "Test" } } ]
                }
                """);
        Path out = project.resolve("out");
        new SiteBuild(project, out).run();
        SiteHtml site = new SiteHtml(out);

        Document area = site.page(site.file("en/areas/rosengard/history/"));
        Element record = area.getElementById("recurring-spaningsinsatser").parent();
        Element chart = record.selectFirst("svg[role=img]");
        assertNotNull(chart, "an SVG chart drawn at build time");
        assertNotNull(chart.selectFirst("title"));
        assertEquals(2, chart.select("rect.chart__target").size());
        assertEquals(1, chart.select("rect.chart__outcome").size());
        // The period labels ("May 2024 – May 2025") stand left of the bars: 14 px text takes about 0.6 em a
        // character in DejaVu Sans, the system font of many Linux desktops (154 px for that label).
        double bars = Double.parseDouble(chart.selectFirst("rect").attr("x"));
        for (Element label : chart.select("text.chart__label")) {
            assertTrue(label.text().length() * 14 * 0.6 < bars, "the label \"" + label.text() + "\" runs into the bars at x=" + bars);
        }
        assertTrue(chart.select("rect").stream().allMatch(r -> Double.parseDouble(r.attr("x")) == bars));
        // The numbers the chart draws are in the commitment's row of the history table, a column per period.
        assertEquals("#commitment-spaningsinsatser", record.selectFirst("p a").attr("href"));
        var rows = area.select("#commitment-spaningsinsatser td");
        assertTrue(rows.get(2).text().contains("at least 25") && rows.get(2).text().contains("31") && rows.get(2).text().contains("Done"));
        // 2025–2026 ended in May 2026, before this copy of the project is built (outside git: as of the day of the build).
        // A period's follow-up state is said once for its column, in the table's first row.
        assertTrue(rows.get(3).text().contains("at least 35") && !rows.get(3).text().contains("Done"));
        assertTrue(area.select("#commitments tr.history__follow-up td").get(3).text().contains("No follow-up has been published here"));

        // Friday prayers recur without a number in any period: its row says so, a chart would show only notes.
        Element withoutNumbers = area.getElementById("recurring-fredagsbon").parent();
        assertTrue(withoutNumbers.select("svg").isEmpty(), withoutNumbers.html());
        assertEquals(2, area.select("#commitment-fredagsbon td").stream().filter(td -> td.selectFirst("a") != null).count());

        Document compare = site.page(site.file("sv/omraden/rosengard/2025-2026/"));
        Element changed = compare.getElementById("changes-commitments-changed-spaningsinsatser");
        assertNotNull(changed);
        assertEquals("25", changed.select("del").text().replaceAll("\\D", ""));
        assertEquals("35", changed.select("ins").text().replaceAll("\\D", ""));
        Element targets = compare.getElementById("changes-target-spaningsinsatser");
        assertTrue(targets.text().contains("31"), "targets against outcomes side by side");
        // On the history page, the commitment's row says in each period what it was.
        var cells = area.select("#commitment-spaningsinsatser td");
        assertEquals(4, cells.size(), "a column per period");
        assertTrue(cells.get(3).text().contains("Reworded") && cells.get(3).text().contains("changed"), cells.get(3).text());
    }
}
