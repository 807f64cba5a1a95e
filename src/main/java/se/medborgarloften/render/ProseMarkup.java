package se.medborgarloften.render;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Asciidoctor's HTML made fit for the site's pages, which Asciidoctor knows nothing of: their
 * Content-Security-Policy refuses inline styles, one page may show two texts (a promise and its follow-up),
 * a table wider than a phone must scroll inside a region of its own, links to other sites must not get
 * a handle on the page, and a passage in another language must say which.
 */
final class ProseMarkup {

    private static final Pattern WIDTH = Pattern.compile("width:\\s*(\\d+(?:\\.\\d+)?)%;?");
    private static final String FOOTNOTE = "_footnotedef_";
    private static final String FOOTNOTE_REFERENCE = "_footnoteref_";
    /** The first reference to a named footnote (footnote:NAME[…]). */
    private static final String NAMED_FOOTNOTE = "_footnote_";
    /** A class that may be a role named by a language's code, such as [.sv]#…#: a passage in another language. */
    private static final Pattern TWO_LETTER_CLASS = Pattern.compile("class=\"(?:[^\"]*\\s)?[a-z]{2}(?:\\s[^\"]*)?\"");

    private ProseMarkup() {
    }

    /**
     * Turns the widths Asciidoctor writes as styles on a table and its columns (from `cols="1,2"` or
     * `width=50%`, and equal widths when nothing is said) into classes in steps of 5 %, which the stylesheet
     * sizes. Before the markup is checked, since the style is Asciidoctor's, not the writer's.
     *
     * @return whether anything changed
     */
    static boolean widthsAsClasses(Document fragment) {
        boolean changed = false;
        for (Element element : fragment.select("table[style], col[style]")) {
            Matcher width = WIDTH.matcher(element.attr("style").strip());
            if (width.matches()) {
                long percent = Math.max(5, Math.min(100, Math.round(Double.parseDouble(width.group(1)) / 5) * 5));
                element.removeAttr("style").addClass("width-" + percent);
                changed = true;
            }
        }
        return changed;
    }

    /**
     * After the markup is checked: footnotes with ids named after the text they are in ("promise", "follow-up"),
     * which Asciidoctor numbers from 1 in every text, and a link title in the text's language; every table in a
     * region that scrolls sideways, which the keyboard can reach and a screen reader can name; links to other
     * sites with rel="noopener".
     *
     * @return whether anything changed
     */
    static boolean fitForPage(Document fragment, String html, String textName, ProseLabels labels) {
        // Most texts are paragraphs and lists: the HTML tells at once which of these can apply.
        boolean footnotes = html.contains("_footnote") && footnotesOf(fragment, textName, labels);
        boolean tables = html.contains("tableblock") && tablesInRegions(fragment, textName, labels);
        boolean links = html.contains("href=\"http") && safeExternalLinks(fragment);
        boolean languages = TWO_LETTER_CLASS.matcher(html).find() && languagesOfPassages(fragment);
        return footnotes || tables || links || languages;
    }

    /**
     * A passage written in another language than its text, marked with the language's code as a role
     * ([.sv]#Trygg relation, fri från våld# or [.sv] above a paragraph or quote), gets that language: a screen
     * reader then reads it with the right voice and pronunciation (WCAG 3.1.2, language of parts).
     */
    private static boolean languagesOfPassages(Document fragment) {
        boolean changed = false;
        for (Element element : fragment.select("[class]")) {
            for (String role : element.classNames()) {
                if (MarkedText.isLanguageCode(role)) {
                    element.removeClass(role).attr("lang", role);
                    if (element.classNames().isEmpty()) {
                        element.removeAttr("class");
                    }
                    changed = true;
                    break;
                }
            }
        }
        return changed;
    }

    private static boolean footnotesOf(Document fragment, String textName, ProseLabels labels) {
        boolean changed = false;
        for (Element element : fragment.select("[id^=_footnote], div#footnotes")) {
            element.id(footnoteId(element.id(), textName));
            changed = true;
        }
        for (Element link : fragment.select("a[href^=#" + FOOTNOTE + "], a[href^=#" + FOOTNOTE_REFERENCE + "]")) {
            link.attr("href", "#" + footnoteId(link.attr("href").substring(1), textName));
            if (link.hasClass("footnote")) {
                link.attr("title", labels.footnoteTitle());
            }
            changed = true;
        }
        Element list = fragment.getElementById(textName + "-footnotes");
        if (list != null) {
            list.addClass("footnotes");
        }
        return changed;
    }

    private static String footnoteId(String id, String textName) {
        if (id.startsWith(FOOTNOTE)) {
            return textName + "-footnote-" + id.substring(FOOTNOTE.length());
        }
        if (id.startsWith(FOOTNOTE_REFERENCE)) {
            return textName + "-footnote-ref-" + id.substring(FOOTNOTE_REFERENCE.length());
        }
        if (id.startsWith(NAMED_FOOTNOTE)) {
            return textName + "-footnote-named-" + id.substring(NAMED_FOOTNOTE.length());
        }
        return textName + "-" + id;
    }

    private static boolean tablesInRegions(Document fragment, String textName, ProseLabels labels) {
        int number = 0;
        for (Element table : fragment.select("table.tableblock")) {
            if (table.parents().stream().anyMatch(parent -> parent.normalName().equals("table"))) {
                continue;
            }
            number++;
            Element region = new Element("div").addClass("table-scroll").attr("role", "region").attr("tabindex", "0");
            Element caption = table.children().stream().filter(child -> child.normalName().equals("caption")).findFirst().orElse(null);
            if (caption != null) {
                String id = caption.id().isEmpty() ? textName + "-table-" + number : caption.id();
                caption.id(id);
                region.attr("aria-labelledby", id);
            } else {
                region.attr("aria-label", labels.attributes().getOrDefault("table-caption", "Table") + " " + number);
            }
            table.before(region);
            region.appendChild(table);
        }
        return number > 0;
    }

    private static boolean safeExternalLinks(Document fragment) {
        var external = fragment.select("a[href^=http]");
        external.attr("rel", "noopener");
        return !external.isEmpty();
    }
}
