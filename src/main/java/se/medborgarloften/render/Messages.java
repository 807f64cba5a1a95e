package se.medborgarloften.render;

import java.text.MessageFormat;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** The UI strings of one language, from templates/i18n/messages_&lt;lang&gt;.properties. */
public final class Messages {

    private final String language;
    private final Locale locale;
    private final Map<String, String> strings;
    /** Parsed once per key and thread: MessageFormat is not thread-safe, and pages render on several threads. */
    private final ThreadLocal<Map<String, MessageFormat>> formats = ThreadLocal.withInitial(HashMap::new);

    public Messages(String language, Locale locale, Map<String, String> strings) {
        this.language = language;
        this.locale = locale;
        this.strings = Map.copyOf(strings);
    }

    public String language() {
        return language;
    }

    public Locale locale() {
        return locale;
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
        return formats.get().computeIfAbsent(key, k -> new MessageFormat(get(k), locale)).format(arguments);
    }
}
