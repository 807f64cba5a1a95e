package se.medborgarloften.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.medborgarloften.Stages;
import se.medborgarloften.TestProjects;
import se.medborgarloften.model.PromisePeriod;
import se.medborgarloften.output.StagingSite;
import se.medborgarloften.output.WorkingCopyListings;
import se.medborgarloften.publish.SitePublisher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The downloads under data/, written from the real content's plan into a working copy of their own: what they
 * say of a real area, period and commitment, and the same bytes from the same content.
 */
class OpenDataWriterTest {

    private static final String BASE = "https://medborgarloften.example/";

    private static Stages.Planned planned;
    private static SiteRenderer renderer;
    private static Path data;

    @BeforeAll
    static void write() {
        planned = Stages.realPlanned();
        renderer = new SiteRenderer(TestProjects.realProject());
        data = writeInto(TestProjects.scratchFolder("open-data-").resolve("site")).resolve(OpenDataWriter.FOLDER);
    }

    @AfterAll
    static void close() {
        renderer.close();
    }

    private static Path writeInto(Path site) {
        StagingSite staging = new SitePublisher(site, new WorkingCopyListings()).prepareStaging();
        renderer.writeOpenData(planned.content(), planned.plan(), planned.asOf(), renderer.incremental(planned.fingerprints(), true), staging);
        return staging.root();
    }

    @Test
    void aPeriodsCommitmentsAreItsRowsWithTheirTargets() throws IOException {
        List<Map<String, String>> rows = csv(data.resolve("rosengard/2024-2025/commitments.csv"));
        PromisePeriod period = planned.content().period("rosengard", "2024-2025").orElseThrow();
        assertEquals(period.promise().commitments().size(), rows.size());
        Map<String, String> first = rows.get(0);
        assertEquals("spaningsinsatser", first.get("commitment"));
        assertEquals("at-least", first.get("target_comparator"));
        assertEquals("25", first.get("target_value"));
        assertEquals("spaningsinsatser", first.get("target_unit_sv"));
        assertEquals("surveillance operations", first.get("target_unit_en"));
        assertEquals("Minst 25 spaningsinsatser för att motverka öppna drogscener", first.get("text_sv"));
        assertEquals("polisen", first.get("actors"));
        assertEquals(planned.asOf().toString(), first.get("as_of"));
        assertEquals(rows, csv(data.resolve("commitments.csv")).stream()
                .filter(r -> r.get("area").equals("rosengard") && r.get("period").equals("2024-2025")).toList(),
                "the table with everything has the period's rows as they are");
    }

    @Test
    void everyPeriodIsARowOfPromisesWithItsDatesAndAddresses() throws IOException {
        List<Map<String, String>> promises = csv(data.resolve("promises.csv"));
        assertEquals(7, promises.size());
        Map<String, String> rosengard = promises.stream()
                .filter(r -> r.get("area").equals("rosengard") && r.get("period").equals("2024-2025")).findFirst().orElseThrow();
        assertEquals("2024-05", rosengard.get("start"));
        assertEquals("2025-05", rosengard.get("end"));
        assertEquals("lpo-malmo-soder;malmo-stad", rosengard.get("parties"));
        assertEquals(BASE + "sv/omraden/rosengard/2024-2025/", rosengard.get("url_sv"));
        assertEquals(BASE + "en/areas/rosengard/2024-2025/", rosengard.get("url_en"));
        Map<String, String> followedUp = promises.stream()
                .filter(r -> r.get("area").equals("rosengard") && r.get("period").equals("2023")).findFirst().orElseThrow();
        assertEquals("yes", followedUp.get("followed_up"));
        List<Map<String, String>> followUps = csv(data.resolve("follow-ups.csv"));
        assertEquals(1, followUps.size());
        assertEquals("2024", followUps.get(0).get("published"));
        assertEquals("polisen", followUps.get(0).get("by"));
        assertEquals(5, csv(data.resolve("areas.csv")).size());
    }

    @Test
    void theJsonWithEverythingHasEachAreaWithItsPeriodsAsTheirOwnFilesSay() throws IOException {
        JsonNode all = new ObjectMapper().readTree(data.resolve(OpenDataWriter.ALL_JSON).toFile());
        assertEquals(BASE, all.get("baseUrl").asText());
        assertEquals(5, all.get("areas").size());
        JsonNode rosengard = null;
        for (JsonNode area : all.get("areas")) {
            if (area.at("/area/id").asText().equals("rosengard")) {
                rosengard = area;
            }
        }
        assertEquals(BASE + "sv/omraden/rosengard/", rosengard.at("/urls/sv").asText());
        assertEquals(3, rosengard.get("periods").size());
        JsonNode ownFile = new ObjectMapper().readTree(data.resolve("rosengard/2023/promise.json").toFile());
        assertEquals(ownFile, rosengard.get("periods").get(1), "a period's file is its entry in the file with everything");
        assertEquals("2023", ownFile.get("period").asText());
        assertEquals("2024", ownFile.at("/followUp/published").asText());
        assertEquals(1, all.get("news").size());
    }

    @Test
    void theSchemasAndTheArchivedSourcesAreCopiedAsTheyAre() throws IOException {
        Path schemas = TestProjects.realProject().resolve("schema");
        try (Stream<Path> files = Files.list(schemas)) {
            for (Path schema : files.filter(f -> f.toString().endsWith(".schema.json")).toList()) {
                assertArrayEquals(Files.readAllBytes(schema), Files.readAllBytes(data.resolve("schema").resolve(schema.getFileName())));
            }
        }
        Path sources = TestProjects.realProject().resolve("content/sources");
        try (Stream<Path> files = Files.list(sources)) {
            List<Path> texts = files.toList();
            assertEquals(5, texts.size());
            for (Path text : texts) {
                assertArrayEquals(Files.readAllBytes(text), Files.readAllBytes(data.resolve("sources").resolve(text.getFileName())));
            }
        }
    }

    @Test
    void theSameContentGivesTheSameBytes() {
        Path again = writeInto(TestProjects.scratchFolder("open-data-again-").resolve("site")).resolve(OpenDataWriter.FOLDER);
        TestProjects.assertSameFiles(data, again);
    }

    private static List<Map<String, String>> csv(Path file) throws IOException {
        try (MappingIterator<Map<String, String>> rows = new CsvMapper().readerFor(Map.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(file.toFile())) {
            List<Map<String, String>> all = rows.readAll();
            assertTrue(Files.size(file) > 0);
            return all;
        }
    }
}
