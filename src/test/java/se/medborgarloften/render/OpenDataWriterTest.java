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
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
        List<Map<String, String>> rows = csv(data.resolve("commitments.csv")).stream()
                .filter(r -> r.get("area").equals("rosengard") && r.get("period").equals("2024-2025")).toList();
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
        assertFalse(Files.exists(data.resolve("rosengard/2024-2025/commitments.csv")), "a period has no tables of its own");
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
    void theCatalogueHasEachAreaWithTheAddressesOfItsPeriodsOwnFiles() throws IOException {
        JsonNode all = new ObjectMapper().readTree(data.resolve(OpenDataWriter.ALL_JSON).toFile());
        assertEquals(BASE, all.get("baseUrl").asText());
        assertEquals(5, all.get("areas").size());
        assertEquals(BASE + "data/commitments.csv", all.at("/tables/commitments").asText());
        JsonNode rosengard = null;
        for (JsonNode area : all.get("areas")) {
            if (area.at("/area/id").asText().equals("rosengard")) {
                rosengard = area;
            }
        }
        assertEquals(BASE + "sv/omraden/rosengard/", rosengard.at("/urls/sv").asText());
        assertEquals("lpo-malmo-soder", rosengard.at("/area/localPoliceArea").asText());
        assertEquals(3, rosengard.get("periods").size());
        JsonNode entry = rosengard.get("periods").get(1);
        assertEquals("2023", entry.get("period").asText());
        assertEquals(BASE + "data/rosengard/2023/promise.json", entry.get("download").asText());
        assertEquals(BASE + "en/areas/rosengard/2023/", entry.at("/urls/en").asText());
        JsonNode ownFile = new ObjectMapper().readTree(data.resolve("rosengard/2023/promise.json").toFile());
        assertEquals(ownFile.at("/promise/period"), entry.get("dates"));
        assertEquals(ownFile.at("/promise/title"), entry.get("title"));
        assertEquals(Set.of("period", "dates", "title", "urls", "download"), Set.copyOf(iterable(entry.fieldNames())),
                "the catalogue does not repeat what the period's own file holds");
        assertEquals("2023", ownFile.get("period").asText());
        assertEquals("2024", ownFile.at("/followUp/published").asText());
        assertEquals(1, all.get("news").size());
    }

    @Test
    void theJsonFilesAreWrittenWithoutIndentation() throws IOException {
        byte[] own = Files.readAllBytes(data.resolve("rosengard/2023/promise.json"));
        // Compact, with one line break at the end: printed again without indentation, it is the same bytes.
        ObjectMapper compact = new ObjectMapper();
        assertEquals(compact.writeValueAsString(compact.readTree(own)) + "\n", new String(own, java.nio.charset.StandardCharsets.UTF_8));
        String catalogue = Files.readString(data.resolve(OpenDataWriter.ALL_JSON));
        assertEquals(catalogue.length() - 1, catalogue.indexOf('\n'), "one line");
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

    private static <T> List<T> iterable(java.util.Iterator<T> items) {
        List<T> list = new java.util.ArrayList<>();
        items.forEachRemaining(list::add);
        return list;
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
