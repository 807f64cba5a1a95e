package se.medborgarloften.support;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.util.Iterator;
import java.util.Map;

/**
 * The layout of the content's JSON files: Python's {@code json.dumps(value, indent=2, ensure_ascii=False)} and a
 * final newline. Whatever writes a content file writes it so, so that a diff shows only what changed.
 */
public final class CanonicalJson {

    private CanonicalJson() {
    }

    public static String write(JsonNode node) {
        StringBuilder out = new StringBuilder();
        write(node, 0, out);
        return out.append('\n').toString();
    }

    /** Whether this text is laid out as {@link #write} lays it out: only then can a program rewrite it line for line. */
    public static boolean isCanonical(String text, JsonNode parsed) {
        return write(parsed).equals(text);
    }

    private static void write(JsonNode node, int depth, StringBuilder out) {
        if (node.isObject()) {
            if (node.isEmpty()) {
                out.append("{}");
                return;
            }
            out.append('{');
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            boolean first = true;
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                out.append(first ? "\n" : ",\n");
                first = false;
                indent(depth + 1, out);
                string(field.getKey(), out);
                out.append(": ");
                write(field.getValue(), depth + 1, out);
            }
            out.append('\n');
            indent(depth, out);
            out.append('}');
        } else if (node.isArray()) {
            if (node.isEmpty()) {
                out.append("[]");
                return;
            }
            out.append('[');
            boolean first = true;
            for (JsonNode item : node) {
                out.append(first ? "\n" : ",\n");
                first = false;
                indent(depth + 1, out);
                write(item, depth + 1, out);
            }
            out.append('\n');
            indent(depth, out);
            out.append(']');
        } else if (node.isTextual()) {
            string(node.textValue(), out);
        } else if (node.isIntegralNumber()) {
            out.append(node.bigIntegerValue());
        } else if (node.isNumber()) {
            out.append(pythonFloat(node.doubleValue()));
        } else if (node.isBoolean()) {
            out.append(node.booleanValue());
        } else {
            out.append("null");
        }
    }

    /** Python's repr of a float: "25.0", "2.5", "1e-05", "1e+16". */
    public static String pythonFloat(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e16) {
            return new BigDecimal(value).toPlainString() + ".0";
        }
        String java = Double.toString(value);
        int e = java.indexOf('E');
        if (e < 0) {
            return java;
        }
        String mantissa = java.substring(0, e).replaceAll("\\.0$", "");
        int exponent = Integer.parseInt(java.substring(e + 1));
        return mantissa + "e" + (exponent < 0 ? "-" : "+") + String.format("%02d", Math.abs(exponent));
    }

    private static void indent(int depth, StringBuilder out) {
        out.append("  ".repeat(depth));
    }

    private static void string(String text, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
