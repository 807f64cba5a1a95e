package se.medborgarloften.validate;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import se.medborgarloften.diagnostics.ContentException;
import se.medborgarloften.diagnostics.Diagnostic;
import se.medborgarloften.diagnostics.Text;
import se.medborgarloften.load.JsonSource;
import se.medborgarloften.model.InvalidDateException;

/** Turns a schema-valid JSON tree into a model record, reporting values the schema cannot judge (e.g. 2023-02-30). */
final class ContentBinder {

    // The schema already refuses unknown fields and gives a better message for them.
    private final ObjectMapper mapper = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    <T> T bind(JsonSource source, Class<T> type) {
        try {
            return mapper.treeToValue(source.tree(), type);
        } catch (JsonMappingException e) {
            String pointer = pointerOf(e);
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            if (cause instanceof InvalidDateException date) {
                throw new ContentException(Diagnostic.error(source.path(), source.locate(pointer), pointer,
                        Text.of("bind.date", date.value()), Text.of("format.partialDate")));
            }
            String message = cause instanceof IllegalArgumentException ? cause.getMessage() : e.getOriginalMessage();
            throw new ContentException(Diagnostic.error(source.path(), source.locate(pointer), pointer,
                    Text.of("bind.invalid", message), Text.of("bind.invalid.hint")));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new ContentException(Diagnostic.error(source.path(), 0, 0, "", Text.of("bind.invalid", e.getOriginalMessage()),
                    Text.of("bind.invalid.hint")));
        }
    }

    private static String pointerOf(JsonMappingException e) {
        StringBuilder pointer = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            pointer.append('/');
            if (ref.getFieldName() != null) {
                pointer.append(ref.getFieldName().replace("~", "~0").replace("/", "~1"));
            } else {
                pointer.append(ref.getIndex());
            }
        }
        return pointer.toString();
    }
}
