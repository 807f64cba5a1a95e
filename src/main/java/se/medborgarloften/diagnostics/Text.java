package se.medborgarloften.diagnostics;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * A message by key and arguments, written out in whichever language the reader asks for:
 * src/main/resources/diagnostics_&lt;lang&gt;.properties holds the wording. Arguments that are themselves
 * texts are written in the same language.
 */
public record Text(String key, List<Object> args) {

    private static final String BUNDLE = "diagnostics";

    public Text {
        args = List.copyOf(args);
    }

    public static Text of(String key, Object... args) {
        return new Text(key, Arrays.asList(args));
    }

    public String in(String language) {
        ResourceBundle bundle;
        try {
            bundle = ResourceBundle.getBundle(BUNDLE, Locale.forLanguageTag(language),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        } catch (MissingResourceException e) {
            return in("en");
        }
        Object[] formatted = args.stream().map(a -> a instanceof Text t ? t.in(language) : a instanceof Number ? a : String.valueOf(a)).toArray();
        return new MessageFormat(bundle.getString(key), bundle.getLocale()).format(formatted);
    }
}
