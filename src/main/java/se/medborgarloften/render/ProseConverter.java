package se.medborgarloften.render;

import org.asciidoctor.Asciidoctor;
import org.asciidoctor.Attributes;
import org.asciidoctor.Options;
import org.asciidoctor.SafeMode;
import org.asciidoctor.log.LogRecord;
import org.asciidoctor.log.Severity;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Safelist;
import se.medborgarloften.diagnostics.Diagnostic;
import se.medborgarloften.diagnostics.Diagnostics;
import se.medborgarloften.model.Prose;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Converts the AsciiDoc prose to HTML fragments. Prose is written by people who are not programmers and
 * published on a public-sector site, so it is converted in Asciidoctor's SAFE mode and anything that is not
 * plain text markup (raw HTML passthrough, scripts, javascript: links, includes that fail) is an error
 * with its line, never silently dropped or published.
 */
public final class ProseConverter implements AutoCloseable {

    private static final Pattern PASSTHROUGH = Pattern.compile(
            "^\\s*(\\+\\+\\+\\+|\\[pass\\]|pass:\\S*\\[)|pass:[a-z,]*\\[|\\+\\+\\+[^+]");

    private final Path project;
    private final Asciidoctor asciidoctor;
    private final List<LogRecord> log = new ArrayList<>();
    private final Safelist allowed = allowedMarkup();

    public ProseConverter(Path project) {
        this.project = project.toAbsolutePath().normalize();
        this.asciidoctor = Asciidoctor.Factory.create();
        this.asciidoctor.registerLogHandler(log::add);
    }

    /** Converts every file; reports every problem in every file before giving up. */
    public Map<Prose.ProseFile, String> convertAll(List<Prose.ProseFile> files) {
        Diagnostics diagnostics = new Diagnostics();
        Map<Prose.ProseFile, String> html = new LinkedHashMap<>();
        for (Prose.ProseFile file : files) {
            List<Diagnostic> problems = new ArrayList<>();
            String converted = convert(file, problems);
            diagnostics.addAll(problems);
            if (problems.isEmpty()) {
                html.put(file, converted);
            }
        }
        diagnostics.throwIfErrors();
        return html;
    }

    private String convert(Prose.ProseFile file, List<Diagnostic> problems) {
        String[] lines = file.asciidoc().split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (PASSTHROUGH.matcher(lines[i]).find()) {
                problems.add(Diagnostic.error(file.path(), i + 1, 1, "", "Raw HTML passthrough (++++, +++ or pass:[]) is not allowed.",
                        "Write the text as plain AsciiDoc; links are written https://example.se[link text]."));
            }
        }
        if (!problems.isEmpty()) {
            return "";
        }
        log.clear();
        Path dir = project.resolve(file.path()).getParent();
        String html = asciidoctor.convert(file.asciidoc(), Options.builder()
                .safe(SafeMode.SAFE)
                .baseDir(dir.toFile())
                .standalone(false)
                .sourcemap(true)
                .attributes(Attributes.builder()
                        .attribute("idprefix", "text-")
                        .attribute("idseparator", "-")
                        .attribute("attribute-missing", "warn")
                        .attribute("outfilesuffix", "/")
                        .attribute("!showtitle")
                        .attribute("!sectids", null)
                        .build())
                .build());
        for (LogRecord record : log) {
            if (record.getSeverity().ordinal() >= Severity.WARN.ordinal()) {
                int line = record.getCursor() == null ? 0 : Math.max(0, record.getCursor().getLineNumber());
                problems.add(Diagnostic.error(file.path(), line, 0, "", "AsciiDoc: " + record.getMessage(),
                        "Correct the markup on this line; see docs.asciidoctor.org for the syntax."));
            }
        }
        checkMarkup(file, html, lines, problems);
        return html;
    }

    private void checkMarkup(Prose.ProseFile file, String html, String[] lines, List<Diagnostic> problems) {
        Document fragment = Jsoup.parseBodyFragment(html);
        for (Element element : fragment.body().getAllElements()) {
            if (element == fragment.body()) {
                continue;
            }
            String tag = element.normalName();
            if (!allowed.isSafeTag(tag)) {
                problems.add(Diagnostic.error(file.path(), lineMentioning(lines, "<" + tag), 0, "",
                        "The markup produces an HTML <" + tag + "> element, which the site does not publish.",
                        "Remove it; prose may only contain text, lists, tables, quotes and https links."));
                continue;
            }
            for (Attribute attribute : element.attributes()) {
                if (!allowed.isSafeAttribute(tag, element, attribute)) {
                    problems.add(Diagnostic.error(file.path(), lineMentioning(lines, attribute.getValue()), 0, "",
                            "Unsafe or unsupported " + attribute.getKey() + "=\"" + attribute.getValue() + "\" on <" + tag + ">.",
                            "Links must start with https://, mailto: or tel:; remove anything else."));
                }
            }
        }
    }

    private static int lineMentioning(String[] lines, String needle) {
        for (int i = 0; i < lines.length; i++) {
            if (!needle.isEmpty() && lines[i].contains(needle)) {
                return i + 1;
            }
        }
        return 0;
    }

    private static Safelist allowedMarkup() {
        return new Safelist()
                .addTags("a", "abbr", "b", "blockquote", "br", "caption", "cite", "code", "col", "colgroup", "dd",
                        "del", "div", "dl", "dt", "em", "h2", "h3", "h4", "h5", "h6", "hr", "i", "ins", "kbd", "li",
                        "mark", "ol", "p", "pre", "q", "s", "small", "span", "strong", "sub", "sup", "table",
                        "tbody", "td", "tfoot", "th", "thead", "tr", "u", "ul")
                .addAttributes(":all", "class", "id", "lang", "title")
                .addAttributes("a", "href")
                .addAttributes("ol", "start", "type", "reversed")
                .addAttributes("td", "colspan", "rowspan")
                .addAttributes("th", "colspan", "rowspan", "scope")
                .addProtocols("a", "href", "https", "mailto", "tel", "#");
    }

    @Override
    public void close() {
        asciidoctor.shutdown();
    }
}
