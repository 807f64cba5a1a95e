package se.medborgarloften.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import se.medborgarloften.diagnostics.Diagnostic;
import se.medborgarloften.diagnostics.SourcePosition;
import se.medborgarloften.diagnostics.Text;
import se.medborgarloften.load.ContentRole;
import se.medborgarloften.load.JsonSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/** Validates content JSON against the project's schemas with a JSON Schema 2020-12 validator. */
final class SchemaCheck {

    private final Path schemaDir;
    private final JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private final SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
            .locale(Locale.ENGLISH)
            .pathType(PathType.JSON_POINTER)
            .build();
    private final Map<ContentRole, JsonSchema> schemas = new EnumMap<>(ContentRole.class);
    private final Map<String, JsonNode> schemaDocuments = new HashMap<>();

    SchemaCheck(Path project) {
        this.schemaDir = project.resolve("schema").toAbsolutePath().normalize();
    }

    /** Every schema file's name and text: what a file's check depends on besides the file. */
    String schemaTexts() {
        StringBuilder texts = new StringBuilder();
        try (Stream<Path> files = Files.isDirectory(schemaDir) ? Files.walk(schemaDir) : Stream.empty()) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                texts.append(schemaDir.relativize(file)).append('\0').append(Files.readString(file)).append('\0');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return texts.toString();
    }

    List<Diagnostic> check(JsonSource source) {
        List<Diagnostic> found = new ArrayList<>();
        checkSchemaReference(source, found);
        for (ValidationMessage message : schemaFor(source.role()).validate(source.tree())) {
            String pointer = message.getInstanceLocation().toString();
            SourcePosition at = source.locate(pointer);
            if (message.getType().equals("additionalProperties") || message.getType().equals("unevaluatedProperties")) {
                // Point at the unknown field itself, not at the start of the object that holds it.
                pointer = pointer + "/" + argument(message, 0);
                at = source.locate(pointer);
            }
            found.add(Diagnostic.error(source.path(), at, pointer, describe(message), hintFor(message)));
        }
        return found;
    }

    /** Editors validate while typing only when "$schema" names the right schema, so a wrong one is an error too. */
    private void checkSchemaReference(JsonSource source, List<Diagnostic> found) {
        var declared = source.tree().get("$schema");
        Path fileDir = Path.of(source.path()).getParent();
        String expected = fileDir.relativize(Path.of("schema", source.role().schemaFile())).toString().replace('\\', '/');
        if (declared != null && declared.isTextual() && !declared.asText().equals(expected)) {
            found.add(Diagnostic.error(source.path(), source.locate("/$schema"), "/$schema",
                    Text.of("schema.wrongSchema", declared.asText(), source.role().schemaFile()),
                    Text.of("schema.wrongSchema.hint", expected)));
        }
    }

    /** Files are checked on every core; a schema is loaded, with all its validators, by the first that needs it. */
    private synchronized JsonSchema schemaFor(ContentRole role) {
        return schemas.computeIfAbsent(role, r -> {
            Path file = schemaDir.resolve(r.schemaFile());
            if (!Files.isRegularFile(file)) {
                throw new IllegalStateException("Missing schema " + file);
            }
            JsonSchema schema = factory.getSchema(SchemaLocation.of(file.toUri().toString()), config);
            schema.initializeValidators();
            return schema;
        });
    }

    private static Text describe(ValidationMessage message) {
        String value = message.getInstanceNode() == null ? "" : message.getInstanceNode().toString();
        return switch (message.getType()) {
            case "required" -> Text.of("schema.required", message.getProperty());
            case "additionalProperties", "unevaluatedProperties" -> Text.of("schema.additionalProperties", argument(message, 0));
            case "enum" -> Text.of("schema.enum", value, message.getSchemaNode() == null ? "" : message.getSchemaNode().toString());
            case "type" -> Text.of("schema.type", argument(message, 0), argument(message, 1));
            case "pattern" -> Text.of("schema.pattern", message.getInstanceNode() == null ? "" : message.getInstanceNode().asText());
            case "minItems" -> Text.of("schema.minItems", argument(message, 0));
            case "uniqueItems" -> Text.of("schema.uniqueItems");
            case "minLength" -> Text.of("schema.minLength");
            default -> Text.of("schema.other", withoutPointer(message));
        };
    }

    private Text hintFor(ValidationMessage message) {
        return switch (message.getType()) {
            case "required" -> Text.of("schema.required.hint", message.getProperty());
            case "additionalProperties", "unevaluatedProperties" -> Text.of("schema.additionalProperties.hint");
            case "enum" -> Text.of("schema.enum.hint");
            case "pattern" -> patternHint(message);
            case "type" -> Text.of("schema.type.hint");
            case "minItems" -> Text.of("schema.minItems.hint");
            case "uniqueItems" -> Text.of("schema.uniqueItems.hint");
            case "minLength" -> Text.of("schema.minLength.hint");
            default -> Text.of("schema.other.hint");
        };
    }

    /** Known formats have their own explanation in every language; others quote the schema's description. */
    private Text patternHint(ValidationMessage message) {
        String location = message.getSchemaLocation().toString();
        for (String format : new String[] {"partialDate", "timeReference", "languageCode", "slugs"}) {
            if (location.contains("/" + format + "/")) {
                return Text.of("format." + format);
            }
        }
        if (location.contains("/$defs/id/")) {
            return Text.of("format.id");
        }
        String description = fieldDescription(message);
        return description.isEmpty() ? Text.of("schema.other.hint") : Text.of("schema.pattern.described", description);
    }

    private static String argument(ValidationMessage message, int index) {
        Object[] arguments = message.getArguments();
        return arguments != null && arguments.length > index ? String.valueOf(arguments[index]) : "";
    }

    private static String withoutPointer(ValidationMessage message) {
        String text = message.getMessage();
        String prefix = message.getInstanceLocation().toString() + ": ";
        return text.startsWith(prefix) ? text.substring(prefix.length()) : text;
    }

    /** The "description" the schema gives the failing field, which says in plain words what it holds. */
    private String fieldDescription(ValidationMessage message) {
        SchemaLocation location = message.getSchemaLocation();
        JsonNode node = schemaDocuments.computeIfAbsent(location.getAbsoluteIri().toString(), iri -> {
            try {
                return new ObjectMapper().readTree(Path.of(URI.create(iri)).toFile());
            } catch (IOException | IllegalArgumentException e) {
                return MissingNode.getInstance();
            }
        });
        JsonNodePath fragment = location.getFragment();
        // The fragment ends in the failing keyword ("…/partialDate/pattern"); its parent holds the description.
        for (int i = 0; i < fragment.getNameCount() - 1; i++) {
            Object element = fragment.getElement(i);
            node = element instanceof Integer index ? node.path(index) : node.path(element.toString());
        }
        return node.path("description").asText("");
    }
}
