package se.medborgarloften.validate;

import com.fasterxml.jackson.databind.JsonNode;
import se.medborgarloften.diagnostics.Diagnostic;
import se.medborgarloften.diagnostics.Text;
import se.medborgarloften.load.JsonSource;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HTML written into a text. The site publishes texts as text, so a tag such as {@code <b>} would be shown to
 * readers as it is written, angle brackets and all: an editor who pastes HTML from another web page or a
 * word processor has to be told, since nothing on the page would look wrong to them until it is public.
 * Only the names of HTML elements count, so that "< 5" or AsciiDoc's own {@code <<anchor>>} are text.
 */
public final class HtmlInText {

    private static final Pattern TAG = Pattern.compile("</?(a|abbr|b|big|blockquote|br|center|code|div|em|embed|font|form"
            + "|h[1-6]|hr|i|iframe|img|input|li|link|meta|object|ol|p|pre|s|script|small|span|strike|strong|style|sub"
            + "|sup|table|tbody|td|th|thead|tr|u|ul)(\\s[^<>]*)?/?>", Pattern.CASE_INSENSITIVE);

    private HtmlInText() {
    }

    /** The first HTML tag in the text, as written. */
    public static Optional<String> firstTag(String text) {
        if (text.indexOf('<') < 0) {
            return Optional.empty();
        }
        Matcher tag = TAG.matcher(text);
        return tag.find() ? Optional.of(tag.group()) : Optional.empty();
    }

    /** Where any text of this JSON file holds an HTML tag. */
    static List<Diagnostic> check(JsonSource source) {
        List<Diagnostic> found = new ArrayList<>();
        walk(source, source.tree(), "", found);
        return found;
    }

    private static void walk(JsonSource source, JsonNode node, String pointer, List<Diagnostic> found) {
        if (node.isTextual()) {
            firstTag(node.asText()).ifPresent(tag -> found.add(Diagnostic.error(source.path(), source.locate(pointer), pointer,
                    Text.of("text.html", tag), Text.of("text.html.hint"))));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(source, node.get(i), pointer + "/" + i, found);
            }
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (!field.getKey().equals("$schema")) {
                    walk(source, field.getValue(), pointer + "/" + field.getKey().replace("~", "~0").replace("/", "~1"), found);
                }
            }
        }
    }
}
