package se.medborgarloften.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The text of a source document as the editors archived it in content/sources/, because the page it came from
 * is overwritten every year. Passages quoted from it are found whatever the line breaks and spaces between
 * their words, and each is placed on the line where it begins, so that a page can link to that line.
 */
public final class ArchivedSource {

    private final String name;
    private final String path;
    private final String text;
    private final List<String> lines;
    private final String flattened;
    /** For each character of {@link #flattened}, the 1-based line of the text it came from. */
    private final int[] lineOfChar;

    /**
     * @param name the file's name in content/sources/, e.g. 000_99f449e3ac090733.txt: what a source's
     *             "reference" names
     * @param path relative to the project
     */
    public ArchivedSource(String name, String path, String text) {
        this.name = name;
        this.path = path;
        this.text = text;
        this.lines = List.of(text.split("\r?\n", -1));
        this.lineOfChar = new int[text.length()];
        this.flattened = flatten(text, lineOfChar);
    }

    public String name() {
        return name;
    }

    /** The name without ".txt": the last part of the source's address on the site. */
    public String slug() {
        return name.endsWith(".txt") ? name.substring(0, name.length() - 4) : name;
    }

    public String path() {
        return path;
    }

    public String text() {
        return text;
    }

    /** The text's lines, numbered from 1 by their place in this list plus one. */
    public List<String> lines() {
        return lines;
    }

    /** The lines that hold text, with their numbers: what a page shows, each line an anchor to link to. */
    public List<NumberedLine> numberedLines() {
        List<NumberedLine> numbered = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                numbered.add(new NumberedLine(i + 1, lines.get(i).strip()));
            }
        }
        return numbered;
    }

    /** The 1-based line on which the passage begins, or 0 when the text does not contain it. */
    public int lineOf(String passage) {
        String wanted = flatten(passage);
        if (wanted.isEmpty()) {
            return 0;
        }
        int at = flattened.indexOf(wanted);
        return at < 0 ? 0 : lineOfChar[at];
    }

    /**
     * The line on which the passage begins nearest to another line: the last occurrence on or before it, else the
     * first after it; 0 when the text does not contain the passage. A short passage (an actor's name) occurs in many
     * places, and the one meant is the one beside the rest of its item.
     */
    public int lineOf(String passage, int near) {
        String wanted = flatten(passage);
        if (wanted.isEmpty()) {
            return 0;
        }
        int best = 0;
        for (int at = flattened.indexOf(wanted); at >= 0; at = flattened.indexOf(wanted, at + 1)) {
            int line = lineOfChar[at];
            if (line > near) {
                return best != 0 ? best : line;
            }
            best = line;
        }
        return best;
    }

    /** The text with every run of spaces, tabs and line breaks made one space, and none at either end. */
    public static String flatten(String text) {
        return flatten(text, null);
    }

    /** As {@link #flatten(String)}, noting for each character kept the 1-based line it came from, if asked. */
    private static String flatten(String text, int[] lineOfChar) {
        StringBuilder flat = new StringBuilder(text.length());
        int line = 1;
        boolean space = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
            }
            if (isSpace(c)) {
                space = true;
                continue;
            }
            if (space && flat.length() > 0) {
                note(lineOfChar, flat.length(), line);
                flat.append(' ');
            }
            space = false;
            note(lineOfChar, flat.length(), line);
            flat.append(c);
        }
        return flat.toString();
    }

    private static void note(int[] lineOfChar, int at, int line) {
        if (lineOfChar != null) {
            lineOfChar[at] = line;
        }
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    public record NumberedLine(int number, String text) {
    }
}
