package se.medborgarloften.editor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.medborgarloften.TestProjects;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The editor's forms and the schemas cannot drift apart: every property of every schema the editor writes is a
 * field at the same place, with the schema's description as its help text, its lists as choices, and its
 * required fields required; organisations are chosen from organisations.json.
 */
class EditorConfigTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static JsonNode sv;
    private static JsonNode en;
    private static final Path SCHEMAS = TestProjects.realProject().resolve("schema");

    @BeforeAll
    static void read() throws IOException {
        Path site = TestProjects.realSite();
        sv = JSON.readTree(site.resolve("admin/config.sv.json").toFile());
        en = JSON.readTree(site.resolve("admin/config.en.json").toFile());
    }

    @Test
    void everyPropertyOfEverySchemaIsAFieldWithItsDescriptionAsHelp() throws IOException {
        List<String> problems = new ArrayList<>();
        compare("promise.schema.json", fieldsOf(collection("promises")), "promise", problems);
        compare("follow-up.schema.json", fieldsOf(collection("followUps")), "follow-up", problems);
        compare("news.schema.json", fieldsOf(collection("news")), "news", problems);
        compare("area.schema.json", sv.get("fieldsets").get("area"), "area", problems);
        compare("organisations.schema.json", collection("organisations").get("files").get(0).get("fields"), "organisations", problems);
        assertEquals(List.of(), problems);
    }

    @Test
    void theNewProvenanceFieldsAreInTheForms() {
        Set<String> top = names(fieldsOf(collection("promises")));
        assertTrue(top.containsAll(Set.of("originalPublication", "editorsNotes", "sources", "$schema")), top.toString());
        JsonNode commitments = field(fieldsOf(collection("promises")), "commitments");
        Set<String> item = names(commitments.get("fields"));
        assertTrue(item.containsAll(Set.of("passages", "editorsNote", "target", "actors")), item.toString());
        JsonNode passages = field(commitments.get("fields"), "passages");
        assertEquals(Set.of("source", "text"), names(passages.get("fields")));
        JsonNode about = field(field(fieldsOf(collection("promises")), "editorsNotes").get("fields"), "about");
        assertEquals("select", about.get("widget").asText());
        assertEquals("boolean", field(fieldsOf(collection("promises")), "originalPublication").get("widget").asText());
    }

    @Test
    void organisationsAreChosenFromOrganisationsJson() throws IOException {
        Set<String> ids = new TreeSet<>();
        JSON.readTree(TestProjects.realProject().resolve("content/organisations.json").toFile()).get("organisations")
                .forEach(o -> ids.add(o.get("id").asText()));
        JsonNode actors = field(field(fieldsOf(collection("promises")), "commitments").get("fields"), "actors");
        assertEquals("select", actors.get("widget").asText());
        assertTrue(actors.get("multiple").asBoolean());
        Set<String> options = new TreeSet<>();
        actors.get("options").forEach(o -> options.add(o.get("value").asText()));
        assertEquals(ids, options);
    }

    @Test
    void swedishFirstWithEnglishAvailable() {
        assertEquals("sv", sv.get("locale").asText());
        assertEquals("en", en.get("locale").asText());
        assertEquals("Åtaganden", field(fieldsOf(collection("promises")), "commitments").get("label").asText());
        JsonNode english = en.get("collections").get(0).get("fields");
        assertEquals("Commitments", field(english, "commitments").get("label").asText());
        assertEquals("editorial_workflow", sv.get("publish_mode").asText(), "on GitHub every change is a pull request");
    }

    /** Walks a schema and the fields side by side. */
    private void compare(String schemaFile, JsonNode fields, String where, List<String> problems) throws IOException {
        JsonNode schema = JSON.readTree(SCHEMAS.resolve(schemaFile).toFile());
        compareObject(schema, schemaFile, fields, where, problems, 0);
    }

    private void compareObject(JsonNode schema, String file, JsonNode fields, String where, List<String> problems, int depth) throws IOException {
        if (depth > 8) {
            return;
        }
        var properties = schema.path("properties").fields();
        while (properties.hasNext()) {
            var property = properties.next();
            String name = property.getKey();
            JsonNode field = field(fields, name);
            if (field == null) {
                problems.add(where + "/" + name + " has no field");
                continue;
            }
            String[] resolved = new String[] {file};
            JsonNode s = resolve(property.getValue(), resolved);
            String description = property.getValue().path("description").asText("");
            if (description.isEmpty()) {
                description = descriptionAlong(property.getValue(), file);
            }
            if (!description.isEmpty() && !description.equals(field.path("hint").asText())) {
                problems.add(where + "/" + name + ": help text is not the schema's description");
            }
            if (s.has("enum")) {
                Set<String> options = new TreeSet<>();
                field.path("options").forEach(o -> options.add(o.get("value").asText()));
                Set<String> values = new TreeSet<>();
                s.get("enum").forEach(v -> values.add(v.asText()));
                if (!options.equals(values)) {
                    problems.add(where + "/" + name + ": choices " + options + " are not the schema's " + values);
                }
            }
            if (s.has("properties") && field.has("fields")) {
                compareObject(s, resolved[0], field.get("fields"), where + "/" + name, problems, depth + 1);
            }
            JsonNode items = s.path("items");
            if (!items.isMissingNode()) {
                String[] itemFile = new String[] {resolved[0]};
                JsonNode item = resolve(items, itemFile);
                if (item.has("properties") && field.has("fields")) {
                    compareObject(item, itemFile[0], field.get("fields"), where + "/" + name + "[]", problems, depth + 1);
                }
            }
        }
    }

    private String descriptionAlong(JsonNode property, String file) throws IOException {
        JsonNode s = property;
        String current = file;
        for (int i = 0; i < 10 && s.has("$ref"); i++) {
            String ref = s.get("$ref").asText();
            int hash = ref.indexOf('#');
            if (hash > 0) {
                current = ref.substring(0, hash);
            }
            s = JSON.readTree(SCHEMAS.resolve(current).toFile()).at(ref.substring(hash + 1));
            if (s.has("description")) {
                return s.get("description").asText();
            }
        }
        return "";
    }

    private JsonNode resolve(JsonNode property, String[] file) throws IOException {
        JsonNode s = property;
        for (int i = 0; i < 10 && s.has("$ref"); i++) {
            String ref = s.get("$ref").asText();
            int hash = ref.indexOf('#');
            if (hash > 0) {
                file[0] = ref.substring(0, hash);
            }
            s = JSON.readTree(SCHEMAS.resolve(file[0]).toFile()).at(ref.substring(hash + 1));
        }
        return s;
    }

    private static JsonNode collection(String name) {
        for (JsonNode c : sv.get("collections")) {
            if (c.get("name").asText().equals(name)) {
                return c;
            }
        }
        throw new AssertionError("no collection " + name);
    }

    private static JsonNode fieldsOf(JsonNode collection) {
        return collection.get("fields");
    }

    private static JsonNode field(JsonNode fields, String name) {
        for (JsonNode f : fields) {
            if (f.get("name").asText().equals(name)) {
                return f;
            }
        }
        return null;
    }

    private static Set<String> names(JsonNode fields) {
        Set<String> names = new TreeSet<>();
        fields.forEach(f -> names.add(f.get("name").asText()));
        return names;
    }
}
