package se.medborgarloften.diagnostics;

import java.util.List;

/** Thrown by a pipeline stage that found errors; carries all of them, not just the first. */
public class ContentException extends RuntimeException {

    private final List<Diagnostic> diagnostics;

    public ContentException(List<Diagnostic> diagnostics) {
        super(diagnostics.size() + " problem(s) in the content, first: "
                + (diagnostics.isEmpty() ? "none" : diagnostics.get(0).format("en")));
        this.diagnostics = diagnostics.stream().sorted(Diagnostic.ORDER).toList();
    }

    public ContentException(Diagnostic diagnostic) {
        this(List.of(diagnostic));
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }
}
