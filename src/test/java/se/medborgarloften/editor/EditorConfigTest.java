package se.medborgarloften.editor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.medborgarloften.TestProjects;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The editor's forms and the schemas cannot drift apart: every property of every schema the editor writes is a
 * field at the same place, with the schema's help text in the UI's language (its Swedish description, or the
 * English one in its "$defs": {"en": …}), its lists as choices, and its required fields required; organisations
 * are chosen from organisations.json, a follow-up entry's commitment from its period's commitments.
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
    void everyPropertyOfEverySchemaIsAFieldWithItsHelpTextInEachLanguage() throws IOException {
        List<String> problems = new ArrayList<>();
        for (JsonNode config : List.of(sv, en)) {
            String language = config.get("locale").asText();
            compare("promise.schema.json", fieldsOf(collection(config, "promises")), language + ":promise", language, problems);
            compare("follow-up.schema.json", config.get("fieldsets").get("followUp"), language + ":follow-up", language, problems);
            compare("news.schema.json", fieldsOf(collection(config, "news")), language + ":news", language, problems);
            compare("area.schema.json", config.get("fieldsets").get("area"), language + ":area", language, problems);
            compare("organisations.schema.json", collection(config, "organisations").get("files").get(0).get("fields"),
                    language + ":organisations", language, problems);
            compare("page.schema.json", fieldsOf(collection(config, "pages")), language + ":page", language, problems);
            compare("site.schema.json", collection(config, "settings").get("files").get(0).get("fields"),
                    language + ":site", language, problems);
        }
        assertEquals(List.of(), problems);
    }

    /** Every field the staff fill in has a help text in Swedish and in English, and the two are not the same text. */
    @Test
    void everyFieldHasAHelpTextInBothLanguages() {
        List<String> missing = new ArrayList<>();
        List<String> sameInBoth = new ArrayList<>();
        JsonNode svForms = forms(sv);
        JsonNode enForms = forms(en);
        for (int i = 0; i < svForms.size(); i++) {
            helpTexts(svForms.get(i), enForms.get(i), "", missing, sameInBoth);
        }
        assertEquals(List.of(), missing, "fields without a help text");
        assertEquals(List.of(), sameInBoth, "a Swedish help text that is the English one");
        assertTrue(svForms.size() >= 7, svForms.toString().length() + "");
    }

    @Test
    void aFollowUpEntrysCommitmentIsAChoiceOfItsPeriodsCommitments() throws IOException {
        Path content = TestProjects.realProject().resolve("content/areas");
        JsonNode files = collection(sv, "followUps").get("files");
        assertTrue(files.size() > 0);
        for (JsonNode file : files) {
            assertEquals("followUp", file.get("fields").asText());
            Path folder = TestProjects.realProject().resolve(file.get("file").asText()).getParent();
            assertTrue(folder.startsWith(content) && Files.exists(folder.resolve("follow-up.json")), file.toString());
            List<String> ids = new ArrayList<>();
            JSON.readTree(folder.resolve("promise.json").toFile()).path("commitments").forEach(c -> ids.add(c.get("id").asText()));
            List<String> offered = new ArrayList<>();
            file.path("commitments").forEach(c -> offered.add(c.get("value").asText()));
            assertEquals(ids, offered, file.get("file").asText());
            file.path("commitments").forEach(c -> assertTrue(c.get("label").asText().startsWith(c.get("value").asText() + " – "), c.toString()));
        }
    }

    @Test
    void organisationsSiteSettingsAreasAndPagesCanBeEdited() {
        assertEquals("content/organisations.json", collection(sv, "organisations").get("files").get(0).get("file").asText());
        assertEquals("content/site.json", collection(sv, "settings").get("files").get(0).get("file").asText());
        assertEquals("content/pages", collection(sv, "pages").get("folder").asText());
        assertEquals("{{page}}/page", collection(sv, "pages").get("path").asText());
        assertEquals(5, collection(sv, "areas").get("files").size());
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

    /** Every form of the configuration: each folder collection's fields and each file's. */
    private static JsonNode forms(JsonNode config) {
        var forms = JSON.createArrayNode();
        for (JsonNode c : config.get("collections")) {
            if (c.has("fields") && !c.get("name").asText().equals("requests")) {
                forms.add(c.get("fields"));
            }
            for (JsonNode file : c.path("files")) {
                if (file.get("fields").isArray() && !c.get("name").asText().equals("prose")) {
                    forms.add(file.get("fields"));
                }
            }
        }
        config.get("fieldsets").forEach(forms::add);
        return forms;
    }

    private static void helpTexts(JsonNode svFields, JsonNode enFields, String where, List<String> missing, List<String> same) {
        for (int i = 0; i < svFields.size(); i++) {
            JsonNode s = svFields.get(i);
            JsonNode e = enFields.get(i);
            String name = where + "/" + s.get("name").asText();
            boolean languageOfAText = s.get("name").asText().matches("sv|en") && where.length() > 0;
            if (!s.get("widget").asText().equals("hidden") && !languageOfAText) {
                if (s.path("hint").asText("").isBlank() || e.path("hint").asText("").isBlank()) {
                    missing.add(name);
                } else if (s.get("hint").asText().equals(e.get("hint").asText())) {
                    same.add(name);
                }
            }
            if (s.has("fields")) {
                helpTexts(s.get("fields"), e.get("fields"), name, missing, same);
            }
            if (s.has("field")) {
                helpTexts(JSON.createArrayNode().add(s.get("field")), JSON.createArrayNode().add(e.get("field")), name, missing, same);
            }
        }
    }

    /** Walks a schema and the fields side by side. */
    private void compare(String schemaFile, JsonNode fields, String where, String language, List<String> problems) throws IOException {
        JsonNode schema = JSON.readTree(SCHEMAS.resolve(schemaFile).toFile());
        compareObject(schema, schemaFile, fields, where, language, problems, 0);
    }

    /** A schema's help text in a language: Swedish is its description, another language's is in its $defs. */
    private static String help(JsonNode schema, String language) {
        return (language.equals("sv") ? schema.path("description") : schema.path("$defs").path(language).path("description")).asText("");
    }

    private void compareObject(JsonNode schema, String file, JsonNode fields, String where, String language, List<String> problems,
                               int depth) throws IOException {
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
            String description = help(property.getValue(), language);
            if (description.isEmpty()) {
                description = descriptionAlong(property.getValue(), file, language);
            }
            if (!description.equals(field.path("hint").asText()) && !name.equals("$schema")) {
                problems.add(where + "/" + name + ": help text is not the schema's (" + description + ")");
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
                compareObject(s, resolved[0], field.get("fields"), where + "/" + name, language, problems, depth + 1);
            }
            JsonNode items = s.path("items");
            if (!items.isMissingNode()) {
                String[] itemFile = new String[] {resolved[0]};
                JsonNode item = resolve(items, itemFile);
                if (item.has("properties") && field.has("fields")) {
                    compareObject(item, itemFile[0], field.get("fields"), where + "/" + name + "[]", language, problems, depth + 1);
                }
            }
        }
    }

    private String descriptionAlong(JsonNode property, String file, String language) throws IOException {
        JsonNode s = property;
        String current = file;
        for (int i = 0; i < 10 && s.has("$ref"); i++) {
            String ref = s.get("$ref").asText();
            int hash = ref.indexOf('#');
            if (hash > 0) {
                current = ref.substring(0, hash);
            }
            s = JSON.readTree(SCHEMAS.resolve(current).toFile()).at(ref.substring(hash + 1));
            if (!help(s, language).isEmpty()) {
                return help(s, language);
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
        return collection(sv, name);
    }

    private static JsonNode collection(JsonNode config, String name) {
        for (JsonNode c : config.get("collections")) {
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
