package se.medborgarloften.render;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The UI strings of one language, from templates/i18n/messages_&lt;lang&gt;.properties. */
public record Messages(String language, Locale locale, Map<String, String> strings,
                       Map<String, MessageFormat> formats) {

    public Messages(String language, Locale locale, Map<String, String> strings) {
        this(language, locale, strings, new ConcurrentHashMap<>());
    }

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

    /** Parsed once per key; MessageFormat is not thread-safe, so each call formats with its own copy. */
    public String format(String key, Object... arguments) {
        MessageFormat parsed = formats.computeIfAbsent(key, k -> new MessageFormat(get(k), locale));
        return ((MessageFormat) parsed.clone()).format(arguments);
    }
}
