package se.medborgarloften.render;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.BiConsumer;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The file with everything is the same whether an area's part reaches Jackson as bytes or as a string:
 * parts smaller than the generator's buffer are copied into it, larger ones written past it.
 */
class RawJsonBytesTest {

    private final ObjectMapper json = new ObjectMapper();

    @Property(tries = 200)
    void bytesAreWrittenAsTheSameTextWouldBe(@ForAll @StringLength(max = 40) String text,
                                             @ForAll @IntRange(min = 1, max = 30_000) int repeats) throws IOException {
        // A JSON string of any text (surrogates, quotes, line breaks escaped), long enough to pass the buffer.
        String part = json.writeValueAsString(text.repeat(repeats)) + "  ";
        List<String> parts = List.of(part, "{\"å\": \"–\"}", part);
        String asBytes = written(parts, (generator, raw) -> writeRaw(generator, new RawJsonBytes(raw.getBytes(StandardCharsets.UTF_8))));
        String asText = written(parts, (generator, raw) -> writeRaw(generator, raw));
        assertEquals(asText, asBytes);
    }

    private String written(List<String> parts, BiConsumer<JsonGenerator, String> write) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator generator = json.writerWithDefaultPrettyPrinter().createGenerator(out)) {
            generator.writeStartObject();
            generator.writeFieldName("areas");
            generator.writeStartArray();
            parts.forEach(part -> write.accept(generator, part));
            generator.writeEndArray();
            generator.writeEndObject();
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static void writeRaw(JsonGenerator generator, Object raw) {
        try {
            if (raw instanceof RawJsonBytes bytes) {
                generator.writeRawValue(bytes);
            } else {
                generator.writeRawValue((String) raw);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
