package se.medborgarloften.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A text of the JSON content in which a passage in another language is marked as AsciiDoc marks it:
 * {@code [.sv]#Trygg relation, fri från våld#}. Pages give the passage its language, so that a screen reader
 * reads it with the right voice (WCAG 3.1.2, language of parts); where only words count (titles, the search
 * index, the comparisons' word diff) the marks are left out. The downloads keep the text as written.
 */
public final class MarkedText {

    private static final Pattern PASSAGE = Pattern.compile("\\[\\.([a-z]{2})]#([^#]+)#");
    private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());

    /** A stretch of the text, in the text's own language when {@code language} is null. */
    public record Part(String text, String language) {
    }

    private MarkedText() {
    }

    /** The text's stretches, or none when no passage is marked (most texts, which pages print as they are). */
    public static List<Part> parts(String text) {
        if (text == null || !text.contains("[.")) {
            return List.of();
        }
        List<Part> parts = new ArrayList<>();
        Matcher passage = PASSAGE.matcher(text);
        int from = 0;
        while (passage.find()) {
            if (!isLanguageCode(passage.group(1))) {
                continue;
            }
            if (passage.start() > from) {
                parts.add(new Part(text.substring(from, passage.start()), null));
            }
            parts.add(new Part(passage.group(2), passage.group(1)));
            from = passage.end();
        }
        if (parts.isEmpty()) {
            return List.of();
        }
        if (from < text.length()) {
            parts.add(new Part(text.substring(from), null));
        }
        return List.copyOf(parts);
    }

    /** Whether a role names a language by its two-letter code (ISO 639-1), as in [.sv]. */
    static boolean isLanguageCode(String role) {
        return role.length() == 2 && LANGUAGES.contains(role);
    }

    /** The text without its marks. */
    public static String plain(String text) {
        List<Part> parts = parts(text);
        if (parts.isEmpty()) {
            return text;
        }
        StringBuilder plain = new StringBuilder(text.length());
        parts.forEach(part -> plain.append(part.text()));
        return plain.toString();
    }
}
