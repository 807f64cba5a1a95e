package se.medborgarloften.diagnostics;

import java.util.Comparator;

/**
 * One problem found in the content, pointing at the file, line and column a person has to open, what is
 * wrong there and what to do about it, in the reader's language.
 *
 * @param file   path relative to the project, with forward slashes, e.g. content/areas/rosengard/area.json
 * @param line   1-based; 0 when the problem concerns the whole file
 * @param column 1-based; 0 when unknown
 * @param field  where in the file, a JSON pointer such as /commitments/3/actors/0; may be empty
 */
public record Diagnostic(Severity severity, String file, int line, int column, String field, Text messageText,
                         Text hintText) {

    public enum Severity { ERROR, WARNING }

    public static final Comparator<Diagnostic> ORDER = Comparator.comparing(Diagnostic::file)
            .thenComparingInt(Diagnostic::line).thenComparingInt(Diagnostic::column)
            .thenComparing(d -> d.messageText().key());

    public Diagnostic {
        field = field == null ? "" : field;
    }

    public static Diagnostic error(String file, int line, int column, String field, Text message, Text hint) {
        return new Diagnostic(Severity.ERROR, file, line, column, field, message, hint);
    }

    public static Diagnostic error(String file, SourcePosition at, String field, Text message, Text hint) {
        return error(file, at.line(), at.column(), field, message, hint);
    }

    public static Diagnostic warning(String file, int line, int column, String field, Text message, Text hint) {
        return new Diagnostic(Severity.WARNING, file, line, column, field, message, hint);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The same problem as an error, for --strict. */
    public Diagnostic asError() {
        return new Diagnostic(Severity.ERROR, file, line, column, field, messageText, hintText);
    }

    public Diagnostic asWarning() {
        return new Diagnostic(Severity.WARNING, file, line, column, field, messageText, hintText);
    }

    /** The message in English, for logs and tests. */
    public String message() {
        return messageText.in("en");
    }

    public String hint() {
        return hintText == null ? "" : hintText.in("en");
    }

    /** The form compilers use, so editors and CI can jump to the line: file:line:column: error: message. */
    public String format(String language) {
        StringBuilder s = new StringBuilder(file);
        if (line > 0) {
            s.append(':').append(line);
            if (column > 0) {
                s.append(':').append(column);
            }
        }
        s.append(": ").append(Text.of(isError() ? "severity.error" : "severity.warning").in(language))
                .append(": ").append(messageText.in(language));
        if (!field.isEmpty()) {
            s.append(" [").append(Text.of("at", readableField(language)).in(language)).append(']');
        }
        if (hintText != null) {
            s.append("\n    ").append(Text.of("whatToDo").in(language)).append(": ").append(hintText.in(language));
        }
        return s.toString();
    }

    /**
     * The field as an editor finds it in the file: "commitments no. 1 › target › value" for the JSON pointer
     * /commitments/0/target/value, whose items count from 0 as no one counts them in a list.
     */
    String readableField(String language) {
        StringBuilder s = new StringBuilder();
        for (String step : field.substring(field.startsWith("/") ? 1 : 0).split("/", -1)) {
            String name = step.replace("~1", "/").replace("~0", "~");
            if (!name.isEmpty() && name.chars().allMatch(Character::isDigit) && name.length() < 10) {
                s.append(s.length() == 0 ? "" : " ").append(Text.of("at.item", Integer.parseInt(name) + 1).in(language));
            } else {
                s.append(s.length() == 0 ? "" : " › ").append(name);
            }
        }
        return s.toString();
    }

    /** A GitHub Actions workflow command, which shows the problem on the changed line of a pull request. */
    public String formatForGitHub(String language) {
        String text = messageText.in(language) + (hintText == null ? "" : " " + Text.of("whatToDo").in(language)
                + ": " + hintText.in(language));
        return "::" + (isError() ? "error" : "warning") + " file=" + escapeProperty(file)
                + (line > 0 ? ",line=" + line : "") + (column > 0 ? ",col=" + column : "")
                + ",title=" + escapeProperty(Text.of("severity.title").in(language)) + "::" + escapeData(text);
    }

    private static String escapeData(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    private static String escapeProperty(String s) {
        return escapeData(s).replace(":", "%3A").replace(",", "%2C");
    }
}
