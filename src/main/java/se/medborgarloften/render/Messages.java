package se.medborgarloften.render;

import java.text.Format;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** The UI strings of one language, from templates/i18n/messages_&lt;lang&gt;.properties. */
public final class Messages {

    private final String language;
    private final Locale locale;
    private final Map<String, String> strings;
    /** Parsed once per key and thread: MessageFormat is not thread-safe, and pages render on several threads. */
    private final ThreadLocal<Map<String, ParsedMessage>> formats = ThreadLocal.withInitial(HashMap::new);
    /** The format MessageFormat gives a number that has none of its own, made once per thread rather than per number. */
    private final ThreadLocal<NumberFormat> numbers;

    public Messages(String language, Locale locale, Map<String, String> strings) {
        this.language = language;
        this.locale = locale;
        this.strings = Map.copyOf(strings);
        this.numbers = ThreadLocal.withInitial(() -> NumberFormat.getInstance(locale));
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
        ParsedMessage message = formats.get().computeIfAbsent(key, k -> ParsedMessage.of(new MessageFormat(get(k), locale)));
        Object[] written = arguments == null ? new Object[0] : arguments.clone();
        for (int i = 0; i < written.length; i++) {
            // What MessageFormat does with such an argument, except that it makes a new NumberFormat each time,
            // which was a third of the time spent in it: the comparison pages count every list they show.
            if (written[i] instanceof Number number && !message.hasOwnFormat(i)) {
                written[i] = numbers.get().format(number);
            }
        }
        return message.format().format(written);
    }

    /** A parsed message and which of its arguments have a format of their own, such as {0,choice,…}. */
    private record ParsedMessage(MessageFormat format, Format[] ownFormats) {

        static ParsedMessage of(MessageFormat format) {
            return new ParsedMessage(format, format.getFormatsByArgumentIndex());
        }

        boolean hasOwnFormat(int argument) {
            return argument < ownFormats.length && ownFormats[argument] != null;
        }
    }
}
