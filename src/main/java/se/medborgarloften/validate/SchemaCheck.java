package se.medborgarloften.validate;

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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
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
    private final SchemaMessages messages = new SchemaMessages();

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
                pointer = pointer + "/" + message.getArguments()[0];
                at = source.locate(pointer);
            }
            found.add(Diagnostic.error(source.path(), at, pointer, messages.describe(message), messages.hint(message)));
        }
        return found;
    }

    /**
     * Editors validate while typing only when "$schema" names the right schema, so a missing or wrong one is an
     * error too. The schemas themselves do not require it: they also describe the downloads, whose parts carry none.
     */
    private void checkSchemaReference(JsonSource source, List<Diagnostic> found) {
        var declared = source.tree().get("$schema");
        if (declared == null && source.tree().isObject()) {
            found.add(Diagnostic.error(source.path(), source.locate(""), "",
                    Text.of("schema.required", "$schema"), Text.of("schema.required.hint", "$schema")));
        }
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
}
