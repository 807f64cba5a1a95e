package se.medborgarloften.feature.archive;

import se.medborgarloften.TestProjects;
import se.medborgarloften.SiteHtml;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import se.medborgarloften.generator.BuildOptions;
import se.medborgarloften.generator.SiteBuild;
import se.medborgarloften.model.CommitmentState;
import se.medborgarloften.model.DateRange;
import se.medborgarloften.model.FollowUp;
import se.medborgarloften.model.FollowUpState;
import se.medborgarloften.model.PartialDate;
import se.medborgarloften.model.Promise;
import se.medborgarloften.model.PromisePeriod;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The real site never states a commitment's outcome without a published follow-up: a period's follow-up is what
 * the archive holds on the build's reference date (running, none published here, published), said as such on
 * every page kind in both languages and in the downloads.
 */
class FollowUpStateTest {

    private static final Set<String> STATUSES = Set.of("done", "partly-done", "not-done", "ongoing", "not-followed-up");
    private static final Map<String, Locale> LOCALES = Map.of("sv", Locale.forLanguageTag("sv-SE"), "en", Locale.forLanguageTag("en-GB"));
    private static final Map<String, String> AREAS = Map.of("sv", "omraden", "en", "areas");
    private static final Map<String, String> NONE_PUBLISHED = Map.of("sv", "Ingen uppföljning är publicerad här.",
            "en", "No follow-up has been published here.");
    private static final Map<String, String> NONE_PUBLISHED_TAG = Map.of("sv", "Ingen uppföljning publicerad här",
            "en", "No follow-up published here");
    private static final Map<String, String> AS_OF = Map.of("sv", "Läget i arkivet den %s.",
            "en", "State of the archive on %s.");
    private static final Map<String, String> AS_OF_NOTE = Map.of("sv", "läget i arkivet den %s.",
            "en", "the state of the archive on %s.");

    private static SiteHtml running;

    @Test
    void noCommitmentOfAnEndedPeriodWithoutAFollowUpShowsAStatusOnAnyPageOrInTheDownloads() {
        SiteHtml site = new SiteHtml(TestProjects.realSite());
        List<Map<String, String>> periods = csv(site.root().resolve("data/promises.csv"));
        LocalDate asOf = LocalDate.parse(periods.get(0).get("as_of"));
        List<Map<String, String>> commitments = csv(site.root().resolve("data/commitments.csv"));
        int ended = 0;
        for (Map<String, String> period : periods) {
            if (!period.get("followed_up").equals("no") || !PartialDate.parse(period.get("end")).lastDay().isBefore(asOf)) {
                continue;
            }
            ended++;
            String area = period.get("area");
            String id = period.get("period");
            assertEquals("no-follow-up-published", period.get("follow_up_state"), period.toString());
            for (Map<String, String> row : commitments) {
                if (row.get("area").equals(area) && row.get("period").equals(id)) {
                    assertEquals("", row.get("status"), "a status without a published follow-up: " + row);
                    assertEquals("no-follow-up-published", row.get("follow_up_state"), row.toString());
                    assertEquals(asOf.toString(), row.get("as_of"));
                }
            }
            for (String lang : List.of("sv", "en")) {
                String date = day(asOf, lang);
                Document page = site.page(site.file(lang + "/" + AREAS.get(lang) + "/" + area + "/" + id + "/"));
                // What stands in for every commitment's status is said once for all of them, above them.
                assertTrue(page.select("li.commitment .tag").isEmpty(), area + "/" + id + " " + lang);
                if (page.select("li.commitment").size() > 1) {
                    Element tag = page.getElementById("commitments-state").selectFirst(".tag");
                    assertTrue(tag.hasClass("tag--no-follow-up-published"), area + "/" + id + " " + lang + ": " + tag);
                    assertEquals(NONE_PUBLISHED_TAG.get(lang), tag.text());
                }
                String facts = SiteHtml.normalized(page.selectFirst(".summary").text());
                assertTrue(facts.contains(NONE_PUBLISHED.get(lang)) && facts.contains(String.format(AS_OF.get(lang), date)), facts);
                String followUp = SiteHtml.normalized(page.getElementById("follow-up").text());
                assertTrue(followUp.contains(NONE_PUBLISHED.get(lang)) && followUp.contains(String.format(AS_OF_NOTE.get(lang), date)), followUp);

                Element item = timelineItem(site, lang, area, id);
                assertTrue(item.text().contains(NONE_PUBLISHED.get(lang)), item.text());
                assertTrue(SiteHtml.normalized(item.parent().parent().text()).contains(String.format(AS_OF_NOTE.get(lang), date)));

                Element row = overviewRow(site, lang, area, id);
                // A period whose sources list no commitments says so in one cell instead of counting.
                for (Element cell : row.select("td:not(.overview__chart):not(.overview__without-status):not(.missing)")) {
                    if (cell.elementSiblingIndex() < 6) {
                        assertEquals("–", cell.text(), "a count of a status without a published follow-up: " + row);
                    }
                }
                assertTrue(row.select("svg rect").stream().allMatch(r -> r.hasClass("status-chart__no-follow-up-published")), row.html());
            }
        }
        assertTrue(ended >= 6, "the four periods of 2018, Sofielund 2022–2023 and Rosengård 2024–2025 ended without a follow-up here: " + ended);

        // Every page of every kind, in both languages: a status only where a published follow-up gives it. The one
        // follow-up of the real content (Rosengård 2023) reports on no commitment, so no page shows any status.
        Set<String> given = new TreeSet<>();
        commitments.forEach(row -> {
            if (!row.get("status").isEmpty()) {
                given.add(row.get("status"));
            }
        });
        assertEquals(Set.of(), given, "the real content's follow-ups give no commitment a status");
        int tags = 0;
        for (Path file : site.pages()) {
            Document page = site.page(file);
            for (Element tag : page.select(".tag, svg rect[class^=status-chart__]")) {
                // The overview's legend names every status, as a key to its tables.
                if (tag.closest(".legend") == null) {
                    for (String status : STATUSES) {
                        assertFalse(tag.hasClass("tag--" + status) || tag.hasClass("status-chart__" + status), file + ": " + tag);
                    }
                    tags++;
                }
            }
            String text = page.text();
            assertFalse(text.contains("Inte uppföljt ännu") || text.contains("Not yet followed up"), file.toString());
        }
        // A period's page says what stands in for its commitments' statuses once for all of them, so the real
        // site shows a score of tags (every period page in both languages, the area pages, the overview).
        assertTrue(tags >= 20, "tags seen: " + tags);
        for (String lang : List.of("sv", "en")) {
            Document overview = site.page(site.file(lang + ("sv".equals(lang) ? "/oversikt/" : "/overview/")));
            assertTrue(SiteHtml.normalized(overview.selectFirst(".page-header").text()).contains(String.format(AS_OF_NOTE.get(lang), day(asOf, lang))));
            // Each home card of an ended period without a follow-up says none is published here.
            Document home = site.page(site.file(lang + "/"));
            assertTrue(SiteHtml.normalized(home.getElementById("latest-heading").parent().text()).contains(String.format(AS_OF_NOTE.get(lang), day(asOf, lang))));
            Element sofielund = home.select("li.card").stream().filter(c -> c.select("a[href*=sofielund/2022-2023/]").size() == 1).findFirst().orElseThrow();
            assertTrue(sofielund.selectFirst(".hint").text().endsWith(NONE_PUBLISHED.get(lang)), sofielund.text());
        }
    }

    @Test
    void aPeriodThatIsRunningSaysSoWithTheFollowUpItsSourcePlans() throws IOException {
        SiteHtml site = runningSite();
        Map<String, String> running = Map.of("sv", "Perioden pågår. Planerad uppföljning enligt källan: första kvartalet 2025.",
                "en", "The period is running. Follow-up planned according to the source: first quarter of 2025.");
        Map<String, String> tag = Map.of("sv", "Perioden pågår", "en", "Period running");
        for (String lang : List.of("sv", "en")) {
            String date = "sv".equals(lang) ? "1 september 2024" : "1 September 2024";
            Document page = site.page(site.file(lang + "/" + AREAS.get(lang) + "/rosengard/2024-2025/"));
            assertEquals(17, page.select("li.commitment").size(), lang);
            assertTrue(page.select("li.commitment .tag").isEmpty(), "said once for all 17, not on each");
            assertEquals(1, page.select("#commitments-state .tag--period-running").size(), lang);
            assertEquals(tag.get(lang), page.selectFirst("#commitments-state .tag").text());
            String facts = SiteHtml.normalized(page.selectFirst(".summary").text());
            assertTrue(facts.contains(running.get(lang)) && facts.contains(String.format(AS_OF.get(lang), date)), facts);
            String followUp = SiteHtml.normalized(page.getElementById("follow-up").text());
            assertTrue(followUp.contains(String.format(AS_OF_NOTE.get(lang), date)) && followUp.contains(running.get(lang).substring(0, running.get(lang).indexOf('.') + 1)), followUp);

            assertTrue(timelineItem(site, lang, "rosengard", "2024-2025").text().endsWith(running.get(lang)));
            Element row = overviewRow(site, lang, "rosengard", "2024-2025");
            assertTrue(row.select("svg rect").stream().allMatch(r -> r.hasClass("status-chart__period-running")), row.html());
            // Sofielund 2022–2023 had ended by then, without a follow-up here.
            Document sofielund = site.page(site.file(lang + "/" + AREAS.get(lang) + "/sofielund/2022-2023/"));
            assertTrue(sofielund.select("li.commitment .tag").isEmpty());
            assertTrue(sofielund.selectFirst("#commitments-state .tag").hasClass("tag--no-follow-up-published"));
        }
        for (Map<String, String> row : csv(site.root().resolve("data/commitments.csv"))) {
            String expected = row.get("period").equals("2024-2025") ? "period-running" : row.get("period").equals("2023") ? "follow-up-published" : "no-follow-up-published";
            assertEquals(expected, row.get("follow_up_state"), row.toString());
            assertEquals("2024-09-01", row.get("as_of"));
            assertEquals("", row.get("status"));
        }
        JsonNode period = new ObjectMapper().readTree(site.root().resolve("data/rosengard/2024-2025/promise.json").toFile());
        assertEquals("period-running", period.at("/followUpState/state").asText());
        assertEquals("2025-Q1", period.at("/followUpState/planned").asText());
        assertEquals(0, period.get("commitmentStatus").size());
    }

    @Test
    void aPeriodRunsFromTheFirstDayOfItsStartToTheLastDayOfItsEndAndAStatusComesOnlyFromAPublishedFollowUp() {
        Promise promise = new Promise(null, null, new DateRange(PartialDate.parse("2024-05"), PartialDate.parse("2025-05")),
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                new Promise.FollowUpPlan(PartialDate.parse("2025-Q1"), null, null), null, null, null, null, null, null, false, null);
        PromisePeriod period = new PromisePeriod("rosengard", "2024-2025", promise, null, null, null, "promise.json");
        Map<LocalDate, String> states = Map.of(LocalDate.of(2024, 4, 30), FollowUpState.NOT_STARTED,
                LocalDate.of(2024, 5, 1), FollowUpState.RUNNING, LocalDate.of(2025, 5, 31), FollowUpState.RUNNING,
                LocalDate.of(2025, 6, 1), FollowUpState.NOT_PUBLISHED);
        states.forEach((day, state) -> {
            assertEquals(state, period.followUpState(day).key(), day.toString());
            assertEquals("2025-Q1", period.followUpState(day).planned().toString());
            CommitmentState commitment = period.statusOf("spaningsinsatser", day);
            assertFalse(commitment.hasStatus());
            assertEquals(state, commitment.key());
            assertEquals("commitmentState." + state, commitment.messageKey());
        });
        FollowUp followUp = new FollowUp(null, null, null,
                List.of(new FollowUp.Entry("spaningsinsatser", "done", null, null, null, null, null, null)), null, null, null, null, null);
        PromisePeriod followedUp = new PromisePeriod("rosengard", "2024-2025", promise, null, followUp, null, "promise.json");
        // Published here, whatever the day.
        assertTrue(followedUp.followUpState(LocalDate.of(2024, 9, 1)).published());
        assertEquals("status.done", followedUp.statusOf("spaningsinsatser", LocalDate.of(2026, 1, 1)).messageKey());
        CommitmentState unreported = followedUp.statusOf("hot-spot-patrullering", LocalDate.of(2026, 1, 1));
        assertFalse(unreported.hasStatus());
        assertEquals(CommitmentState.NOT_REPORTED, unreported.key());
    }

    /** The real content built as of 1 September 2024, while Rosengård 2024–2025 (May 2024 – May 2025) ran. */
    private static synchronized SiteHtml runningSite() {
        if (running == null) {
            Path out = TestProjects.scratchFolder("medborgarloften-as-of-").resolve("site");
            new SiteBuild(TestProjects.realProject(), out, BuildOptions.defaults().withAsOf(LocalDate.of(2024, 9, 1))).run();
            running = new SiteHtml(out);
        }
        return running;
    }

    private static Element timelineItem(SiteHtml site, String lang, String area, String period) {
        Document page = site.page(site.file(lang + "/" + AREAS.get(lang) + "/" + area + "/"));
        Element item = page.select(".timeline__item").stream().filter(i -> i.select("a[href=\"" + period + "/\"]").size() > 0)
                .findFirst().orElse(null);
        assertNotNull(item, area + "/" + period + " on its area page");
        return item;
    }

    private static Element overviewRow(SiteHtml site, String lang, String area, String period) {
        Document page = site.page(site.file(lang + ("sv".equals(lang) ? "/oversikt/" : "/overview/")));
        return page.select("table.overview tbody tr").stream()
                .filter(tr -> tr.select("a[href$=\"/" + area + "/" + period + "/\"]").size() == 1).findFirst().orElseThrow();
    }

    private static String day(LocalDate date, String lang) {
        return DateTimeFormatter.ofPattern("d MMMM yyyy", LOCALES.get(lang)).format(date);
    }

    private static List<Map<String, String>> csv(Path file) {
        try (MappingIterator<Map<String, String>> it = new CsvMapper().readerFor(Map.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(file.toFile())) {
            return it.readAll();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
