package se.medborgarloften.diagnostics;

import java.util.ArrayList;
import java.util.List;

/** Collects what a stage finds so that every problem is reported at once. */
public final class Diagnostics {

    private final List<Diagnostic> found = new ArrayList<>();

    public void add(Diagnostic diagnostic) {
        found.add(diagnostic);
    }

    public void addAll(List<Diagnostic> diagnostics) {
        found.addAll(diagnostics);
    }

    public boolean hasErrors() {
        return found.stream().anyMatch(Diagnostic::isError);
    }

    public List<Diagnostic> all() {
        return List.copyOf(found);
    }

    /** Ends the stage when anything found is an error. */
    public void throwIfErrors() {
        if (hasErrors()) {
            throw new ContentException(found);
        }
    }
}
