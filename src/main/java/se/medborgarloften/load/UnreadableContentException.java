package se.medborgarloften.load;

import se.medborgarloften.diagnostics.ContentException;
import se.medborgarloften.diagnostics.Diagnostic;

import java.util.List;

/**
 * Some files under content/ could not be read (not JSON, not UTF-8, not a file the content model knows). It
 * also carries the files that could, so that they can still be checked on their own and every problem an
 * editor has to mend is reported at once, not one broken file per build.
 */
public final class UnreadableContentException extends ContentException {

    private final transient LoadedContent readable;

    UnreadableContentException(List<Diagnostic> diagnostics, LoadedContent readable) {
        super(diagnostics);
        this.readable = readable;
    }

    /** The files that were read; what looks across files (references, translations) cannot be checked yet. */
    public LoadedContent readable() {
        return readable;
    }
}
