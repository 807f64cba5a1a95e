package se.medborgarloften.editor;

import se.medborgarloften.render.admin.EditorConfig;
import se.medborgarloften.support.CanonicalJson;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import se.medborgarloften.diagnostics.ContentException;
import se.medborgarloften.diagnostics.Text;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The editor's local backend: the API Decap CMS speaks to its proxy server ({@code decap-server}, file-system mode:
 * POST {@code {"action": …, "params": …}}), served by the live preview on /api/v1 of its own address, so that one
 * command starts both. It reads and writes only below content/, and it writes nothing that would change more than
 * the editor changed or that breaks the file's schema:
 * <ul>
 * <li>a JSON file keeps its key order and "$schema" and is written in the content's layout ({@link CanonicalJson});
 * a file laid out otherwise (by hand, on one line per item) is refused, since saving it would rewrite every line
 * (every file in content/ is in that layout, so this concerns only a file someone lays out by hand later);</li>
 * <li>a JSON file that does not fit its schema is refused with the schema's words, and the file stays as it was;</li>
 * <li>what the build checks across files (references, passages, translations) the preview reports as it rebuilds;</li>
 * <li>a request in content/editor-requests/ is carried out by the scaffolds ({@link EditorRequests}), not saved.</li>
 * </ul>
 */
public final class LocalBackend implements HttpHandler {

    private static final Set<String> SCHEMAS = Set.of("promise.schema.json", "follow-up.schema.json", "news.schema.json",
            "area.schema.json", "organisations.schema.json", "page.schema.json", "site.schema.json");

    private final Path project;
    private final String language;
    private final ObjectMapper json = new ObjectMapper();
    private final JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

    public LocalBackend(Path project, String language) {
        this.project = project.toAbsolutePath().normalize();
        this.language = language;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        if (!"POST".equals(exchange.getRequestMethod())) {
            send(exchange, 405, json.createObjectNode().put("error", "POST only"));
            return;
        }
        JsonNode body;
        try {
            body = json.readTree(exchange.getRequestBody().readAllBytes());
        } catch (IOException e) {
            send(exchange, 400, json.createObjectNode().put("error", "Not JSON"));
            return;
        }
        try {
            send(exchange, 200, answer(body.path("action").asText(""), body.path("params")));
        } catch (Refused e) {
            send(exchange, 422, json.createObjectNode().put("error", e.getMessage()));
        } catch (ContentException e) {
            StringBuilder message = new StringBuilder();
            e.diagnostics().forEach(d -> message.append(d.format(language)).append('\n'));
            send(exchange, 422, json.createObjectNode().put("error", message.toString().strip()));
        } catch (RuntimeException e) {
            send(exchange, 500, json.createObjectNode().put("error", String.valueOf(e.getMessage())));
        }
    }

    JsonNode answer(String action, JsonNode params) throws IOException {
        switch (action) {
            case "info":
                return json.createObjectNode().put("repo", project.getFileName().toString()).put("type", "local_fs")
                        .set("publish_modes", json.createArrayNode().add("simple"));
            case "entriesByFolder": {
                ArrayNode entries = json.createArrayNode();
                Path folder = inside(params.path("folder").asText());
                String extension = params.path("extension").asText("");
                int depth = params.path("depth").asInt(1);
                if (Files.isDirectory(folder)) {
                    try (Stream<Path> files = Files.walk(folder, depth)) {
                        for (Path file : files.filter(Files::isRegularFile).filter(f -> f.toString().endsWith(extension)).sorted().toList()) {
                            entries.add(entry(relative(file)));
                        }
                    }
                }
                return entries;
            }
            case "entriesByFiles": {
                ArrayNode entries = json.createArrayNode();
                for (JsonNode file : params.path("files")) {
                    entries.add(entry(file.path("path").asText()));
                }
                return entries;
            }
            case "getEntry":
                return entry(params.path("path").asText());
            case "persistEntry":
                return persist(params);
            case "getMedia":
                return json.createArrayNode();
            case "getDeployPreview":
                return json.nullNode();
            case "deleteFile":
            case "deleteFiles":
            case "persistMedia":
            case "getMediaFile":
                throw new Refused(Text.of("editor.refused.action", action).in(language));
            default:
                throw new Refused("Unknown action " + action);
        }
    }

    private ObjectNode entry(String path) throws IOException {
        Path file = inside(path);
        ObjectNode entry = json.createObjectNode();
        ObjectNode about = entry.putObject("file");
        about.put("path", path);
        if (Files.isRegularFile(file)) {
            byte[] bytes = Files.readAllBytes(file);
            entry.put("data", new String(bytes, StandardCharsets.UTF_8));
            about.put("id", sha256(bytes));
        } else {
            entry.putNull("data");
            about.putNull("id");
        }
        return entry;
    }

    private JsonNode persist(JsonNode params) throws IOException {
        List<JsonNode> dataFiles = new ArrayList<>();
        params.path("dataFiles").forEach(dataFiles::add);
        if (dataFiles.isEmpty() && params.has("entry")) {
            dataFiles.add(params.get("entry"));
        }
        if (params.path("assets").size() > 0) {
            throw new Refused(Text.of("editor.refused.action", "persistMedia").in(language));
        }
        // Everything is checked before anything is written: a refusal leaves every file as it was.
        List<Map.Entry<Path, String>> writes = new ArrayList<>();
        List<String> done = new ArrayList<>();
        for (JsonNode dataFile : dataFiles) {
            String path = dataFile.path("path").asText();
            String raw = dataFile.path("raw").asText();
            if (dataFile.hasNonNull("newPath") && !dataFile.get("newPath").asText().equals(path)) {
                throw new Refused(Text.of("editor.refused.move", path).in(language));
            }
            Path file = inside(path);
            if (path.startsWith(EditorConfig.REQUESTS + "/")) {
                done.add(new EditorRequests(project).apply(parse(path, raw)));
            } else if (path.endsWith(".json")) {
                writes.add(Map.entry(file, jsonToWrite(path, file, raw)));
            } else if (path.endsWith(".adoc")) {
                writes.add(Map.entry(file, proseToWrite(raw)));
            } else {
                throw new Refused(Text.of("editor.refused.kind", path).in(language));
            }
        }
        for (Map.Entry<Path, String> write : writes) {
            writeAtomically(write.getKey(), write.getValue());
        }
        return json.createObjectNode().put("message", done.isEmpty() ? "entry persisted" : "wrote " + String.join(", ", done));
    }

    /** The file as it will be written: the original's key order, no empty values, the content's layout, schema-valid. */
    String jsonToWrite(String path, Path file, String raw) throws IOException {
        JsonNode edited = parse(path, raw);
        JsonNode original = null;
        if (Files.isRegularFile(file)) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            original = parse(path, text);
            if (!CanonicalJson.isCanonical(text, original)) {
                throw new Refused(Text.of("editor.refused.layout", path).in(language));
            }
        }
        JsonNode cleaned = withoutEmpty(edited);
        JsonNode ordered = original == null ? cleaned : inOrderOf(cleaned, original);
        String schemaName = ordered.path("$schema").asText("");
        schemaName = schemaName.substring(schemaName.lastIndexOf('/') + 1);
        if (!SCHEMAS.contains(schemaName)) {
            throw new Refused(Text.of("editor.refused.schema", path, ordered.path("$schema").asText("")).in(language));
        }
        JsonSchema schema = factory.getSchema(SchemaLocation.of(project.resolve("schema").resolve(schemaName).toUri().toString()));
        Set<ValidationMessage> problems = schema.validate(ordered);
        if (!problems.isEmpty()) {
            StringBuilder message = new StringBuilder(Text.of("editor.refused.invalid", path).in(language));
            problems.stream().map(ValidationMessage::getMessage).sorted().limit(12).forEach(m -> message.append("\n• ").append(m));
            throw new Refused(message.toString());
        }
        return CanonicalJson.write(ordered);
    }

    /** AsciiDoc as written: Decap adds no front matter to a text without fields, but an empty one is taken off. */
    static String proseToWrite(String raw) {
        String text = raw.replace("\r\n", "\n");
        if (text.startsWith("---\n---\n")) {
            text = text.substring(8).replaceFirst("^\n", "");
        }
        return text.isEmpty() || text.endsWith("\n") ? text : text + "\n";
    }

    /** Without what a form leaves behind when a field is emptied: "", null, {} (no schema here allows them). */
    static JsonNode withoutEmpty(JsonNode node) {
        if (node.isObject()) {
            ObjectNode copy = ((ObjectNode) node).objectNode();
            node.fields().forEachRemaining(f -> {
                JsonNode value = withoutEmpty(f.getValue());
                boolean empty = value.isNull() || (value.isTextual() && value.asText().isEmpty())
                        || (value.isObject() && value.isEmpty());
                if (!empty) {
                    copy.set(f.getKey(), value);
                }
            });
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = ((ArrayNode) node).arrayNode();
            node.forEach(item -> copy.add(withoutEmpty(item)));
            return copy;
        }
        return node;
    }

    /**
     * The edited value with each object's keys in the order the file had them, new keys after them in the editor's
     * order. Items of a list are matched by their "id" (or "commitment"), otherwise by position.
     */
    static JsonNode inOrderOf(JsonNode edited, JsonNode original) {
        if (edited.isObject() && original != null && original.isObject()) {
            ObjectNode ordered = ((ObjectNode) edited).objectNode();
            Iterator<String> names = original.fieldNames();
            while (names.hasNext()) {
                String name = names.next();
                if (edited.has(name)) {
                    ordered.set(name, inOrderOf(edited.get(name), original.get(name)));
                }
            }
            edited.fields().forEachRemaining(f -> {
                if (!ordered.has(f.getKey())) {
                    ordered.set(f.getKey(), f.getValue());
                }
            });
            return ordered;
        }
        if (edited.isArray() && original != null && original.isArray()) {
            ArrayNode ordered = ((ArrayNode) edited).arrayNode();
            for (int i = 0; i < edited.size(); i++) {
                JsonNode item = edited.get(i);
                ordered.add(inOrderOf(item, counterpart(item, original, i)));
            }
            return ordered;
        }
        return edited;
    }

    private static JsonNode counterpart(JsonNode item, JsonNode original, int index) {
        for (String key : List.of("id", "commitment")) {
            if (item.has(key)) {
                for (JsonNode candidate : original) {
                    if (item.get(key).equals(candidate.get(key))) {
                        return candidate;
                    }
                }
            }
        }
        return index < original.size() ? original.get(index) : null;
    }

    private JsonNode parse(String path, String raw) {
        try {
            return json.readTree(raw);
        } catch (IOException e) {
            throw new Refused(Text.of("editor.refused.invalid", path).in(language) + "\n• " + e.getMessage());
        }
    }

    /** A path below content/, as the editor names it; anything else is refused. */
    private Path inside(String path) {
        Path content = project.resolve("content");
        Path file = project.resolve(path).normalize();
        if (path.isEmpty() || !file.startsWith(content) || Files.isSymbolicLink(file)) {
            throw new Refused(Text.of("editor.refused.outside", path).in(language));
        }
        return file;
    }

    private String relative(Path file) {
        return project.relativize(file).toString().replace('\\', '/');
    }

    private static void writeAtomically(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Path temporary = Files.createTempFile(file.getParent(), ".editor-", ".tmp");
        try {
            Files.writeString(temporary, text, StandardCharsets.UTF_8);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private void send(HttpExchange exchange, int status, JsonNode body) throws IOException {
        byte[] bytes = json.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** What the editor asked for and this backend will not do; Decap shows the message. */
    static final class Refused extends RuntimeException {
        Refused(String message) {
            super(message);
        }
    }
}
