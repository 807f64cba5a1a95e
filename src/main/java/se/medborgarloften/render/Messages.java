package se.medborgarloften.render;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;

/** The UI strings of one language, from templates/i18n/messages_&lt;lang&gt;.properties. */
public record Messages(String language, Locale locale, Map<String, String> strings) {

    public Messages {
        strings = Map.copyOf(strings);
    }

    public String get(String key) {
        String value = strings.get(key);
        if (value == null) {
            throw new IllegalArgumentException("No UI string \"" + key + "\" in templates/i18n/messages_" + language
                    + ".properties");
        }
        return value;
    }

    public String format(String key, Object... arguments) {
        return new MessageFormat(get(key), locale).format(arguments);
    }
}
