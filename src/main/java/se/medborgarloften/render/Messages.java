package se.medborgarloften.render;

import java.text.ChoiceFormat;
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
    /** The texts a {0,choice,…} chooses that hold arguments of their own, such as "{0} commitments", by text. */
    private final ThreadLocal<Map<String, ParsedMessage>> chosen = ThreadLocal.withInitial(HashMap::new);
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

    public boolean has(String key) {
        return strings.containsKey(key);
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
        return format(message, arguments == null ? new Object[0] : arguments);
    }

    private String format(ParsedMessage message, Object[] arguments) {
        Object[] written = arguments.clone();
        for (int i = 0; i < written.length; i++) {
            if (!(written[i] instanceof Number number)) {
                continue;
            }
            ChoiceFormat choice = message.choice(i);
            if (choice != null) {
                // What MessageFormat does with a chosen text that holds arguments, except that it parses the text
                // again for every number: a period's changes count each of their lists in their heading.
                String text = choice.format(number);
                written[i] = text.indexOf('{') < 0 ? text : format(chosen.get().computeIfAbsent(text,
                        t -> ParsedMessage.of(new MessageFormat(t, locale))), arguments);
            } else if (!message.hasOwnFormat(i)) {
                // What MessageFormat does with such an argument, except that it makes a new NumberFormat each time,
                // and the periods' changes count every list they show.
                written[i] = numbers.get().format(number);
            }
        }
        return message.format().format(written);
    }

    /**
     * A parsed message and which of its arguments have a format of their own in any of their places, such as
     * {0,number,integer}. A {0,choice,…} is chosen by {@link Messages#format(ParsedMessage, Object[])} rather
     * than by {@code format}, from which it is taken out, when it is the argument's only place in the message:
     * where the same argument is also written plainly, the chosen text would stand in both places.
     */
    private record ParsedMessage(MessageFormat format, boolean[] ownFormats, ChoiceFormat[] choices) {

        static ParsedMessage of(MessageFormat parsed) {
            int arguments = parsed.getFormatsByArgumentIndex().length;
            // getFormats() lists the formats by place; marking each argument's places tells which argument is where.
            MessageFormat marked = (MessageFormat) parsed.clone();
            Format[] markers = new Format[arguments];
            for (int i = 0; i < arguments; i++) {
                markers[i] = new ChoiceFormat(new double[] {0}, new String[] {""});
                marked.setFormatByArgumentIndex(i, markers[i]);
            }
            Format[] byPlace = parsed.getFormats();
            Format[] markedByPlace = marked.getFormats();
            int[] places = new int[arguments];
            boolean[] own = new boolean[arguments];
            ChoiceFormat[] choices = new ChoiceFormat[arguments];
            for (int place = 0; place < byPlace.length; place++) {
                for (int i = 0; i < arguments; i++) {
                    if (markedByPlace[place] == markers[i]) {
                        places[i]++;
                        own[i] |= byPlace[place] != null;
                        choices[i] = byPlace[place] instanceof ChoiceFormat choice ? choice : null;
                    }
                }
            }
            MessageFormat rest = (MessageFormat) parsed.clone();
            for (int i = 0; i < arguments; i++) {
                if (places[i] != 1) {
                    choices[i] = null;
                } else if (choices[i] != null) {
                    rest.setFormatByArgumentIndex(i, null);
                }
            }
            return new ParsedMessage(rest, own, choices);
        }

        boolean hasOwnFormat(int argument) {
            return argument < ownFormats.length && ownFormats[argument];
        }

        ChoiceFormat choice(int argument) {
            return argument < choices.length ? choices[argument] : null;
        }
    }
}
