package se.medborgarloften.load;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import se.medborgarloften.diagnostics.Diagnostic;
import se.medborgarloften.diagnostics.SourcePosition;
import se.medborgarloften.diagnostics.Text;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Says what is wrong with a file that is not JSON, in the words of someone who edits texts rather than code.
 * Jackson's own message is written for programmers and only in English, so it is never shown: it tells which
 * kind of mistake the parser met, and the text around the place tells the rest (a comma before a closing
 * bracket, a comma between the digits of a number, the line that follows a line break in a text). The
 * position is moved to where the fix goes when that is known, e.g. to a stray comma rather than the bracket
 * after it. Anything not recognised gets the general message, with the parser's line and column.
 */
final class JsonSyntaxProblem {

    /** Quotation marks a word processor writes, which JSON does not take for quotes. */
    private static final String CURLY_QUOTES = "\u201c\u201d\u201e\u2018\u2019";
    private static final Pattern QUOTED = Pattern.compile("'([^']*)'");
    private static final Pattern OPENED_AT = Pattern.compile("for (Object|Array|root) starting at .*?line: (\\d+)");
    private static final Pattern START_MARKER = Pattern.compile("close marker for (Object|Array) \\(start marker at .*?line: (\\d+)");
    /** A field name and its colon, as the next line starts when a text lacks its closing quotation mark. */
    private static final Pattern NEXT_FIELD = Pattern.compile("^\\s*(\"[^\"]*\"\\s*:|[}\\]])");
    private static final int SNIPPET = 30;

    private final String path;
    private final String text;
    private final String parserMessage;
    private final int line;
    private final int column;
    /** The offset of the character the parser stopped at, or -1 when it is not known. */
    private final int at;

    private JsonSyntaxProblem(String path, String text, JsonProcessingException e) {
        this.path = path;
        this.text = text;
        this.parserMessage = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        JsonLocation location = e.getLocation();
        this.line = location == null ? 0 : Math.max(0, location.getLineNr());
        this.column = location == null ? 0 : Math.max(0, location.getColumnNr());
        long offset = location == null ? -1 : location.getCharOffset();
        this.at = offset >= 0 && offset < text.length() ? (int) offset : -1;
    }

    static Diagnostic describe(String path, String text, JsonProcessingException e) {
        return new JsonSyntaxProblem(path, text, e).describe();
    }

    private Diagnostic describe() {
        String m = parserMessage;
        if (m.startsWith("Illegal unquoted character") && at >= 0) {
            return controlCharacterInText();
        }
        if (m.startsWith("Illegal character") && at >= 0) {
            return here(Text.of("load.json.controlChar", (int) text.charAt(at)), Text.of("load.json.controlChar.hint"));
        }
        if (m.startsWith("Duplicate field")) {
            return duplicateField(quoted(m));
        }
        if (m.startsWith("Unexpected character") && at >= 0) {
            return unexpectedCharacter();
        }
        if (m.startsWith("Unrecognized token")) {
            String word = quoted(m);
            return here(Text.of("load.json.unquotedWord", word), Text.of("load.json.unquotedWord.hint", word));
        }
        if (m.startsWith("Unexpected end-of-input")) {
            return endOfFile();
        }
        if (m.startsWith("Unexpected close marker")) {
            return unexpectedCloser();
        }
        if (m.startsWith("Trailing token")) {
            return here(Text.of("load.json.afterEnd"), Text.of("load.json.afterEnd.hint"));
        }
        if (m.startsWith("Unrecognized character escape")) {
            return here(Text.of("load.json.badEscape", quoted(m)), Text.of("load.json.badEscape.hint"));
        }
        if (m.startsWith("Invalid numeric value: Leading zeroes")) {
            return here(Text.of("load.json.leadingZero"), Text.of("load.json.leadingZero.hint"));
        }
        if (m.contains("in numeric value")) {
            return here(Text.of("load.json.badNumber"), Text.of("load.json.badNumber.hint"));
        }
        return here(Text.of("load.jsonSyntax"), Text.of("load.jsonSyntax.hint"));
    }

    /**
     * Enter, a tab or an invisible character inside a text. A line break is either pressed inside a text,
     * which then goes on on the next line, or the text lacks its closing quotation mark, and the next line
     * starts with the next field or a closing bracket.
     */
    private Diagnostic controlCharacterInText() {
        char c = text.charAt(at);
        if (c == '\t') {
            return here(Text.of("load.json.tabInText"), Text.of("load.json.tabInText.hint"));
        }
        if (c != '\n' && c != '\r') {
            return here(Text.of("load.json.controlChar", (int) c), Text.of("load.json.controlChar.hint"));
        }
        String written = textSoFar();
        if (NEXT_FIELD.matcher(nextNonBlankLine()).find()) {
            return here(Text.of("load.json.unclosedText", written), Text.of("load.json.unclosedText.hint"));
        }
        return here(Text.of("load.json.lineBreakInText", written), Text.of("load.json.lineBreakInText.hint", written));
    }

    /** The end of the text whose line ends at {@link #at}: from its opening quotation mark, at most a few words. */
    private String textSoFar() {
        int start = at;
        while (start > 0 && text.charAt(start - 1) != '\n' && !(text.charAt(start - 1) == '"' && !escaped(start - 1))) {
            start--;
        }
        String written = text.substring(start, at).stripTrailing();
        return written.length() <= SNIPPET ? written : "…" + written.substring(written.length() - SNIPPET).stripLeading();
    }

    /** The text that this closing quotation mark ends, shortened to its last few words. */
    private String textEndingAt(int closingQuote) {
        int start = closingQuote;
        while (start > 0 && text.charAt(start - 1) != '\n' && !(text.charAt(start - 1) == '"' && !escaped(start - 1))) {
            start--;
        }
        String written = text.substring(start, closingQuote);
        return written.length() <= SNIPPET ? written : "…" + written.substring(written.length() - SNIPPET);
    }

    private boolean escaped(int quote) {
        int backslashes = 0;
        for (int i = quote - 1; i >= 0 && text.charAt(i) == '\\'; i--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }

    private String nextNonBlankLine() {
        int i = at;
        while (i < text.length()) {
            int end = text.indexOf('\n', i + 1);
            String next = text.substring(Math.min(text.length(), i + 1), end < 0 ? text.length() : end).replace("\r", "");
            if (!next.isBlank() || end < 0) {
                return next;
            }
            i = end;
        }
        return "";
    }

    /**
     * The parser names the field but not where it was first written, so the file is read again without the
     * check, keeping each group's field names, until the same name comes twice in one group.
     */
    private Diagnostic duplicateField(String name) {
        JsonFactory lenient = JsonFactory.builder().build();
        Deque<Map<String, JsonLocation>> groups = new ArrayDeque<>();
        try (JsonParser parser = lenient.createParser(text)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.START_OBJECT) {
                    groups.push(new HashMap<>());
                } else if (token == JsonToken.END_OBJECT && !groups.isEmpty()) {
                    groups.pop();
                } else if (token == JsonToken.FIELD_NAME && !groups.isEmpty()) {
                    JsonLocation first = groups.peek().putIfAbsent(parser.currentName(), parser.currentTokenLocation());
                    if (first != null && parser.currentName().equals(name)) {
                        JsonLocation second = parser.currentTokenLocation();
                        return Diagnostic.error(path, second.getLineNr(), second.getColumnNr(), "",
                                json(Text.of("load.json.duplicateField", name, first.getLineNr())),
                                Text.of("load.json.duplicateField.hint", name));
                    }
                }
            }
        } catch (IOException e) {
            // The file breaks somewhere after the repeated field too; the parser's position is still right.
        }
        return here(Text.of("load.json.duplicateField", name, line), Text.of("load.json.duplicateField.hint", name));
    }

    private Diagnostic unexpectedCharacter() {
        char c = text.charAt(at);
        int before = previousNonBlank(at);
        char p = before < 0 ? '\0' : text.charAt(before);
        if (CURLY_QUOTES.indexOf(c) >= 0) {
            return here(Text.of("load.json.curlyQuote", String.valueOf(c)), Text.of("load.jsonSyntax.curlyQuotes"));
        }
        if ((c == '}' || c == ']') && p == ',') {
            return at(before, Text.of("load.json.trailingComma", String.valueOf(c)), Text.of("load.json.trailingComma.hint", String.valueOf(c)));
        }
        if ((c == ',' || c == '}' || c == ']') && p == ':') {
            return at(before, Text.of("load.json.missingValue"), Text.of("load.json.missingValue.hint"));
        }
        if (c == ',' && p == ',') {
            return here(Text.of("load.json.doubleComma"), Text.of("load.json.doubleComma.hint"));
        }
        if (c == ',' && (p == '{' || p == '[')) {
            return here(Text.of("load.json.leadingComma", String.valueOf(p)), Text.of("load.json.leadingComma.hint"));
        }
        // A number's own mistakes are on one line; across lines the same characters are a missing comma.
        if (Character.isDigit(c) && p == ',' && endsNumber(previousNonBlank(before)) && sameLine(previousNonBlank(before), at)) {
            int start = numberStart(previousNonBlank(before));
            int end = at;
            while (end < text.length() && Character.isDigit(text.charAt(end))) {
                end++;
            }
            String written = text.substring(start, end);
            String intended = written.replaceAll("\\s", "").replace(',', '.');
            return at(start, Text.of("load.json.decimalComma", written), Text.of("load.json.decimalComma.hint", intended));
        }
        if (Character.isDigit(c) && endsNumber(before) && sameLine(before, at)) {
            int start = numberStart(before);
            int end = at;
            while (end < text.length() && (Character.isDigit(text.charAt(end)) || text.charAt(end) == ' ')) {
                end++;
            }
            String written = text.substring(start, end).strip();
            return at(start, Text.of("load.json.spaceInNumber", written),
                    Text.of("load.json.spaceInNumber.hint", written.replace(" ", "")));
        }
        if ((Character.isLetter(c) || c == '%') && endsNumber(before) && sameLine(before, at)) {
            String number = text.substring(numberStart(before), before + 1);
            return here(Text.of("load.json.afterNumber", number, String.valueOf(c)), Text.of("load.json.afterNumber.hint", number));
        }
        if (parserMessage.contains("was expecting a colon")) {
            return here(Text.of("load.json.missingColon"), Text.of("load.json.missingColon.hint"));
        }
        if (Character.isLetterOrDigit(c) && p == '"' && sameLine(before, at)) {
            // A word straight after a text: a quotation mark inside the text ended it, or one is missing before.
            int end = at;
            while (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
                end++;
            }
            return here(Text.of("load.json.quoteInText", textEndingAt(before), text.substring(at, end)),
                    Text.of("load.json.quoteInText.hint"));
        }
        if (parserMessage.contains("was expecting comma to separate")) {
            // The comma belongs after the value before, usually at the end of the line above.
            return at(before, Text.of("load.json.missingComma"), Text.of("load.json.missingComma.hint", line));
        }
        if (c == '\'') {
            return here(Text.of("load.json.singleQuotes"), Text.of("load.json.singleQuotes.hint"));
        }
        if (c == '/' && parserMessage.contains("comment")) {
            return here(Text.of("load.json.comment"), Text.of("load.json.comment.hint"));
        }
        if (parserMessage.contains("double-quote to start field name") && Character.isLetter(c)) {
            return here(Text.of("load.json.unquotedName"), Text.of("load.json.unquotedName.hint"));
        }
        return here(Text.of("load.json.unexpected", String.valueOf(c)), Text.of("load.jsonSyntax.hint"));
    }

    private Diagnostic endOfFile() {
        Matcher opened = START_MARKER.matcher(parserMessage);
        if (opened.find()) {
            boolean list = opened.group(1).equals("Array");
            return here(Text.of("load.json.unclosed", list ? "[" : "{", Integer.parseInt(opened.group(2))),
                    Text.of("load.json.unclosed.hint", list ? "]" : "}", Integer.parseInt(opened.group(2))));
        }
        if (parserMessage.contains("String value")) {
            return here(Text.of("load.json.endInText"), Text.of("load.json.unclosedText.hint"));
        }
        return here(Text.of("load.json.endTooSoon"), Text.of("load.jsonSyntax.hint"));
    }

    private Diagnostic unexpectedCloser() {
        String closer = quoted(parserMessage);
        Matcher opened = OPENED_AT.matcher(parserMessage);
        if (!opened.find() || opened.group(1).equals("root")) {
            return here(Text.of("load.json.extraCloser", closer), Text.of("load.json.extraCloser.hint", closer));
        }
        boolean list = opened.group(1).equals("Array");
        int openedOn = Integer.parseInt(opened.group(2));
        return here(Text.of("load.json.wrongCloser", closer, list ? "[" : "{", openedOn),
                Text.of("load.json.wrongCloser.hint", list ? "]" : "}", openedOn, closer));
    }

    private boolean sameLine(int from, int to) {
        return text.substring(from, to).indexOf('\n') < 0;
    }

    private boolean endsNumber(int index) {
        return index >= 0 && Character.isDigit(text.charAt(index)) && !insideText(index);
    }

    /** Whether the line has an odd number of quotation marks before this character. */
    private boolean insideText(int index) {
        int quotes = 0;
        for (int i = text.lastIndexOf('\n', index) + 1; i < index; i++) {
            if (text.charAt(i) == '"' && !escaped(i)) {
                quotes++;
            }
        }
        return quotes % 2 == 1;
    }

    private int numberStart(int last) {
        int start = last;
        while (start > 0 && (Character.isDigit(text.charAt(start - 1)) || text.charAt(start - 1) == '.'
                || text.charAt(start - 1) == '-')) {
            start--;
        }
        return start;
    }

    private int previousNonBlank(int index) {
        int i = index - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        return i;
    }

    private static String quoted(String message) {
        Matcher m = QUOTED.matcher(message);
        return m.find() ? m.group(1) : "";
    }

    /** At the place the parser stopped. */
    private Diagnostic here(Text message, Text hint) {
        return Diagnostic.error(path, line, column, "", json(message), hint);
    }

    /** At another character, where the fix goes. */
    private Diagnostic at(int offset, Text message, Text hint) {
        if (offset < 0) {
            return here(message, hint);
        }
        SourcePosition position = SourcePosition.ofOffset(text, offset);
        return Diagnostic.error(path, position.line(), position.column(), "", json(message), hint);
    }

    /** Every message says first that the file is not JSON, the words an editor meets in the guide. */
    private static Text json(Text message) {
        return message.key().equals("load.jsonSyntax") ? message : Text.of("load.json", message);
    }
}
