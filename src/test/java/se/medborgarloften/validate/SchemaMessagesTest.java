package se.medborgarloften.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import se.medborgarloften.diagnostics.Text;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every rule the schemas in schema/ can break has words of its own: a keyword the messages do not know would
 * reach the editor as the validator's English, and a pattern without a description only as "not written the
 * way this field needs".
 */
class SchemaMessagesTest {

    /** Keywords whose failures SchemaMessages describes. */
    private static final Set<String> DESCRIBED = Set.of("type", "required", "additionalProperties", "enum", "pattern",
            "minItems", "uniqueItems", "minLength", "minimum", "minProperties");
    /** Keywords that name, document or combine schemas and cannot fail by themselves. */
    private static final Set<String> STRUCTURE = Set.of("$schema", "$id", "$defs", "$ref", "title", "description",
            "properties", "patternProperties", "items");

    @Test
    void everyKeywordAndPatternOfTheSchemasHasItsOwnWords() throws IOException {
        Set<String> keywords = new TreeSet<>();
        Set<String> patterns = new TreeSet<>();
        try (Stream<Path> files = Files.list(Path.of("schema"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                walk(new ObjectMapper().readTree(file.toFile()), keywords, patterns);
            }
        }
        keywords.removeAll(STRUCTURE);
        Set<String> unknown = new TreeSet<>(keywords);
        unknown.removeAll(DESCRIBED);
        assertEquals(Set.of(), unknown, "keywords the messages do not describe");
        Set<String> undescribed = new TreeSet<>(patterns);
        undescribed.removeAll(SchemaMessages.PATTERNS.keySet());
        assertEquals(Set.of(), undescribed, "patterns without words in SchemaMessages.PATTERNS");
        for (String key : SchemaMessages.PATTERNS.values()) {
            for (String language : new String[] {"sv", "en"}) {
                assertFalse(Text.of(key).in(language).isBlank(), key);
            }
        }
        assertTrue(patterns.contains("^https://"), "the walk reaches fields written inline: " + patterns);
    }

    private static void walk(JsonNode schema, Set<String> keywords, Set<String> patterns) {
        if (!schema.isObject()) {
            return;
        }
        schema.fields().forEachRemaining(field -> {
            String keyword = field.getKey();
            keywords.add(keyword);
            switch (keyword) {
                case "properties", "patternProperties", "$defs" -> field.getValue().forEach(s -> walk(s, keywords, patterns));
                case "items" -> walk(field.getValue(), keywords, patterns);
                case "pattern" -> patterns.add(field.getValue().asText());
                default -> { }
            }
        });
    }
}
