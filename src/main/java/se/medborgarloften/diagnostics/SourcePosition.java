package se.medborgarloften.diagnostics;

/** A 1-based line and column in a source file; 0 means unknown. */
public record SourcePosition(int line, int column) {

    public static final SourcePosition UNKNOWN = new SourcePosition(0, 0);

    /** The position of a character offset in a text, counting lines as an editor does. */
    public static SourcePosition ofOffset(CharSequence text, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new SourcePosition(line, offset - lineStart + 1);
    }
}
