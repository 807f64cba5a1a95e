package se.medborgarloften.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/** One text in several languages, e.g. {"sv": "Trafik", "en": "Traffic"}. */
public record LocalizedText(Map<String, String> values) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public LocalizedText {
        // Sorted, so that every serialisation lists the languages in the same order.
        values = Collections.unmodifiableMap(new TreeMap<>(values));
    }

    public static LocalizedText of(String language, String text) {
        return new LocalizedText(Map.of(language, text));
    }

    @JsonValue
    public Map<String, String> values() {
        return values;
    }

    public boolean has(String language) {
        return values.containsKey(language);
    }

    /** The text in this language, or null when it has none. */
    public String in(String language) {
        return values.get(language);
    }
}
