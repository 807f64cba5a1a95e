package se.medborgarloften.feature.site;

import se.medborgarloften.TestProjects;
import se.medborgarloften.SiteHtml;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The CSV and JSON downloads parse, and say what the pages say. */
class OpenDataTest {

    private static SiteHtml site;
    private static Path data;

    @BeforeAll
    static void build() {
        site = new SiteHtml(TestProjects.realSite());
        data = site.root().resolve("data");
    }

    @Test
    void commitmentsCsvAgreesWithEveryPromisePage() throws IOException {
        List<Map<String, String>> rows = csv(data.resolve("commitments.csv"));
        List<Map<String, String>> periods = csv(data.resolve("promises.csv"));
        assertEquals(7, periods.size());
        int total = 0;
        for (Map<String, String> period : periods) {
            String area = period.get("area");
            String id = period.get("period");
            Document sv = site.page(site.file("sv/omraden/" + area + "/" + id + "/"));
            List<Map<String, String>> mine = rows.stream()
                    .filter(r -> r.get("area").equals(area) && r.get("period").equals(id)).toList();
            assertEquals(sv.select("li.commitment").size(), mine.size(), area + "/" + id);
            assertEquals(Integer.parseInt(period.get("commitment_count")), mine.size());
            // A period's rows are in the tables with everything, under its area and period, and nowhere else.
            try (var own = Files.list(data.resolve(area).resolve(id))) {
                assertEquals(List.of("promise.json"), own.map(f -> f.getFileName().toString()).toList(), area + "/" + id);
            }
            for (Map<String, String> row : mine) {
                Element item = sv.getElementById("commitment-" + row.get("commitment"));
                assertEquals(SiteHtml.normalized(row.get("text_sv")), SiteHtml.normalized(item.selectFirst(".commitment__text").text()));
                // The status a published follow-up gives, or else what the archive holds instead (see FollowUpStateTest).
                String shown = !row.get("status").isEmpty() ? row.get("status")
                        : row.get("follow_up_state").equals("follow-up-published") ? "not-reported" : row.get("follow_up_state");
                // On the commitment, or said once above all of a period's commitments when it is the same for all.
                Element tag = item.selectFirst(".tag") != null ? item.selectFirst(".tag") : sv.selectFirst("#commitments-state .tag");
                assertTrue(tag.hasClass("tag--" + shown), row.toString());
                if (!row.get("target_value").isEmpty()) {
                    assertTrue(item.text().contains(row.get("target_value")), row.toString());
                }
            }
            assertTrue(period.get("url_sv").endsWith("/sv/omraden/" + area + "/" + id + "/"));
            total += mine.size();
        }
        assertEquals(rows.size(), total);
    }

    @Test
    void theCatalogueLeadsToEveryPeriodsOwnDownloadAndPage() throws IOException {
        JsonNode all = new ObjectMapper().readTree(data.resolve("medborgarloften.json").toFile());
        String base = all.get("baseUrl").asText();
        int periods = 0;
        for (JsonNode area : all.get("areas")) {
            for (JsonNode period : area.get("periods")) {
                periods++;
                String sv = period.at("/urls/sv").asText();
                Document page = site.page(site.file(sv.substring(sv.indexOf("/sv/") + 1)));
                assertEquals(SiteHtml.normalized(period.at("/title/sv").asText()), SiteHtml.normalized(page.selectFirst("h1").text()));
                String download = period.get("download").asText();
                assertTrue(download.startsWith(base), download);
                Path file = site.root().resolve(download.substring(base.length()));
                assertTrue(Files.isRegularFile(file), "the catalogue links " + download);
                assertEquals(data.resolve(area.at("/area/id").asText()).resolve(period.get("period").asText()).resolve("promise.json"), file);
                // The catalogue finds the period; everything the period holds is in its own download, which agrees.
                JsonNode own = new ObjectMapper().readTree(file.toFile());
                assertEquals(area.at("/area/id").asText(), own.get("area").asText());
                assertEquals(period.get("period"), own.get("period"));
                assertEquals(period.get("urls"), own.get("urls"));
                assertEquals(period.get("title"), own.at("/promise/title"));
                assertEquals(period.get("dates"), own.at("/promise/period"));
                assertFalse(period.has("promise") || period.has("followUp"), "the catalogue does not repeat the period");
                assertEquals(page.select("#situation ol.problems > li").size(), own.at("/promise/problems").size());
            }
        }
        assertEquals(7, periods);
        assertFalse(all.get("organisations").isEmpty());
        for (var table : List.of("areas", "promises", "problems", "commitments", "follow-ups")) {
            assertEquals(base + "data/" + table + ".csv", all.at("/tables/" + table).asText());
            assertTrue(Files.isRegularFile(data.resolve(table + ".csv")), table);
        }
    }

    @Test
    void theJsonDownloadsAreWrittenWithoutIndentation() throws IOException {
        try (var files = Files.walk(data)) {
            for (Path file : files.filter(f -> f.getFileName().toString().equals("promise.json")
                    || f.getFileName().toString().equals("medborgarloften.json")).toList()) {
                String text = Files.readString(file);
                // One line: JSON strings hold no line breaks, so any in the file would be the printer's.
                assertEquals(text.length() - 1, text.indexOf('\n'), file.toString());
            }
        }
    }

    @Test
    void everyJsonDownloadIsValidAgainstTheSchemasPublishedBesideIt() throws IOException {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
        ObjectMapper json = new ObjectMapper();
        Map<Path, String> downloads = new java.util.TreeMap<>();
        downloads.put(data.resolve("medborgarloften.json"), "open-data.schema.json");
        try (var files = Files.walk(data)) {
            files.filter(f -> f.getFileName().toString().equals("promise.json"))
                    .forEach(f -> downloads.put(f, "open-data-period.schema.json"));
        }
        assertTrue(downloads.size() >= 8, "the all-in-one file and the seven periods' files, found " + downloads.keySet());
        for (var download : downloads.entrySet()) {
            // Loaded from the site as a reader downloads them, so that the references between them are the published files.
            JsonSchema schema = factory.getSchema(SchemaLocation.of(data.resolve("schema").resolve(download.getValue()).toUri().toString()));
            Set<ValidationMessage> problems = schema.validate(json.readTree(download.getKey().toFile()));
            assertTrue(problems.isEmpty(), download.getKey() + ": " + problems);
        }
    }

    @Test
    void theSchemasArePublishedBesideTheDataAndEveryColumnIsDocumented() throws IOException {
        for (String schema : List.of("promise.schema.json", "follow-up.schema.json", "common.schema.json")) {
            assertTrue(Files.isRegularFile(data.resolve("schema").resolve(schema)), schema);
        }
        Document sv = site.page(site.file("sv/oppna-data/"));
        Document en = site.page(site.file("en/open-data/"));
        for (String table : List.of("areas", "promises", "problems", "commitments", "follow-ups")) {
            CsvSchema header = CsvSchema.emptySchema().withHeader();
            try (MappingIterator<Map<String, String>> it = new CsvMapper().readerFor(Map.class).with(header)
                    .readValues(data.resolve(table + ".csv").toFile())) {
                it.hasNext();
                var columns = ((CsvSchema) it.getParser().getSchema()).getColumnNames();
                for (String column : columns) {
                    assertTrue(sv.getElementById("table-" + table).parent().text().contains(column), table + "." + column);
                    assertTrue(en.getElementById("table-" + table).parent().text().contains(column), table + "." + column);
                }
            }
        }
    }

    @Test
    void followUpsCsvGivesTheKindsEachFollowUpReports() throws IOException {
        JsonNode all = new ObjectMapper().readTree(data.resolve("medborgarloften.json").toFile());
        List<Map<String, String>> rows = csv(data.resolve("follow-ups.csv"));
        int followUps = 0;
        for (JsonNode area : all.get("areas")) {
            for (JsonNode entry : area.get("periods")) {
                JsonNode period = new ObjectMapper().readTree(data.resolve(area.at("/area/id").asText())
                        .resolve(entry.get("period").asText()).resolve("promise.json").toFile());
                JsonNode followUp = period.get("followUp");
                if (followUp == null || followUp.isNull()) {
                    continue;
                }
                Set<String> kinds = new LinkedHashSet<>();
                followUp.path("kinds").forEach(k -> kinds.add(k.asText()));
                for (String list : List.of("entries", "findings")) {
                    followUp.path(list).forEach(item -> {
                        if (item.hasNonNull("kind")) {
                            kinds.add(item.get("kind").asText());
                        }
                    });
                }
                Map<String, String> row = rows.stream().filter(r -> r.get("area").equals(area.at("/area/id").asText())
                        && r.get("period").equals(period.get("period").asText())).findFirst().orElseThrow();
                assertEquals(String.join(";", kinds), row.get("kinds"));
                followUps++;
            }
        }
        assertEquals(rows.size(), followUps);
        // Its source names no kinds of follow-up, and the archive takes none from another source's vocabulary.
        assertEquals("", rows.stream().filter(r -> r.get("period").equals("2023")).findFirst().orElseThrow().get("kinds"),
                "Rosengård 2023's follow-up names no kinds");
    }

    @Test
    void theOpenDataPageSaysWhatEachColumnHoldsAndHowToOpenTheFilesInExcel() {
        Document en = site.page(site.file("en/open-data/"));
        Document sv = site.page(site.file("sv/oppna-data/"));
        for (Document page : List.of(en, sv)) {
            Element title = page.getElementById("table-problems").parent().select("tbody tr").stream()
                    .filter(tr -> tr.selectFirst("th").text().startsWith("title_")).findFirst().orElseThrow();
            assertFalse(title.text().contains("citizen promise") || title.text().contains("Medborgarlöftet"), title.text());
            assertTrue(title.text().contains("problem") || title.text().contains("Problem"), title.text());
        }
        String english = SiteHtml.normalized(en.getElementById("files-heading").parent().text());
        assertTrue(english.contains("UTF-8 without a byte order mark") && english.contains("Data → From Text/CSV"), english);
        String swedish = SiteHtml.normalized(sv.getElementById("files-heading").parent().text());
        assertTrue(swedish.contains("UTF-8 utan byte order mark") && swedish.contains("Data → Från text/CSV"), swedish);
    }

    @Test
    void everyPublishedFileMayBeReadByOthers() {
        // The downloads with everything were once streamed through a temporary file only its owner could read.
        TestProjects.assertReadableByOthers(site.root());
    }

    @Test
    void theCsvFilesHaveNoByteOrderMark() throws IOException {
        // The page tells Excel users the files have none: the first bytes are the header's.
        for (String table : List.of("areas", "promises", "problems", "commitments", "follow-ups")) {
            byte[] start = Arrays.copyOf(Files.readAllBytes(data.resolve(table + ".csv")), 3);
            assertFalse(start[0] == (byte) 0xEF && start[1] == (byte) 0xBB && start[2] == (byte) 0xBF, table);
        }
    }

    private static List<Map<String, String>> csv(Path file) throws IOException {
        try (MappingIterator<Map<String, String>> it = new CsvMapper().readerFor(Map.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(file.toFile())) {
            return it.readAll();
        }
    }
}
