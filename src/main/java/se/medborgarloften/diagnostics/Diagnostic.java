package se.medborgarloften.diagnostics;

import java.util.Comparator;

/**
 * One problem found in the content, pointing at the file, line and column a person has to open, what is
 * wrong there and what to do about it.
 *
 * @param file   path relative to the project, with forward slashes, e.g. content/areas/rosengard/area.json
 * @param line   1-based; 0 when the problem concerns the whole file
 * @param column 1-based; 0 when unknown
 * @param field  where in the file, e.g. a JSON pointer such as /commitments/3/actors/0; may be empty
 */
public record Diagnostic(Severity severity, String file, int line, int column, String field, String message,
                         String hint) {

    public enum Severity { ERROR, WARNING }

    public static final Comparator<Diagnostic> ORDER = Comparator.comparing(Diagnostic::file)
            .thenComparingInt(Diagnostic::line).thenComparingInt(Diagnostic::column)
            .thenComparing(Diagnostic::message);

    public static Diagnostic error(String file, int line, int column, String field, String message, String hint) {
        return new Diagnostic(Severity.ERROR, file, line, column, field == null ? "" : field, message,
                hint == null ? "" : hint);
    }

    public static Diagnostic error(String file, SourcePosition at, String field, String message, String hint) {
        return error(file, at.line(), at.column(), field, message, hint);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The form compilers use, so editors and CI can jump to the line: file:line:column: error: message. */
    public String format() {
        StringBuilder s = new StringBuilder(file);
        if (line > 0) {
            s.append(':').append(line);
            if (column > 0) {
                s.append(':').append(column);
            }
        }
        s.append(": ").append(severity == Severity.ERROR ? "error" : "warning").append(": ").append(message);
        if (!field.isEmpty()) {
            s.append(" [at ").append(field).append(']');
        }
        if (!hint.isEmpty()) {
            s.append("\n    What to do: ").append(hint);
        }
        return s.toString();
    }
}
