package se.medborgarloften.validate;

import java.util.regex.Pattern;

/**
 * The parts a text of AsciiDoc is made of, counted: paragraphs (a delimited block counts as one), list items
 * and headings. A translation has the same parts as its original (CONTRIBUTING asks for it), so a translation
 * whose count differs has probably lost or gained a part, such as a paragraph cut while editing.
 */
record ProseShape(int paragraphs, int listItems, int headings) {

    private static final Pattern DELIMITER = Pattern.compile("-{4,}|\\.{4,}|={4,}|_{4,}|\\*{4,}|\\+{4,}|/{4,}|\\|===");
    private static final Pattern HEADING = Pattern.compile("={1,6}\\s+\\S.*");
    private static final Pattern LIST_ITEM = Pattern.compile("\\s*(\\*+|-|\\.+|\\d+\\.)\\s+\\S.*");
    /** Lines that belong to the block after them rather than being text: attributes, block attributes, titles. */
    private static final Pattern BLOCK_METADATA = Pattern.compile(":[\\w-]+:.*|\\[.*]|\\.\\S.*");

    static ProseShape of(String asciidoc) {
        int paragraphs = 0;
        int listItems = 0;
        int headings = 0;
        boolean inParagraph = false;
        String openDelimiter = null;
        for (String raw : asciidoc.split("\n", -1)) {
            String line = raw.stripTrailing();
            if (openDelimiter != null) {
                if (line.equals(openDelimiter)) {
                    openDelimiter = null;
                }
                continue;
            }
            if (DELIMITER.matcher(line).matches()) {
                openDelimiter = line;
                paragraphs++;
                inParagraph = false;
            } else if (line.isBlank() || line.startsWith("//")) {
                inParagraph = false;
            } else if (HEADING.matcher(line).matches()) {
                headings++;
                inParagraph = false;
            } else if (LIST_ITEM.matcher(line).matches()) {
                listItems++;
                inParagraph = false;
            } else if (!inParagraph && !BLOCK_METADATA.matcher(line).matches()) {
                paragraphs++;
                inParagraph = true;
            }
        }
        return new ProseShape(paragraphs, listItems, headings);
    }

    boolean isEmpty() {
        return paragraphs == 0 && listItems == 0 && headings == 0;
    }
}
