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
import se.medborgarloften.load.ContentRole;
import se.medborgarloften.load.JsonSource;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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

    List<Diagnostic> check(JsonSource source) {
        List<Diagnostic> found = new ArrayList<>();
        checkSchemaReference(source, found);
        for (ValidationMessage message : schemaFor(source.role()).validate(source.tree())) {
            String pointer = message.getInstanceLocation().toString();
            SourcePosition at = message.getInstanceNode() == null
                    ? source.locate(pointer)
                    : JsonSource.positionOf(message.getInstanceNode());
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
            found.add(Diagnostic.error(source.path(), JsonSource.positionOf(declared), "/$schema",
                    "\"$schema\" is \"" + declared.asText() + "\" but this kind of file follows " + source.role().schemaFile() + ".",
                    "Write \"$schema\": \"" + expected + "\"."));
        }
    }

    private JsonSchema schemaFor(ContentRole role) {
        return schemas.computeIfAbsent(role, r -> {
            Path file = schemaDir.resolve(r.schemaFile());
            if (!Files.isRegularFile(file)) {
                throw new IllegalStateException("Missing schema " + file);
            }
            return factory.getSchema(SchemaLocation.of(file.toUri().toString()), config);
        });
    }

    private static String describe(ValidationMessage message) {
        if ("pattern".equals(message.getType()) && message.getInstanceNode() != null) {
            // The validator would quote the regular expression, which helps nobody who edits content.
            return "\"" + message.getInstanceNode().asText() + "\" is not written the way this field needs.";
        }
        String text = message.getMessage();
        String prefix = message.getInstanceLocation().toString() + ": ";
        return text.startsWith(prefix) ? text.substring(prefix.length()) : text;
    }

    private String hintFor(ValidationMessage message) {
        String description = fieldDescription(message);
        return switch (message.getType()) {
            case "required" -> "Add the field \"" + message.getProperty() + "\"; see schema/ for what it holds.";
            case "additionalProperties", "unevaluatedProperties" ->
                    "Remove the field or correct its spelling; the schema lists the allowed fields.";
            case "enum" -> "Use exactly one of the allowed values, spelled as listed.";
            case "pattern" -> description.isEmpty()
                    ? "Check the format against an existing file of the same kind." : description;
            case "type" -> "Check the quotation marks and brackets: text goes in \"quotes\", lists in [ ], objects in { }.";
            case "minItems" -> "Add at least one item to the list.";
            case "uniqueItems" -> "Remove the repeated item.";
            case "minLength" -> "Write the text, or remove the field if it is optional.";
            default -> "Compare with the schema in schema/ and with an existing file of the same kind.";
        };
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
