package se.medborgarloften.render;

import se.medborgarloften.diagnostics.Text;

import java.util.List;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Asciidoctor's warnings, said to someone who writes the text rather than to someone who knows AsciiDoc's
 * grammar: which line, what the page would get wrong, and what to write instead. The common ones are those
 * Asciidoctor 2.0 logs about headings, blocks, lists, tables, includes and attributes; any other keeps
 * Asciidoctor's own words as something to show a person who knows AsciiDoc.
 */
final class AsciidoctorMessages {

    /** A message and what to do about it. */
    record Problem(Text message, Text hint) {
    }

    /** The text of the file, for the line Asciidoctor names, and the line. */
    private record Where(String[] lines, int line) {

        /** The line as written, without its spaces at either end; empty when there is no such line. */
        String written() {
            return line >= 1 && line <= lines.length ? lines[line - 1].strip() : "";
        }
    }

    private record Known(Pattern pattern, BiFunction<Matcher, Where, Problem> problem) {
    }

    private static final List<Known> KNOWN = List.of(
            known("section title out of sequence: expected levels? (?:\\d+ or )?(\\d+), got level (\\d+)",
                    AsciidoctorMessages::headingLevel),
            known("unterminated (\\w+) block", (m, at) -> {
                String opening = at.written().isEmpty() ? m.group(1) : at.written();
                return new Problem(Text.of("prose.adoc.unterminated", opening),
                        Text.of("prose.adoc.unterminated.hint", opening, at.line()));
            }),
            known("include file not found: (.+)", (m, at) -> new Problem(Text.of("prose.adoc.includeNotFound", m.group(1)),
                    Text.of("prose.adoc.includeNotFound.hint"))),
            known("(?:skipping reference to|dropping line containing reference to) missing attribute: (\\S+)",
                    (m, at) -> new Problem(Text.of("prose.adoc.missingAttribute", "{" + m.group(1) + "}"),
                            Text.of("prose.adoc.missingAttribute.hint", "{" + m.group(1) + "}"))),
            known("list item index: expected (\\S+), got (\\S+)", (m, at) -> new Problem(
                    Text.of("prose.adoc.listNumber", m.group(2), m.group(1)), Text.of("prose.adoc.listNumber.hint"))),
            known("id assigned to (?:block|anchor|section|bibliography anchor) already in use: (\\S+)",
                    (m, at) -> new Problem(Text.of("prose.adoc.duplicateAnchor", m.group(1)), Text.of("prose.adoc.duplicateAnchor.hint"))),
            known("dropping cells from incomplete row", (m, at) -> new Problem(Text.of("prose.adoc.tableRowShort"),
                    Text.of("prose.adoc.tableRowShort.hint"))),
            known("dropping cell because it exceeds specified number of columns", (m, at) -> new Problem(
                    Text.of("prose.adoc.tableRowLong"), Text.of("prose.adoc.tableRowLong.hint"))),
            known("table missing leading separator", (m, at) -> new Problem(Text.of("prose.adoc.tableSeparator"),
                    Text.of("prose.adoc.tableSeparator.hint"))),
            known("level 0 sections can only be used when doctype is book", (m, at) -> new Problem(
                    Text.of("prose.adoc.levelZero", at.written()), Text.of("prose.adoc.levelZero.hint"))));

    private AsciidoctorMessages() {
    }

    /**
     * @param message Asciidoctor's message, with paths already relative to the project
     * @param lines   the text Asciidoctor converted
     * @param line    the line the message is about, 1-based; 0 when unknown
     */
    static Problem translate(String message, String[] lines, int line) {
        for (Known known : KNOWN) {
            Matcher m = known.pattern().matcher(message);
            if (m.find()) {
                return known.problem().apply(m, new Where(lines, line));
            }
        }
        return new Problem(Text.of("prose.asciidoc", message), Text.of("prose.asciidoc.hint", message));
    }

    /**
     * A heading more than one level below the one above: Asciidoctor counts levels from 0, written with one
     * more equals sign than the level, so the level it expected is written with level + 1 of them.
     */
    private static Problem headingLevel(Matcher m, Where at) {
        int expected = Integer.parseInt(m.group(1));
        int got = Integer.parseInt(m.group(2));
        String heading = at.written().isEmpty() ? "=".repeat(got + 1) : at.written();
        String written = "=".repeat(got + 1);
        String instead = "=".repeat(expected + 1);
        if (expected <= 1) {
            // Nothing above but the page's own title, which the text does not write.
            return new Problem(Text.of("prose.adoc.firstHeadingTooDeep", heading, instead),
                    Text.of("prose.adoc.headingLevel.hint", instead, written));
        }
        return new Problem(Text.of("prose.adoc.headingLevel", heading, "=".repeat(expected), instead),
                Text.of("prose.adoc.headingLevel.sameLevelHint", instead, written, "=".repeat(expected)));
    }

    private static Known known(String pattern, BiFunction<Matcher, Where, Problem> problem) {
        return new Known(Pattern.compile(pattern), problem);
    }
}
