package se.medborgarloften.model;

import java.util.Map;

/**
 * The UI strings of one language, from templates/i18n/messages_&lt;lang&gt;.properties.
 *
 * @param lines the line each key is defined on, for error messages
 */
public record MessageBundle(String path, String language, Map<String, String> messages, Map<String, Integer> lines) {

    public MessageBundle {
        messages = Map.copyOf(messages);
        lines = Map.copyOf(lines);
    }
}
