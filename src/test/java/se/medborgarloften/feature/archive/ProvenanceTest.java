package se.medborgarloften.feature.archive;

import se.medborgarloften.TestProjects;
import se.medborgarloften.SiteHtml;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.medborgarloften.generator.SiteBuild;
import se.medborgarloften.diagnostics.ContentException;
import se.medborgarloften.diagnostics.Diagnostic;
import se.medborgarloften.model.ArchivedSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every item of the real content says where its source says it, the build checks that the source does, and the
 * site lets a reader follow each item to the line of the archived source text.
 */
class ProvenanceTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** What a period's items are: the lists whose members must each carry passages or an editors' note. */
    private static final List<String> ITEMS = List.of("/problems", "/commitments", "/signatories", "/quotes",
            "/entries", "/findings");

    @TempDir
    Path project;

    @Test
    void everyItemOfTheRealContentHasAPassageFoundInItsArchivedSourceOrAnEditorsNote() throws IOException {
        Path content = TestProjects.realProject().resolve("content");
        int passages = 0;
        for (Path file : periodFiles(content)) {
            JsonNode root = JSON.readTree(file.toFile());
            List<JsonNode> items = new ArrayList<>();
            for (String list : ITEMS) {
                root.at(list).forEach(items::add);
            }
            root.at("/problems").forEach(problem -> {
                if (problem.has("desiredEffect")) {
                    items.add(problem.get("desiredEffect"));
                }
                problem.at("/activities").forEach(items::add);
            });
            for (JsonNode item : items) {
                assertTrue(item.has("passages") || item.has("editorsNote"), file + ": " + item);
                for (JsonNode passage : item.at("/passages")) {
                    String reference = referenceOf(root, passage);
                    ArchivedSource source = new ArchivedSource(reference, reference,
                            Files.readString(content.resolve("sources").resolve(reference)));
                    assertTrue(source.lineOf(passage.get("text").asText()) > 0, file + ": " + passage);
                    passages++;
                }
            }
        }
        assertTrue(passages > 100, "the real content quotes its sources " + passages + " times");
    }

    @Test
    void eachItemOnAPageLinksToTheLineOfTheArchivedSourceThatHoldsItsPassage() {
        SiteHtml site = new SiteHtml(TestProjects.realSite());
        for (String page : List.of("sv/omraden/rosengard/2024-2025/", "en/areas/rosengard/2024-2025/",
                "sv/omraden/sofielund/2022-2023/", "en/areas/rosengard/2023/")) {
            Document document = site.page(site.file(page));
            List<Element> links = document.select("a.provenance__source");
            assertFalse(links.isEmpty(), page);
            for (Element link : links) {
                String href = link.attr("href");
                Path target = site.resolve(site.file(page), href);
                String line = href.substring(href.indexOf('#') + 1);
                Element anchored = site.page(target).getElementById(line);
                assertTrue(anchored != null, page + " links to " + href);
                assertEquals(line.substring(1), anchored.selectFirst(".source-text__line").text());
            }
        }
        // The commitment with a target links to the line of the source that lists it, in both languages.
        for (String page : List.of("sv/omraden/rosengard/2024-2025/", "en/areas/rosengard/2024-2025/")) {
            Element link = site.page(site.file(page)).selectFirst("#commitment-spaningsinsatser a.provenance__source");
            Path target = site.resolve(site.file(page), link.attr("href"));
            String id = link.attr("href").substring(link.attr("href").indexOf('#') + 1);
            assertTrue(site.page(target).getElementById(id).text().contains("Minst 25 spaningsinsatser"), page);
        }
    }

    @Test
    void theArchivedSourcesArePublishedWordForWordInBothLanguagesAndAsText() throws IOException {
        SiteHtml site = new SiteHtml(TestProjects.realSite());
        Path sources = TestProjects.realProject().resolve("content/sources");
        try (Stream<Path> files = Files.list(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).toList()) {
                String name = file.getFileName().toString();
                String slug = name.substring(0, name.length() - 4);
                String text = Files.readString(file);
                assertEquals(text, Files.readString(site.file("data/sources/" + name)));
                for (String page : List.of("sv/kallor/" + slug + "/", "en/sources/" + slug + "/")) {
                    Document document = site.page(site.file(page));
                    Element body = document.selectFirst(".source-text__body");
                    assertEquals("sv", body.attr("lang"), page);
                    ArchivedSource archived = new ArchivedSource(name, name, text);
                    assertEquals(archived.numberedLines().size(), body.select("p[id]").size(), page);
                    String firstLine = archived.numberedLines().get(0).text();
                    assertTrue(SiteHtml.normalized(body.text()).contains(SiteHtml.normalized(firstLine)), page);
                }
            }
        }
    }

    @Test
    void whatTheEditorsInferredIsShownAsTheirNoteInBothLanguagesAndMarkedInTheDownloads() throws IOException {
        SiteHtml site = new SiteHtml(TestProjects.realSite());
        Document sv = site.page(site.file("sv/omraden/rosengard/2023/"));
        Document en = site.page(site.file("en/areas/rosengard/2023/"));
        assertTrue(sv.select(".editors-note").text().contains("Redaktionens anmärkning: Bilagan anger inget område"), sv.title());
        assertTrue(en.select(".editors-note").text().contains("Editors' note: The annex names no area"), en.title());
        JsonNode download = JSON.readTree(site.file("data/rosengard/2023/promise.json").toFile());
        List<String> about = new ArrayList<>();
        download.findValues("editorsNotes").forEach(notes -> notes.forEach(n -> about.add(n.get("about").asText())));
        assertTrue(about.containsAll(List.of("area", "parties", "localPoliceArea")), about.toString());
        // Nothing calls a source text that shows no signatures an unsigned draft.
        for (Path page : site.pages()) {
            String text = site.page(page).text().toLowerCase();
            assertFalse(text.contains("unsigned draft") || text.contains("osignerat utkast"), page.toString());
        }
    }

    @Test
    void aPassageThatItsSourceDoesNotHaveStopsTheBuildAtItsLine() {
        TestProjects.copyOfRealProject(project);
        String file = "content/areas/rosengard/2024-2025/promise.json";
        edit(file, "\"text\": \"Minst 25 spaningsinsatser", "\"text\": \"Minst 26 spaningsinsatser");
        Diagnostic error = onlyError(assertThrows(ContentException.class, this::build));
        assertEquals(file, error.file());
        assertEquals(lineOf(file, "\"text\": \"Minst 26 spaningsinsatser"), error.line());
        assertTrue(error.message().contains("differs from the source text 000_99f449e3ac090733.txt"), error.message());
        assertTrue(error.messageText().in("sv").contains("Citatet skiljer sig från källtexten"), error.messageText().in("sv"));
    }

    @Test
    void anItemWithNeitherPassageNorEditorsNoteStopsTheBuildAtTheItem() {
        TestProjects.copyOfRealProject(project);
        String file = "content/areas/rosengard/2024-2025/promise.json";
        edit(file, "      \"passages\": [\n        {\n          \"text\": \"Minst 25 spaningsinsatser för att motverka"
                + " öppna drogscener\"\n        }\n      ],\n", "");
        Diagnostic error = onlyError(assertThrows(ContentException.class, this::build));
        assertEquals(file, error.file());
        assertEquals(lineOf(file, "\"id\": \"spaningsinsatser\"") - 1, error.line());
        assertTrue(error.hint().contains("\"passages\""), error.hint());
        assertTrue(error.hintText().in("sv").contains("\"editorsNote\""), error.hintText().in("sv"));
    }

    @Test
    void oneSwedishSentenceTranslatedTwoWaysIsWarnedOfWithBothPlaces() {
        TestProjects.copyOfRealProject(project);
        // A commitment's Swedish sentence given, in a file read before its own, another English text.
        edit("content/areas/rosengard/2023/promise.json", "\"sv\": \"Polisen\",",
                "\"sv\": \"Minst 25 spaningsinsatser för att motverka öppna drogscener\",");
        var warnings = new SiteBuild(project, project.resolve("out")).run().warnings().stream()
                .filter(w -> w.messageText().key().equals("translation.differs")).toList();
        assertEquals(1, warnings.size(), warnings.toString());
        assertEquals("content/areas/rosengard/2024-2025/promise.json", warnings.get(0).file());
        assertEquals(lineOf("content/areas/rosengard/2024-2025/promise.json",
                "\"sv\": \"Minst 25 spaningsinsatser"), warnings.get(0).line());
        assertTrue(warnings.get(0).message().contains("content/areas/rosengard/2023/promise.json on line "
                + lineOf("content/areas/rosengard/2023/promise.json", "\"sv\": \"Minst 25")), warnings.get(0).message());
    }

    @Test
    void theRealContentTranslatesEachSwedishSentenceOneWay() {
        var differing = new SiteBuild(TestProjects.realProject(), project.resolve("out")).validateOnly().stream()
                .filter(w -> w.messageText().key().equals("translation.differs")).map(d -> d.format("en")).toList();
        assertEquals(List.of(), differing);
    }

    private void build() {
        new SiteBuild(project, project.resolve("out")).run();
    }

    private static String referenceOf(JsonNode root, JsonNode passage) {
        JsonNode sources = root.get("sources");
        if (!passage.has("source")) {
            return sources.get(0).get("reference").asText();
        }
        for (JsonNode source : sources) {
            if (source.get("id").asText().equals(passage.get("source").asText())) {
                return source.get("reference").asText();
            }
        }
        throw new AssertionError("no source " + passage);
    }

    private static List<Path> periodFiles(Path content) throws IOException {
        try (Stream<Path> files = Files.walk(content.resolve("areas"))) {
            return files.filter(f -> f.toString().endsWith("promise.json") || f.toString().endsWith("follow-up.json"))
                    .sorted().toList();
        }
    }

    private static Diagnostic onlyError(ContentException e) {
        assertEquals(1, e.diagnostics().size(), "expected exactly one problem, got:\n"
                + String.join("\n", e.diagnostics().stream().map(d -> d.format("en")).toList()));
        return e.diagnostics().get(0);
    }

    private void edit(String file, String find, String replace) {
        Path path = project.resolve(file);
        String before = TestProjects.read(path);
        assertTrue(before.contains(find), "the test's edit does not apply to " + file + ": " + find);
        TestProjects.write(path, before.replaceFirst(java.util.regex.Pattern.quote(find),
                java.util.regex.Matcher.quoteReplacement(replace)));
    }

    private int lineOf(String file, String needle) {
        return TestProjects.lineOf(project.resolve(file), needle);
    }
}
