package se.medborgarloften.editor;

import se.medborgarloften.render.admin.EditorConfig;
import se.medborgarloften.support.CanonicalJson;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.medborgarloften.TestProjects;
import se.medborgarloften.generator.BuildOptions;
import se.medborgarloften.generator.SiteBuild;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The editor's local backend on a copy of the real project: what it saves keeps every file's layout, key order and
 * "$schema", so a round trip through the editor changes only the lines the forms changed; what it cannot write so,
 * or what breaks the schema, it refuses and leaves the file as it was.
 */
class LocalBackendTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static Path project;
    private static LocalBackend backend;

    @BeforeAll
    static void copy() {
        project = TestProjects.copyOfRealProject(TestProjects.scratchFolder("backend-"));
        backend = new LocalBackend(project, "en");
    }

    @Test
    void theContentJsonIsLaidOutAsPythonsJsonDumpsLaysItOut() throws IOException {
        // Every content file, so that the editor can open and save each one (organisations, site settings, areas and
        // pages were laid out by hand once; they were rewritten in this layout, which changed no byte of the site).
        List<String> otherwise = new ArrayList<>();
        for (Path file : contentJson()) {
            String text = Files.readString(file);
            if (!CanonicalJson.isCanonical(text, JSON.readTree(text))) {
                otherwise.add(relative(file));
            }
        }
        assertEquals(List.of(), otherwise);
        assertEquals("2.5", CanonicalJson.pythonFloat(2.5));
        assertEquals("25.0", CanonicalJson.pythonFloat(25.0));
        assertEquals("1e-05", CanonicalJson.pythonFloat(0.00001));
    }

    @Test
    void aRoundTripThroughTheEditorChangesNothingOfAFileItDidNotChange() throws IOException {
        for (Path file : contentJson()) {
            String text = Files.readString(file);
            JsonNode tree = JSON.readTree(text);
            if (!CanonicalJson.isCanonical(text, tree)) {
                continue;
            }
            // As Decap sends it: JSON.stringify(data, null, 2), keys in the order the form's fields set them, and an
            // emptied optional field as "".
            ObjectNode sent = reversed((ObjectNode) tree);
            if (!tree.has("focus")) {
                sent.put("focus", "");
            }
            if (tree.path("$schema").asText().endsWith("redirects.schema.json")) {
                continue;   // not offered in the editor: addresses are permanent
            }
            String written = backend.jsonToWrite(relative(file), file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(sent));
            assertEquals(text, written, file + ": only what the editor changed may differ");
        }
    }

    @Test
    void aChangedTargetChangesOneLine() throws IOException {
        Path file = project.resolve("content/areas/rosengard/2024-2025/promise.json");
        String text = Files.readString(file);
        ObjectNode tree = (ObjectNode) JSON.readTree(text);
        ((ObjectNode) tree.get("commitments").get(0).get("target")).put("value", 26);
        String written = backend.jsonToWrite(relative(file), file, JSON.writeValueAsString(tree));
        List<String> before = text.lines().toList();
        List<String> after = written.lines().toList();
        assertEquals(before.size(), after.size());
        int changed = 0;
        for (int i = 0; i < before.size(); i++) {
            if (!before.get(i).equals(after.get(i))) {
                changed++;
                assertEquals("        \"value\": 26,", after.get(i));
            }
        }
        assertEquals(1, changed);
    }

    @Test
    void aFileLaidOutByHandIsRefusedNotRewritten() throws IOException {
        Path other = TestProjects.copyOfRealProject(TestProjects.scratchFolder("by-hand-"));
        Path file = other.resolve("content/areas/sofielund/area.json");
        // As someone might lay it out in a text editor: the whole file on one line.
        String byHand = JSON.writeValueAsString(JSON.readTree(file.toFile())) + "\n";
        Files.writeString(file, byHand);
        LocalBackend local = new LocalBackend(other, "en");
        LocalBackend.Refused refused = assertThrows(LocalBackend.Refused.class, () -> local.answer("persistEntry",
                persistParams("content/areas/sofielund/area.json", byHand)));
        assertTrue(refused.getMessage().contains("laid out by hand"), refused.getMessage());
        assertEquals(byHand, Files.readString(file));
    }

    @Test
    void anOrganisationAddedInTheEditorAddsOnlyItsLines() throws IOException {
        Path other = TestProjects.copyOfRealProject(TestProjects.scratchFolder("organisation-"));
        Path file = other.resolve("content/organisations.json");
        String text = Files.readString(file);
        ObjectNode tree = (ObjectNode) JSON.readTree(text);
        ObjectNode added = ((ArrayNode) tree.get("organisations")).addObject();
        // In the order of the form's fields (the schema's), with an emptied optional field as "".
        added.put("id", "husie-bibliotek").put("kind", "other");
        added.putObject("name").put("sv", "Husie bibliotek").put("en", "Husie Library");
        added.put("abbreviation", "").put("parent", "malmo-stad");
        new LocalBackend(other, "en").answer("persistEntry", persistParams("content/organisations.json", JSON.writeValueAsString(tree)));
        List<String> before = text.lines().toList();
        List<String> after = Files.readString(file).lines().toList();
        int end = before.size() - 3;   // the last organisation's closing brace, then the list's and the file's
        assertEquals(before.subList(0, end), after.subList(0, end), "the file is unchanged up to the end of the list");
        assertEquals(List.of("    },", "    {", "      \"id\": \"husie-bibliotek\",", "      \"kind\": \"other\",",
                "      \"name\": {", "        \"sv\": \"Husie bibliotek\",", "        \"en\": \"Husie Library\"", "      },",
                "      \"parent\": \"malmo-stad\"", "    }", "  ]", "}"), after.subList(end, after.size()));
        new SiteBuild(other, other.resolve("out"), BuildOptions.defaults()).run();
    }

    @Test
    void aSaveThatBreaksTheSchemaIsRefusedWithTheSchemasWords() throws IOException {
        Path file = project.resolve("content/areas/rosengard/2024-2025/promise.json");
        String text = Files.readString(file);
        ObjectNode tree = (ObjectNode) JSON.readTree(text);
        ((ObjectNode) tree.get("commitments").get(0)).put("id", "Not An Id");
        LocalBackend.Refused refused = assertThrows(LocalBackend.Refused.class,
                () -> persist("content/areas/rosengard/2024-2025/promise.json", JSON.writeValueAsString(tree)));
        assertTrue(refused.getMessage().contains("does not fit its schema"), refused.getMessage());
        assertTrue(refused.getMessage().contains("commitments[0].id"), refused.getMessage());
        assertEquals(text, Files.readString(file));
    }

    @Test
    void nothingOutsideContentIsReadOrWritten() {
        assertThrows(LocalBackend.Refused.class, () -> backend.answer("getEntry", JSON.createObjectNode().put("path", "pom.xml")));
        assertThrows(LocalBackend.Refused.class, () -> backend.answer("getEntry",
                JSON.createObjectNode().put("path", "content/../schema/promise.schema.json")));
        assertThrows(LocalBackend.Refused.class, () -> persist("templates/layout.ftlh", "x"));
        assertThrows(LocalBackend.Refused.class, () -> backend.answer("deleteFile",
                JSON.createObjectNode().put("path", "content/site.json")));
    }

    @Test
    void listsAndReadsTheFilesAsDecapsProxyDoes() throws IOException {
        JsonNode info = backend.answer("info", JSON.createObjectNode());
        assertEquals("local_fs", info.get("type").asText());
        JsonNode entries = backend.answer("entriesByFolder", JSON.createObjectNode().put("folder", "content/areas")
                .put("extension", "json").put("depth", 3));
        List<String> paths = new ArrayList<>();
        entries.forEach(e -> paths.add(e.get("file").get("path").asText()));
        assertTrue(paths.contains("content/areas/rosengard/2024-2025/promise.json"), paths.toString());
        assertTrue(paths.contains("content/areas/rosengard/2023/follow-up.json"), paths.toString());
        JsonNode entry = backend.answer("getEntry", JSON.createObjectNode().put("path", "content/areas/rosengard/area.json"));
        assertEquals(Files.readString(project.resolve("content/areas/rosengard/area.json")), entry.get("data").asText());
        assertEquals(64, entry.get("file").get("id").asText().length());
    }

    @Test
    void proseIsSavedAsWritten() throws IOException {
        Path file = project.resolve("content/areas/rosengard/2024-2025/promise.en.adoc");
        String text = Files.readString(file);
        persist("content/areas/rosengard/2024-2025/promise.en.adoc", text.stripTrailing());
        assertEquals(text.stripTrailing() + "\n", Files.readString(file));
        assertEquals("= Title\n", LocalBackend.proseToWrite("---\n---\n= Title"));
    }

    @Test
    void aRequestForAFollowUpIsCarriedOutByTheScaffoldAndTheBuildAcceptsTheResult() throws IOException {
        Path other = TestProjects.copyOfRealProject(TestProjects.scratchFolder("request-"));
        LocalBackend local = new LocalBackend(other, "en");
        ObjectNode params = JSON.createObjectNode();
        ArrayNode files = params.putArray("dataFiles");
        files.addObject().put("path", EditorConfig.REQUESTS + "/new-period-rosengard-2026.json")
                .put("raw", "{\"action\": \"new-period\", \"area\": \"rosengard\", \"period\": \"2026\"}");
        params.putArray("assets");
        local.answer("persistEntry", params);
        Path period = other.resolve("content/areas/rosengard/2026/promise.json");
        assertTrue(Files.exists(period));
        assertFalse(Files.exists(other.resolve(EditorConfig.REQUESTS)), "a request is carried out, never saved");
        ObjectNode request = JSON.createObjectNode().put("action", "new-follow-up").put("area", "rosengard").put("period", "2026");
        Files.createDirectories(other.resolve(EditorConfig.REQUESTS));
        Files.writeString(other.resolve(EditorConfig.REQUESTS + "/new-follow-up-rosengard-2026.json"), request.toString());
        // What the pull-request workflow runs (apply-editor-requests).
        assertEquals(List.of("content/areas/rosengard/2026/follow-up.json"), new EditorRequests(other).applyAll());
        JsonNode followUp = JSON.readTree(other.resolve("content/areas/rosengard/2026/follow-up.json").toFile());
        assertEquals(JSON.readTree(period.toFile()).get("commitments").size(), followUp.get("entries").size());
        assertFalse(Files.exists(other.resolve(EditorConfig.REQUESTS)));
        // The new period, marked as first published here (it has no source of its own yet), builds.
        ObjectNode promise = (ObjectNode) JSON.readTree(period.toFile());
        promise.put("originalPublication", true);
        local.answer("persistEntry", persistParams("content/areas/rosengard/2026/promise.json", JSON.writeValueAsString(promise)));
        new SiteBuild(other, other.resolve("out"), BuildOptions.defaults()).run();
        assertTrue(Files.exists(other.resolve("out/sv/omraden/rosengard/2026/index.html")));
    }

    private void persist(String path, String raw) throws IOException {
        backend.answer("persistEntry", persistParams(path, raw));
    }

    private static ObjectNode persistParams(String path, String raw) {
        ObjectNode params = JSON.createObjectNode();
        params.putObject("entry").put("path", path).put("raw", raw).put("slug", "x");
        params.putArray("assets");
        return params;
    }

    private static ObjectNode reversed(ObjectNode node) {
        List<Map.Entry<String, JsonNode>> fields = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> it = node.fields();
        it.forEachRemaining(fields::add);
        ObjectNode copy = node.objectNode();
        for (int i = fields.size() - 1; i >= 0; i--) {
            JsonNode value = fields.get(i).getValue();
            copy.set(fields.get(i).getKey(), value.isObject() ? reversed((ObjectNode) value) : value);
        }
        return copy;
    }

    private static List<Path> contentJson() throws IOException {
        try (Stream<Path> walk = Files.walk(project.resolve("content"))) {
            return walk.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
    }

    private static String relative(Path file) {
        return project.relativize(file).toString().replace('\\', '/');
    }
}
