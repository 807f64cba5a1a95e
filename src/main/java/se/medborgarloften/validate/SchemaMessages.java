package se.medborgarloften.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.ValidationMessage;
import se.medborgarloften.diagnostics.Text;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a schema problem means to someone who edits the content: the kinds of value in everyday words (a text,
 * a whole number, a list) rather than the schema's (string, integer, array), and for a value that is not
 * written as its field requires, what the field takes, said in words and with an example.
 */
final class SchemaMessages {

    /**
     * Every pattern in schema/ and the words that say what it asks for. Keyed by the pattern itself, so that a
     * field written inline ({"pattern": "^https://"}) is explained as well as one that refers to a definition;
     * a test checks that each pattern in schema/ is here.
     */
    static final Map<String, String> PATTERNS = Map.ofEntries(
            Map.entry("^[a-z0-9]+(-[a-z0-9]+)*$", "format.id"),
            Map.entry("^[a-z]{2}$", "format.languageCode"),
            Map.entry("\\S", "format.notBlank"),
            Map.entry("^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01])(T([01][0-9]|2[0-3]):[0-5][0-9])?)?)?$", "format.partialDate"),
            Map.entry("^[0-9]{4}((-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)|(-Q[1-4]))?$", "format.timeReference"),
            Map.entry("^https://", "format.httpsUrl"),
            Map.entry("^[0-9]{4}(-[0-9]{4})?$", "format.periodFolder"),
            Map.entry("^[a-z]{2}/([a-z0-9-]+/)*$", "format.sitePath"),
            Map.entry("^https?://[^\\s]+/$", "format.baseUrl"),
            Map.entry("^[a-z]{2}-[A-Z]{2}$", "format.locale"),
            Map.entry("^(https://|tel:|mailto:)", "format.contactUrl"));

    /** The validator's names for kinds of value, as the messages' keys name them. */
    private static final Map<String, String> KINDS = Map.of("string", "text", "integer", "integer", "number", "number",
            "boolean", "boolean", "array", "array", "object", "object", "null", "null");
    private static final Pattern NUMBER_IN_TEXT = Pattern.compile("-?\\d+([.,]\\d+)?");
    private static final int LONGEST_VALUE = 40;

    /** Schema files by address, read once for the descriptions of fields whose pattern is not in the table. */
    private final Map<String, JsonNode> schemaDocuments = new ConcurrentHashMap<>();

    Text describe(ValidationMessage message) {
        return switch (message.getType()) {
            case "required" -> Text.of("schema.required", message.getProperty());
            case "additionalProperties", "unevaluatedProperties" -> Text.of("schema.additionalProperties", argument(message, 0));
            case "enum" -> Text.of("schema.enum", value(message), message.getSchemaNode() == null ? "" : message.getSchemaNode().toString());
            case "type" -> Text.of("schema.type", isLocalizedText(message) ? Text.of("kind.localizedText") : expectedKind(message),
                    actualKind(message));
            case "pattern" -> "format.notBlank".equals(PATTERNS.get(pattern(message))) ? Text.of("schema.blank")
                    : Text.of("schema.pattern", message.getInstanceNode() == null ? "" : message.getInstanceNode().asText());
            case "minItems" -> Text.of("schema.minItems", argument(message, 0));
            case "uniqueItems" -> Text.of("schema.uniqueItems");
            case "minLength" -> Text.of("schema.minLength");
            case "minimum" -> Text.of("schema.minimum", value(message), bound(message));
            case "minProperties" -> Text.of("schema.minProperties");
            default -> Text.of("schema.other", withoutPointer(message));
        };
    }

    Text hint(ValidationMessage message) {
        return switch (message.getType()) {
            case "required" -> Text.of("schema.required.hint", message.getProperty());
            case "additionalProperties", "unevaluatedProperties" -> Text.of("schema.additionalProperties.hint");
            case "enum" -> Text.of("schema.enum.hint");
            case "pattern" -> patternHint(message);
            case "type" -> typeHint(message);
            case "minItems" -> Text.of("schema.minItems.hint");
            case "uniqueItems" -> Text.of("schema.uniqueItems.hint");
            case "minLength" -> Text.of("schema.minLength.hint");
            case "minimum" -> Text.of("schema.minimum.hint", bound(message));
            case "minProperties" -> Text.of("schema.minProperties.hint");
            default -> Text.of("schema.other.hint");
        };
    }

    /** "a whole number", "a list [ … ]": what the field takes. */
    private static Text expectedKind(ValidationMessage message) {
        String kind = argument(message, 1);
        return KINDS.containsKey(kind) ? Text.of("kind." + KINDS.get(kind)) : Text.of("kind.other", kind);
    }

    /** What is written instead, with the value itself when it is short enough to recognise. */
    private static Text actualKind(ValidationMessage message) {
        String kind = argument(message, 0);
        JsonNode node = message.getInstanceNode();
        if (node == null || node.isContainerNode() || node.isNull() || !KINDS.containsKey(kind)) {
            return KINDS.containsKey(kind) ? Text.of("kind." + KINDS.get(kind)) : Text.of("kind.other", kind);
        }
        // The validator calls a number with decimals "number"; a whole number is "integer".
        String written = kind.equals("number") ? "decimal" : KINDS.get(kind);
        return Text.of("kind." + written + ".written", value(message));
    }

    /** Advice for the kind of value the field takes, given what was written instead. */
    private static Text typeHint(ValidationMessage message) {
        String expected = argument(message, 1);
        String actual = argument(message, 0);
        JsonNode node = message.getInstanceNode();
        if (node == null) {
            return Text.of("schema.type.hint");
        }
        if (node.isNull()) {
            return Text.of("schema.type.hint.null");
        }
        return switch (expected) {
            case "integer" -> {
                if (actual.equals("number")) {
                    yield Text.of("schema.type.hint.wholeNotDecimal", (long) Math.floor(node.asDouble()), (long) Math.ceil(node.asDouble()));
                }
                Matcher number = node.isTextual() ? NUMBER_IN_TEXT.matcher(node.asText()) : null;
                if (number != null && number.find() && number.group(1) == null) {
                    yield Text.of("schema.type.hint.numberFromText", number.group());
                }
                yield Text.of("schema.type.hint.integer");
            }
            case "number" -> Text.of("schema.type.hint.number");
            case "string" -> node.isValueNode() ? Text.of("schema.type.hint.quote", node.asText())
                    : Text.of("schema.type.hint.string");
            case "array" -> node.isValueNode() ? Text.of("schema.type.hint.listOf", node.toString())
                    : Text.of("schema.type.hint.array");
            case "object" -> isLocalizedText(message)
                    ? Text.of("schema.type.hint.localizedText", node.isValueNode() ? node.toString() : "\"…\"")
                    : Text.of("schema.type.hint.object");
            case "boolean" -> Text.of("schema.type.hint.boolean");
            default -> Text.of("schema.type.hint");
        };
    }

    /**
     * The group that holds a text in every language, { "sv": …, "en": … }, which an editor may write as a single
     * text; not the texts inside it, whose checks sit deeper in the same definition.
     */
    private static boolean isLocalizedText(ValidationMessage message) {
        return message.getSchemaLocation() != null && message.getSchemaLocation().toString().endsWith("/localizedText/type");
    }

    /** Known patterns have their own explanation in every language; others quote the schema's description. */
    private Text patternHint(ValidationMessage message) {
        String location = message.getSchemaLocation().toString();
        // A slug is written as an id but is part of an address, which its own words say.
        if (location.contains("/slugs/")) {
            return Text.of("format.slugs");
        }
        String known = PATTERNS.get(pattern(message));
        if (known != null) {
            return Text.of(known);
        }
        String description = fieldDescription(message);
        return description.isEmpty() ? Text.of("schema.other.hint") : Text.of("schema.pattern.described", description);
    }

    private static String pattern(ValidationMessage message) {
        return message.getSchemaNode() != null && message.getSchemaNode().isTextual() ? message.getSchemaNode().asText()
                : argument(message, 0);
    }

    private static String bound(ValidationMessage message) {
        return message.getSchemaNode() == null ? argument(message, 0) : message.getSchemaNode().asText();
    }

    /** The value as written in the file, shortened when long. */
    private static String value(ValidationMessage message) {
        String written = message.getInstanceNode() == null ? "" : message.getInstanceNode().toString();
        return written.length() <= LONGEST_VALUE ? written : written.substring(0, LONGEST_VALUE) + "…";
    }

    private static String argument(ValidationMessage message, int index) {
        Object[] arguments = message.getArguments();
        return arguments != null && arguments.length > index ? String.valueOf(arguments[index]) : "";
    }

    private static String withoutPointer(ValidationMessage message) {
        String text = message.getMessage();
        String prefix = message.getInstanceLocation().toString() + ": ";
        return text.startsWith(prefix) ? text.substring(prefix.length()) : text;
    }

    /** The "description" the schema gives the failing field, which says in plain words what it holds. */
    private String fieldDescription(ValidationMessage message) {
        SchemaLocation location = message.getSchemaLocation();
        JsonNode node = schemaDocuments.computeIfAbsent(location.getAbsoluteIri().toString(), iri -> {
            try {
                return new ObjectMapper().readTree(Path.of(URI.create(iri)).toFile());
            } catch (IOException | IllegalArgumentException e) {
                return MissingNode.getInstance();
            }
        });
        JsonNodePath fragment = location.getFragment();
        // The fragment ends in the failing keyword ("…/partialDate/pattern"); its parent holds the description.
        for (int i = 0; i < fragment.getNameCount() - 1; i++) {
            Object element = fragment.getElement(i);
            node = element instanceof Integer index ? node.path(index) : node.path(element.toString());
        }
        return node.path("description").asText("");
    }
}
