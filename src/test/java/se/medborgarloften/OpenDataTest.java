package se.medborgarloften;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

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
            assertEquals(csv(data.resolve(area).resolve(id).resolve("commitments.csv")), mine, "per-period file of " + area + "/" + id);
            for (Map<String, String> row : mine) {
                Element item = sv.getElementById("commitment-" + row.get("commitment"));
                assertEquals(SiteHtml.normalized(row.get("text_sv")), SiteHtml.normalized(item.selectFirst(".commitment__text").text()));
                assertTrue(item.selectFirst(".tag").hasClass("tag--" + row.get("status")), row.toString());
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
    void theJsonFileParsesAndHoldsEveryPeriodWithItsPageAddresses() throws IOException {
        JsonNode all = new ObjectMapper().readTree(data.resolve("medborgarloften.json").toFile());
        int periods = 0;
        for (JsonNode area : all.get("areas")) {
            for (JsonNode period : area.get("periods")) {
                periods++;
                String sv = period.at("/urls/sv").asText();
                Document page = site.page(site.file(sv.substring(sv.indexOf("/sv/") + 1)));
                assertEquals(SiteHtml.normalized(period.at("/promise/title/sv").asText()), SiteHtml.normalized(page.selectFirst("h1").text()));
                assertEquals(page.select("#situation ol.problems > li").size(), period.at("/promise/problems").size());
                JsonNode own = new ObjectMapper().readTree(data.resolve(area.at("/area/id").asText())
                        .resolve(period.get("period").asText()).resolve("promise.json").toFile());
                assertEquals(period, own);
            }
        }
        assertEquals(7, periods);
        assertFalse(all.get("organisations").isEmpty());
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

    private static List<Map<String, String>> csv(Path file) throws IOException {
        try (MappingIterator<Map<String, String>> it = new CsvMapper().readerFor(Map.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(file.toFile())) {
            return it.readAll();
        }
    }
}
