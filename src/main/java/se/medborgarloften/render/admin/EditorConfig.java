package se.medborgarloften.render.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import se.medborgarloften.model.AreaHistory;
import se.medborgarloften.model.Organisation;
import se.medborgarloften.model.Promise;
import se.medborgarloften.model.PromisePeriod;
import se.medborgarloften.model.SiteContent;
import se.medborgarloften.render.view.CommitmentLabels;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The editor's configuration (Decap CMS) in one UI language, generated from the JSON Schemas in schema/ and the
 * content: every field of a file is a property of its schema, with the property's description in the UI's language
 * as the help text, so the forms and the schemas cannot drift apart. Organisations are chosen from
 * organisations.json, statuses and kinds from the schemas' lists, a follow-up entry's commitment from its period's.
 * <p>
 * A schema's {@code description} is Swedish, the language the staff write in (and what a text editor shows when
 * they hover over a field); the same help in another language is {@code "$defs": {"en": {"description": …}}} beside
 * it. Not a keyword of our own such as "x-description-en": the schema check's validator (networknt) accepts an
 * unknown keyword but prints a warning in English on every build, and stricter validators refuse one; {@code $defs}
 * is a keyword every 2020-12 validator knows, and what it holds is never applied to the data.
 */
public final class EditorConfig {

    /** Where the scaffolding requests the editor saves go: the preview and the pull-request check carry them out. */
    public static final String REQUESTS = "content/editor-requests";

    /** The two requests the form can save, which the scaffolds carry out (see the editor package's EditorRequests). */
    public static final String NEW_PERIOD = "new-period";
    public static final String NEW_FOLLOW_UP = "new-follow-up";

    private final Path project;
    private final SiteContent content;
    private final String language;
    private final Map<String, String> messages;
    private final List<String> languages;
    private final ObjectMapper json = new ObjectMapper();
    private final Map<String, JsonNode> schemas = new HashMap<>();

    public EditorConfig(Path project, SiteContent content, String language, Map<String, String> messages) {
        this.project = project;
        this.content = content;
        this.language = language;
        this.messages = messages;
        this.languages = content.site().languages().stream().map(l -> l.code()).toList();
    }

    /** The whole configuration; editor.js adds the backend's address and the publish mode where it runs. */
    public ObjectNode config() {
        ObjectNode config = json.createObjectNode();
        config.put("load_config_file", false);
        config.put("locale", language);
        config.putObject("backend").put("name", "github").put("repo", "OWNER/REPOSITORY").put("branch", "main")
                .put("squash_merges", true);
        config.put("media_folder", "content/editor-media");
        config.put("publish_mode", "editorial_workflow");
        // The fields of a kind of file once, named by each file of that kind: editor.js puts them in place.
        ObjectNode fieldsets = config.putObject("fieldsets");
        fieldsets.set("area", fields(schema("area.schema.json"), "../../../schema/area.schema.json"));
        fieldsets.set("followUp", fields(schema("follow-up.schema.json"), "../../../../schema/follow-up.schema.json"));
        ArrayNode collections = config.putArray("collections");
        collections.add(periods());
        collections.add(followUps());
        collections.add(requests());
        collections.add(news());
        collections.add(prose());
        collections.add(areas());
        collections.add(organisations());
        collections.add(pages());
        collections.add(settings());
        return config;
    }

    /**
     * Every period's promise.json, listed by the editor itself from the folders (not from the last good build), so
     * that a period the scaffold has just written opens even while the preview reports what it still lacks.
     */
    private ObjectNode periods() {
        return periodFiles("promises", "promise", "promise.schema.json");
    }

    /**
     * Every follow-up the last good build read, each a file of its own, so that its entries' commitment is a choice
     * of its own period's commitments (Decap's choices are fixed per field, and a relation to the promises could not
     * keep to the same period). The fields are the "followUp" fieldset once; editor.js puts them in place and turns
     * the commitment into a choice of the file's "commitments". A follow-up just made by a request is listed here
     * once the preview has built it, which the request's help text says.
     */
    private ObjectNode followUps() {
        ObjectNode collection = collection("followUps", "json");
        collection.put("description", (collection.path("description").asText("") + " "
                + message("editor.collection.followUps.list", "")).strip());
        ArrayNode files = collection.putArray("files");
        for (AreaHistory area : content.areas()) {
            for (PromisePeriod period : area.periods()) {
                if (!period.hasFollowUp()) {
                    continue;
                }
                ObjectNode entry = files.addObject();
                entry.put("name", area.id() + "-" + period.id());
                entry.put("label", area.area().name().in(language) + " " + period.id());
                entry.put("file", period.sourceFile().substring(0, period.sourceFile().lastIndexOf('/') + 1) + "follow-up.json");
                entry.put("fields", "followUp");
                if (period.promise().commitments().isEmpty()) {
                    continue;   // nothing to choose from (a period with findings only): the field stays as it is
                }
                ArrayNode commitments = entry.putArray("commitments");
                for (Promise.Commitment c : period.promise().commitments()) {
                    commitments.addObject().put("value", c.id())
                            .put("label", c.id() + " – " + CommitmentLabels.shortened(inLanguage(c.text()).replaceAll("\\s+", " ").strip()));
                }
            }
        }
        return collection;
    }

    private String inLanguage(se.medborgarloften.model.LocalizedText text) {
        if (text == null) {
            return "";
        }
        String value = text.in(language);
        return value != null ? value : String.valueOf(text.in(content.site().defaultLanguage()));
    }

    private ObjectNode periodFiles(String name, String file, String schemaFile) {
        ObjectNode collection = collection(name, "json");
        collection.put("folder", "content/areas");
        collection.put("path", "{{area}}/{{period}}/" + file);
        collection.put("extension", "json");
        collection.put("create", false);
        collection.put("delete", false);
        collection.put("summary", "{{dirname}}");
        collection.put("identifier_field", "$schema");
        collection.set("fields", fields(schema(schemaFile), "../../../../schema/" + schemaFile));
        return collection;
    }

    /** A new period or follow-up: the scaffolds do it (the editor package's EditorRequests); the form only asks which. */
    private ObjectNode requests() {
        ObjectNode collection = collection("requests", "json");
        collection.put("folder", REQUESTS);
        collection.put("extension", "json");
        collection.put("create", true);
        collection.put("identifier_field", "period");
        collection.put("slug", "{{fields.action}}-{{fields.area}}-{{fields.period}}");
        ArrayNode fields = collection.putArray("fields");
        ObjectNode action = fields.addObject();
        action.put("name", "action").put("label", label("editor.request.action", "action")).put("widget", "select")
                .put("hint", message("editor.request.action.hint", ""));
        ArrayNode actions = action.putArray("options");
        for (String kind : List.of(NEW_PERIOD, NEW_FOLLOW_UP)) {
            actions.addObject().put("value", kind).put("label", message("editor.request." + kind, kind));
        }
        ObjectNode area = fields.addObject();
        area.put("name", "area").put("label", label("editor.field.area", "area")).put("widget", "select");
        ArrayNode areas = area.putArray("options");
        content.areas().forEach(a -> areas.addObject().put("value", a.id()).put("label", a.area().name().in(language)));
        ObjectNode period = fields.addObject();
        period.put("name", "period").put("label", label("editor.field.period", "period")).put("widget", "string")
                .put("hint", message("editor.request.period.hint", ""));
        period.putArray("pattern").add("^[0-9]{4}(-[0-9]{4})?$").add(message("editor.request.period.hint", ""));
        return collection;
    }

    private ObjectNode news() {
        ObjectNode collection = collection("news", "json");
        collection.put("folder", "content/news");
        collection.put("path", "{{slug}}/news");
        collection.put("extension", "json");
        collection.put("create", true);
        collection.put("slug", "{{year}}-{{month}}-{{day}}-{{fields.slug.sv}}");
        collection.put("summary", "{{fields.title." + language + "}}");
        collection.set("fields", fields(schema("news.schema.json"), "../../../schema/news.schema.json"));
        return collection;
    }

    /** The AsciiDoc texts, edited as they are written: the whole file is one raw text field. */
    private ObjectNode prose() {
        ObjectNode collection = collection("prose", "frontmatter");
        ArrayNode files = collection.putArray("files");
        for (String file : proseFiles()) {
            ObjectNode entry = files.addObject();
            entry.put("name", file.replaceFirst("^content/", "").replaceAll("[^a-z0-9]+", "-"));
            entry.put("label", file.replaceFirst("^content/", ""));
            entry.put("file", file);
            ArrayNode fields = entry.putArray("fields");
            fields.addObject().put("name", "body").put("label", label("editor.field.body", "text")).put("widget", "text")
                    .put("hint", message("editor.field.body.hint", ""));
        }
        return collection;
    }

    private ObjectNode areas() {
        ObjectNode collection = collection("areas", "json");
        ArrayNode files = collection.putArray("files");
        for (AreaHistory area : content.areas()) {
            ObjectNode entry = files.addObject();
            entry.put("name", area.id());
            entry.put("label", area.area().name().in(language));
            entry.put("file", area.sourceFile());
            entry.put("fields", "area");
        }
        return collection;
    }

    private ObjectNode organisations() {
        ObjectNode collection = collection("organisations", "json");
        ObjectNode entry = collection.putArray("files").addObject();
        entry.put("name", "organisations");
        entry.put("label", message("editor.collection.organisations", "organisations"));
        entry.put("file", "content/organisations.json");
        entry.set("fields", fields(schema("organisations.schema.json"), "../schema/organisations.schema.json"));
        return collection;
    }

    /** The static pages' facts (title, summary, address); their texts are in the prose collection. */
    private ObjectNode pages() {
        ObjectNode collection = collection("pages", "json");
        collection.put("folder", "content/pages");
        collection.put("path", "{{page}}/page");
        collection.put("extension", "json");
        collection.put("create", false);
        collection.put("delete", false);
        collection.put("summary", "{{fields.title." + language + "}}");
        collection.put("identifier_field", "$schema");
        collection.set("fields", fields(schema("page.schema.json"), "../../../schema/page.schema.json"));
        return collection;
    }

    /** The whole site's settings: its name, tagline, contact links and languages. */
    private ObjectNode settings() {
        ObjectNode collection = collection("settings", "json");
        ObjectNode entry = collection.putArray("files").addObject();
        entry.put("name", "site");
        entry.put("label", message("editor.collection.settings", "settings"));
        entry.put("file", "content/site.json");
        entry.set("fields", fields(schema("site.schema.json"), "../schema/site.schema.json"));
        return collection;
    }

    private ObjectNode collection(String name, String format) {
        ObjectNode collection = json.createObjectNode();
        collection.put("name", name);
        collection.put("label", message("editor.collection." + name, name));
        String description = message("editor.collection." + name + ".description", "");
        if (!description.isEmpty()) {
            collection.put("description", description);
        }
        collection.put("format", format);
        return collection;
    }

    /** The fields of an object schema, in the schema's order; "$schema" is kept, hidden, as the file has it. */
    private ArrayNode fields(JsonNode objectSchema, String schemaPath) {
        return fields(objectSchema, schemaPath, true);
    }

    /**
     * @param present whether the object is always there (the file, a list's item, a required object): Decap checks
     *                the required fields of an optional object even when the file leaves it out, so inside one no
     *                field is marked required; the schema check on saving and the build still ask for them
     */
    private ArrayNode fields(JsonNode objectSchema, String schemaPath, boolean present) {
        ArrayNode fields = json.createArrayNode();
        JsonNode required = objectSchema.path("required");
        objectSchema.path("properties").fields().forEachRemaining(p -> {
            if (p.getKey().equals("$schema")) {
                if (schemaPath != null) {
                    fields.addObject().put("name", "$schema").put("label", "$schema").put("widget", "hidden")
                            .put("default", schemaPath);
                }
                return;
            }
            fields.add(field(p.getKey(), p.getValue(), present && contains(required, p.getKey())));
        });
        return fields;
    }

    ObjectNode field(String name, JsonNode property, boolean required) {
        ObjectNode field = json.createObjectNode();
        field.put("name", name);
        field.put("label", label("editor.field." + name, name));
        Resolved r = resolve(property);
        if (!r.description.isEmpty()) {
            field.put("hint", r.description);
        }
        if (!required) {
            field.put("required", false);
        }
        JsonNode s = r.schema;
        if (r.refs.contains("organisationRef")) {
            select(field, organisationOptions());
        } else if (r.refs.contains("organisationRefs")) {
            select(field, organisationOptions());
            field.put("multiple", true);
        } else if (r.refs.contains("localizedText") || r.refs.contains("slugs")) {
            boolean slug = r.refs.contains("slugs");
            field.put("widget", "object");
            field.put("collapsed", false);
            ArrayNode languageFields = field.putArray("fields");
            for (String code : languages) {
                ObjectNode text = languageFields.addObject();
                text.put("name", code);
                text.put("label", label("editor.language." + code, code));
                text.put("widget", slug ? "string" : "text");
                if (!code.equals("sv") || !required) {
                    text.put("required", false);
                }
                if (slug) {
                    text.putArray("pattern").add("^[a-z0-9]+(-[a-z0-9]+)*$").add(message("editor.pattern.id", "a-z, 0-9, -"));
                }
            }
        } else if (s.has("enum")) {
            select(field, enumOptions(name, s.get("enum")));
        } else if ("object".equals(s.path("type").asText())) {
            field.put("widget", "object");
            field.put("collapsed", false);
            field.set("fields", fields(s, null, required));
        } else if ("array".equals(s.path("type").asText())) {
            Resolved items = resolve(s.path("items"));
            if (items.refs.contains("organisationRef")) {
                select(field, organisationOptions());
                field.put("multiple", true);
            } else if (items.schema.has("enum")) {
                select(field, enumOptions(name, items.schema.get("enum")));
                field.put("multiple", true);
            } else if (items.refs.contains("localizedText")) {
                // Each item is a text in each language: the item's fields are the languages themselves.
                field.put("widget", "list");
                field.put("collapsed", true);
                field.put("summary", "{{fields." + language + "}}");
                field.set("fields", field("text", s.path("items"), true).get("fields"));
            } else if ("object".equals(items.schema.path("type").asText())) {
                field.put("widget", "list");
                field.put("collapsed", true);
                ArrayNode itemFields = fields(items.schema, null);
                field.set("fields", itemFields);
                String summary = summary(items.schema);
                if (summary != null) {
                    field.put("summary", summary);
                }
            } else {
                field.put("widget", "list");
                ObjectNode item = field("value", s.path("items"), true);
                item.put("label", label("editor.field." + name, name));
                field.set("field", item);
            }
        } else if ("number".equals(s.path("type").asText()) || "integer".equals(s.path("type").asText())) {
            field.put("widget", "number");
            field.put("value_type", "integer".equals(s.path("type").asText()) ? "int" : "float");
        } else if ("boolean".equals(s.path("type").asText())) {
            field.put("widget", "boolean");
        } else {
            boolean longText = name.equals("text");
            field.put("widget", longText ? "text" : "string");
            if (s.has("pattern")) {
                field.putArray("pattern").add(s.get("pattern").asText())
                        .add(r.description.isEmpty() ? s.get("pattern").asText() : r.description);
            }
        }
        return field;
    }

    private String summary(JsonNode objectSchema) {
        JsonNode properties = objectSchema.path("properties");
        for (String key : List.of("id", "commitment", "name", "about", "kind")) {
            if (properties.has(key)) {
                return "{{fields." + key + "}}";
            }
        }
        if (properties.has("text") && resolve(properties.get("text")).refs.contains("localizedText")) {
            return "{{fields.text." + language + "}}";
        }
        if (properties.has("text")) {
            return "{{fields.text}}";
        }
        return null;
    }

    private void select(ObjectNode field, List<String[]> options) {
        field.put("widget", "select");
        ArrayNode array = field.putArray("options");
        for (String[] option : options) {
            array.addObject().put("label", option[1]).put("value", option[0]);
        }
    }

    /**
     * A list's choices by the names the site itself gives them (status.done is "Genomfört"), the value the file
     * holds in brackets after it, as the guide and the messages name it; the value alone where no name is known.
     */
    private List<String[]> enumOptions(String field, JsonNode values) {
        List<String> prefixes = new ArrayList<>(List.of("editor.option."));
        prefixes.addAll(switch (field) {
            case "status" -> List.of("status.", "signing.");
            case "kind" -> List.of("basis.", "followUpKind.");
            case "kinds", "followUpMethods" -> List.of("followUpKind.");
            case "level" -> List.of("classification.");
            case "about" -> List.of("editorsNote.about.");
            default -> List.<String>of();
        });
        List<String[]> options = new ArrayList<>();
        values.forEach(v -> {
            String value = v.asText();
            String name = prefixes.stream().map(p -> messages.get(p + value)).filter(m -> m != null).findFirst().orElse(null);
            String label = name == null || name.endsWith("(" + value + ")") ? (name == null ? value : name) : name + " (" + value + ")";
            options.add(new String[] {value, label});
        });
        return options;
    }

    private List<String[]> organisationOptions() {
        List<String[]> options = new ArrayList<>();
        for (Organisation o : content.organisations()) {
            options.add(new String[] {o.id(), o.name().in(language) + " (" + o.id() + ")"});
        }
        return options;
    }

    /** A property's schema with its $refs followed; the nearest help text wins, and the names of the $defs passed. */
    private record Resolved(JsonNode schema, String description, Set<String> refs) {
    }

    /** The help text a schema gives in the UI's language: its description, or the description of that language in its $defs. */
    String help(JsonNode schema) {
        JsonNode text = language.equals(SCHEMA_LANGUAGE) ? schema.path("description")
                : schema.path("$defs").path(language).path("description");
        return text.asText("");
    }

    /** The language of the schemas' own descriptions; another language's are in "$defs": {LANGUAGE: {"description": …}}. */
    public static final String SCHEMA_LANGUAGE = "sv";

    private Resolved resolve(JsonNode property) {
        String description = help(property);
        Set<String> refs = new java.util.LinkedHashSet<>();
        JsonNode s = property;
        String file = "common.schema.json";
        for (int i = 0; i < 10 && s.has("$ref"); i++) {
            String ref = s.get("$ref").asText();
            int hash = ref.indexOf('#');
            if (hash > 0) {
                file = ref.substring(0, hash);
            }
            String pointer = ref.substring(hash + 1);
            refs.add(pointer.substring(pointer.lastIndexOf('/') + 1));
            s = schema(file).at(pointer);
            if (description.isEmpty()) {
                description = help(s);
            }
        }
        return new Resolved(s, description, refs);
    }

    private JsonNode schema(String name) {
        return schemas.computeIfAbsent(name, n -> {
            try {
                return json.readTree(project.resolve("schema").resolve(n).toFile());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private List<String> proseFiles() {
        List<String> files = new ArrayList<>();
        for (String folder : List.of("content/areas", "content/news", "content/pages")) {
            Path root = project.resolve(folder);
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(p -> p.toString().endsWith(".adoc")).map(p -> project.relativize(p).toString().replace('\\', '/'))
                        .sorted().forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }

    private static boolean contains(JsonNode array, String value) {
        for (JsonNode item : array) {
            if (item.asText().equals(value)) {
                return true;
            }
        }
        return false;
    }

    private String label(String key, String fallback) {
        return message(key, fallback);
    }

    private String message(String key, String fallback) {
        return messages.getOrDefault(key, fallback);
    }
}
