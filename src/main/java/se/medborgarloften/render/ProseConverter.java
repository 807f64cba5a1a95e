package se.medborgarloften.render;

import se.medborgarloften.incremental.ConvertedTexts;

import org.asciidoctor.Asciidoctor;
import org.asciidoctor.Attributes;
import org.asciidoctor.Options;
import org.asciidoctor.SafeMode;
import org.asciidoctor.jruby.AsciidoctorJRuby;
import org.asciidoctor.log.LogRecord;
import org.asciidoctor.log.Severity;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Safelist;
import se.medborgarloften.support.Workers;
import se.medborgarloften.diagnostics.Diagnostic;
import se.medborgarloften.diagnostics.Text;
import se.medborgarloften.diagnostics.Diagnostics;
import se.medborgarloften.model.Prose;
import se.medborgarloften.validate.HtmlInText;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
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
    private static final Pattern INCLUDE = Pattern.compile("^\\s*include::([^\\[]*)\\[");
    private static final Pattern IMAGE = Pattern.compile("image::?[^\\[\\s]*\\[");
    /**
     * Attributes Asciidoctor fills in from the computer that converts the text: its clock (the page would change
     * with every build) or its folders (which the public should not see). They cannot be unset, only refused.
     */
    private static final Pattern MACHINE_ATTRIBUTE = Pattern.compile(
            "\\{(docdir|docfile|docname|outdir|outfile|user-home|(?:local|doc)(?:date|time|datetime|year))\\}");
    /** Asciidoctor's warning about an attribute no one defined, which does not say where the reference is. */
    private static final Pattern MISSING_ATTRIBUTE = Pattern.compile("missing attribute: (\\S+)");
    /** The AsciiDoc that makes an element the site does not publish, for its line in the message. */
    private static final Map<String, String> MACRO_OF = Map.of("video", "video::", "iframe", "video::",
            "audio", "audio::", "input", "%interactive", "img", "image:");
    /** A listing or literal block, whose lines are code shown as written. */
    private static final Pattern LISTING = Pattern.compile("-{4,}|\\.{4,}");
    private static final Pattern INLINE_CODE = Pattern.compile("`[^`]*`");
    private static final Pattern MARKDOWN_LINK = Pattern.compile("\\[([^\\]]+)]\\(((?:https?://|mailto:|tel:)[^)\\s]+)\\)");
    private static final Pattern CROSS_REFERENCE = Pattern.compile("<<([^,>]+)|xref:([^\\[]+)\\[");

    /**
     * Asciidoctor also hands every message to java.util.logging, whose console handler printed each one in
     * English, once for each time a file with a problem is converted; the log handler registered below
     * reports it instead, as a diagnostic in the reader's language. Held here, since java.util.logging keeps
     * only weak references to loggers and would forget the level.
     */
    private static final Logger ASCIIDOCTOR_LOG = Logger.getLogger("asciidoctor");

    static {
        ASCIIDOCTOR_LOG.setLevel(Level.OFF);
    }

    private final Path project;
    private final ConvertedTexts cache;
    private final Safelist allowed = allowedMarkup();
    // Asciidoctor (JRuby) takes seconds to start; it starts only when a file is not in the cache.
    private Asciidoctor asciidoctor;
    // Asciidoctor logs on the thread that converts, so each thread collects its own records.
    private final ThreadLocal<List<LogRecord>> log = ThreadLocal.withInitial(ArrayList::new);
    /**
     * What the last conversion gave, for the live preview's next rebuild, which would otherwise hash every file
     * and read it back from the cache on disk. An unchanged file is the same text, so the look-up is as sound as
     * the cache's.
     */
    private volatile Map<Prose.ProseFile, String> lastConverted = Map.of();
    /** The labels the last conversion used: when the UI texts change, nothing remembered is used. */
    private volatile Map<String, ProseLabels> lastLabels = Map.of();

    /** Change when the conversion or the checks change, so that earlier conversions are not reused. */
    private static final String VERSION = "prose-cache-4/asciidoctorj-2.5.13";

    /** @param cache where converted prose is kept between builds (see the incremental package's Store) */
    public ProseConverter(Path project, Path cache) {
        this.project = project.toAbsolutePath().normalize();
        this.cache = new ConvertedTexts(cache);
    }

    /**
     * Where a file's HTML is cached, worked out once per file and conversion (its text is searched and hashed);
     * null for a file whose result does not depend on its own text alone: one that includes another.
     */
    private Path cacheEntry(Prose.ProseFile file, ProseLabels labels) {
        if (file.asciidoc().contains("include::")) {
            return null;
        }
        return cache.entry(VERSION + "\n" + file.path() + "\n" + labels.key(), file.asciidoc());
    }

    /**
     * Converts every file, in parallel, with the labels of its language (see {@link ProseLabels}); reports every
     * problem in every file before giving up.
     */
    public Map<Prose.ProseFile, String> convertAll(List<Prose.ProseFile> files, Map<String, ProseLabels> labels) {
        Diagnostics diagnostics = new Diagnostics();
        Map<Prose.ProseFile, String> earlier = labels.equals(lastLabels) ? lastConverted : Map.of();
        List<Converted> results = Workers.run(() -> files.parallelStream().map(file -> {
            String remembered = earlier.get(file);
            // Only cacheable files are remembered; the others are asked here, on every core, since every file's
            // text is searched.
            return remembered != null ? new Converted(file, remembered, List.of(), true)
                    : convertCached(file, labelsOf(file, labels));
        }).toList());
        Map<Prose.ProseFile, String> html = new LinkedHashMap<>();
        Map<Prose.ProseFile, String> remember = new HashMap<>();
        for (Converted result : results) {
            diagnostics.addAll(result.problems());
            if (result.problems().isEmpty()) {
                html.put(result.file(), result.html());
                if (result.cacheable()) {
                    remember.put(result.file(), result.html());
                }
            }
        }
        lastConverted = remember;
        lastLabels = labels;
        diagnostics.throwIfErrors();
        return html;
    }

    private record Converted(Prose.ProseFile file, String html, List<Diagnostic> problems, boolean cacheable) {
    }

    /** Only files that converted without a problem are cached, so every problem is reported every time. */
    private Converted convertCached(Prose.ProseFile file, ProseLabels labels) {
        Path entry = cacheEntry(file, labels);
        String cached = entry == null ? null : cache.read(entry);
        if (cached != null) {
            return new Converted(file, cached, List.of(), true);
        }
        List<Diagnostic> problems = new ArrayList<>();
        String html = convert(file, labels, problems);
        if (problems.isEmpty() && entry != null) {
            cache.write(entry, html);
        }
        return new Converted(file, html, problems, entry != null);
    }

    /** Whether converting these files needs Asciidoctor: some file is not in the cache. */
    boolean needsAsciidoctor(List<Prose.ProseFile> files, Map<String, ProseLabels> labels) {
        Map<Prose.ProseFile, String> earlier = labels.equals(lastLabels) ? lastConverted : Map.of();
        return files.stream().anyMatch(file -> !earlier.containsKey(file) && !cache.contains(cacheEntry(file, labelsOf(file, labels))));
    }

    private static ProseLabels labelsOf(Prose.ProseFile file, Map<String, ProseLabels> labels) {
        return labels.getOrDefault(file.language(), ProseLabels.ASCIIDOCTOR_DEFAULTS);
    }

    private static String fileName(Prose.ProseFile file) {
        return file.path().substring(file.path().lastIndexOf('/') + 1);
    }

    /** Starts Asciidoctor now rather than at the first file that is not in the cache. */
    void start() {
        asciidoctor();
    }

    private synchronized Asciidoctor asciidoctor() {
        if (asciidoctor == null) {
            Asciidoctor started = startAsciidoctor();
            // One conversion on this thread before any in parallel: Asciidoctor loads its HTML converter on first
            // use, and two threads converting their first files at once could find it half loaded.
            started.convert("-", Options.builder().safe(SafeMode.SECURE).build());
            started.registerLogHandler(record -> log.get().add(record));
            asciidoctor = started;
        }
        return asciidoctor;
    }

    /**
     * Asciidoctor with its own folder in AsciidoctorJ's jar on JRuby's load path, so that it loads without
     * RubyGems, a large part of JRuby's start-up, which every build with a new prose file waits for.
     * Whether JRuby starts RubyGems at all is its own option (-Djruby.cli.rubygems.enable=false, pom.xml's
     * site.jvm); with RubyGems started, the same Asciidoctor is found the same way.
     */
    private static Asciidoctor startAsciidoctor() {
        Properties versions = new Properties();
        try (InputStream in = AsciidoctorJRuby.class.getResourceAsStream("/META-INF/asciidoctorj-version.properties")) {
            if (in != null) {
                versions.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String version = versions.getProperty("version.asciidoctor");
        if (version == null) {
            return Asciidoctor.Factory.create();
        }
        return AsciidoctorJRuby.Factory.create(List.of("uri:classloader:/gems/asciidoctor-" + version + "/lib"));
    }

    private String convert(Prose.ProseFile file, ProseLabels labels, List<Diagnostic> problems) {
        String[] lines = file.asciidoc().split("\n", -1);
        // Harmless to convert, so they are reported with what converting finds rather than before it.
        List<Diagnostic> shownAsWritten = new ArrayList<>();
        checkWrittenForTheWeb(file, lines, shownAsWritten);
        for (int i = 0; i < lines.length; i++) {
            Matcher machine = lines[i].indexOf('{') < 0 ? null : MACHINE_ATTRIBUTE.matcher(lines[i]);
            while (machine != null && machine.find()) {
                problems.add(Diagnostic.error(file.path(), i + 1, machine.start() + 1, "",
                        Text.of("prose.machineAttribute", machine.group()), Text.of("prose.machineAttribute.hint", machine.group())));
            }
            if (!mayHoldUnsafeMarkup(lines[i])) {
                continue;
            }
            if (PASSTHROUGH.matcher(lines[i]).find()) {
                problems.add(Diagnostic.error(file.path(), i + 1, 1, "", Text.of("prose.passthrough"), Text.of("prose.passthrough.hint")));
            }
            Matcher include = INCLUDE.matcher(lines[i]);
            if (include.find() && leavesFolder(include.group(1))) {
                problems.add(Diagnostic.error(file.path(), i + 1, 1, "", Text.of("prose.includeOutside", include.group(1)),
                        Text.of("prose.includeOutside.hint")));
            }
            if (IMAGE.matcher(lines[i]).find()) {
                problems.add(Diagnostic.error(file.path(), i + 1, 1, "", Text.of("prose.image"), Text.of("prose.image.hint")));
            }
        }
        boolean unsafe = !problems.isEmpty();
        problems.addAll(shownAsWritten);
        if (unsafe) {
            return "";
        }
        Path dir = project.resolve(file.path()).getParent();
        List<LogRecord> log = this.log.get();
        log.clear();
        String html = asciidoctor().convert(file.asciidoc(), options(dir, labels, false));
        if (log.stream().anyMatch(ProseConverter::isProblem)) {
            // Converted again, tracking lines, for the lines of its problems: tracking them for every file cost a
            // tenth of converting, and the HTML is the same either way.
            log.clear();
            html = asciidoctor().convert(file.asciidoc(), options(dir, labels, true));
        }
        for (LogRecord record : log) {
            if (isProblem(record)) {
                int line = record.getCursor() == null ? 0 : Math.max(0, record.getCursor().getLineNumber());
                Matcher missing = MISSING_ATTRIBUTE.matcher(record.getMessage());
                if (line == 0 && missing.find()) {
                    line = lineMentioning(lines, "{" + missing.group(1) + "}");
                }
                // Asciidoctor names files by absolute path; the reader knows them relative to the project.
                String message = record.getMessage().replace(project + "/", "");
                AsciidoctorMessages.Problem problem = AsciidoctorMessages.translate(message, lines, line);
                problems.add(Diagnostic.error(file.path(), line, 0, "", problem.message(), problem.hint()));
            }
        }
        // Parsed once for every check and for what the page needs, not once for each.
        Document fragment = Jsoup.parseBodyFragment(html);
        boolean changed = html.contains("style=") && ProseMarkup.widthsAsClasses(fragment);
        checkMarkup(file, fragment, lines, problems);
        checkCrossReferences(file, fragment, lines, problems);
        checkHeadings(file, lines, problems);
        String textName = fileName(file).substring(0, fileName(file).indexOf('.'));
        if (!ProseMarkup.fitForPage(fragment, html, textName, labels) && !changed) {
            return html;
        }
        fragment.outputSettings().prettyPrint(false);
        return fragment.body().html();
    }

    private static Options options(Path dir, ProseLabels labels, boolean lines) {
        Attributes attributes = Attributes.builder()
                .attribute("idprefix", "text-")
                .attribute("idseparator", "-")
                .attribute("attribute-missing", "warn")
                .attribute("outfilesuffix", "/")
                .attribute("!showtitle")
                .attribute("!sectids", null)
                .build();
        // Set by the site, not the text: a text that sets a caption of its own keeps it.
        labels.attributes().forEach((name, value) -> attributes.setAttribute(name, value + "@"));
        return Options.builder()
                .safe(SafeMode.SAFE)
                .baseDir(dir.toFile())
                .standalone(false)
                .sourcemap(lines)
                .attributes(attributes)
                .build();
    }

    private static boolean isProblem(LogRecord record) {
        return record.getSeverity().ordinal() >= Severity.WARN.ordinal();
    }

    private void checkMarkup(Prose.ProseFile file, Document fragment, String[] lines, List<Diagnostic> problems) {
        for (Element element : fragment.body().getAllElements()) {
            if (element == fragment.body()) {
                continue;
            }
            String tag = element.normalName();
            if (!allowed.isSafeTag(tag)) {
                int line = lineMentioning(lines, "<" + tag);
                if (line == 0) {
                    line = lineMentioning(lines, MACRO_OF.getOrDefault(tag, ""));
                }
                problems.add(Diagnostic.error(file.path(), line, 0, "", Text.of("prose.unsafeElement", tag),
                        Text.of("prose.unsafeElement.hint")));
                continue;
            }
            for (Attribute attribute : element.attributes()) {
                if (tag.equals("a") && attribute.getKey().equals("target")) {
                    // Written link^ or window=_blank, so the line is the link's.
                    problems.add(Diagnostic.error(file.path(), lineOfLink(lines, element.attr("href")), 0, "",
                            Text.of("prose.newWindow", element.attr("href")), Text.of("prose.newWindow.hint")));
                } else if (tag.equals("a") && attribute.getKey().equals("href") && !allowed.isSafeAttribute(tag, element, attribute)) {
                    problems.add(Diagnostic.error(file.path(), lineOfLink(lines, attribute.getValue()), 0, "",
                            Text.of("prose.unsafeLink", attribute.getValue()), Text.of("prose.unsafeLink.hint")));
                } else if (!allowed.isSafeAttribute(tag, element, attribute)) {
                    problems.add(Diagnostic.error(file.path(), lineMentioning(lines, attribute.getValue()), 0, "",
                            Text.of("prose.unsafeAttribute", attribute.getKey(), attribute.getValue(), tag),
                            Text.of("prose.unsafeAttribute.markupHint")));
                }
            }
        }
    }

    /**
     * HTML tags and Markdown links, which AsciiDoc publishes as they are written: a reader would see
     * {@code <b>} or {@code [text](https://…)} on the page. Listings and inline code show code on purpose.
     */
    private static void checkWrittenForTheWeb(Prose.ProseFile file, String[] lines, List<Diagnostic> problems) {
        String listing = null;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].stripTrailing();
            if (listing != null) {
                listing = line.equals(listing) ? null : listing;
                continue;
            }
            if (LISTING.matcher(line).matches()) {
                listing = line;
                continue;
            }
            String text = INLINE_CODE.matcher(line).replaceAll("");
            int at = i + 1;
            HtmlInText.firstTag(text).ifPresent(tag -> problems.add(Diagnostic.error(file.path(), at,
                    lines[at - 1].indexOf(tag) + 1, "", Text.of("text.html", tag), Text.of("prose.html.hint"))));
            Matcher markdown = MARKDOWN_LINK.matcher(text);
            if (markdown.find()) {
                problems.add(Diagnostic.error(file.path(), at, lines[at - 1].indexOf(markdown.group()) + 1, "",
                        Text.of("prose.markdownLink", markdown.group()),
                        Text.of("prose.markdownLink.hint", markdown.group(2) + "[" + markdown.group(1) + "]")));
            }
        }
    }

    /**
     * Whether a line may hold a passthrough, an include or an image: each needs one of these, and most lines of
     * prose have none, so the patterns are matched on few lines of 10,000 files.
     */
    private static boolean mayHoldUnsafeMarkup(String line) {
        return line.indexOf('+') >= 0 || line.contains("pass") || line.contains("include::") || line.contains("image:");
    }

    private static boolean leavesFolder(String target) {
        String path = target.strip().replace('\\', '/');
        return path.startsWith("/") || path.contains("..") || path.contains(":");
    }

    /** Asciidoctor links a cross reference to a missing anchor without complaint; here it is an error. */
    private static void checkCrossReferences(Prose.ProseFile file, Document fragment, String[] lines,
                                             List<Diagnostic> problems) {
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].contains("<<") && !lines[i].contains("xref:")) {
                continue;
            }
            Matcher m = CROSS_REFERENCE.matcher(lines[i]);
            while (m.find()) {
                String target = (m.group(1) != null ? m.group(1) : m.group(2)).strip();
                String id = target.startsWith("#") ? target.substring(1) : target;
                if (!id.contains("/") && !id.contains(".") && fragment.getElementById(id) == null
                        && fragment.getElementById("text-" + id) == null) {
                    problems.add(Diagnostic.error(file.path(), i + 1, 1, "", Text.of("prose.brokenReference", id),
                            Text.of("prose.brokenReference.hint")));
                }
            }
        }
    }

    /** A promise page supplies the headings around its running text; headings inside it would break the outline. */
    private static void checkHeadings(Prose.ProseFile file, String[] lines, List<Diagnostic> problems) {
        String name = file.path().substring(file.path().lastIndexOf('/') + 1);
        if (!name.startsWith("promise.") && !name.startsWith("follow-up.")) {
            checkDocumentTitle(file, lines, problems);
            return;
        }
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].matches("^={1,6} \\S.*") || lines[i].matches("^#{1,6} \\S.*")) {
                problems.add(Diagnostic.error(file.path(), i + 1, 1, "", Text.of("prose.heading"), Text.of("prose.heading.hint")));
            }
        }
    }

    /**
     * A news item's or a page's title is in its JSON file. Asciidoctor takes a first line "= Title" as the
     * document's title, which a page's body does not show: the line would vanish without a word.
     */
    private static void checkDocumentTitle(Prose.ProseFile file, String[] lines, List<Diagnostic> problems) {
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank() || lines[i].startsWith("//")) {
                continue;
            }
            if (lines[i].matches("^[=#] \\S.*")) {
                problems.add(Diagnostic.error(file.path(), i + 1, 1, "", Text.of("prose.documentTitle"),
                        Text.of("prose.documentTitle.hint")));
            }
            return;
        }
    }

    /**
     * The line that writes a link to this address. The address alone may be part of another link written earlier
     * (polisen.se in https://polisen.se/), so the ways AsciiDoc writes a link come first: link:ADDRESS[ and
     * ADDRESS[, then the address standing on its own.
     */
    private static int lineOfLink(String[] lines, String href) {
        for (String written : List.of("link:" + href + "[", href + "[")) {
            int line = lineMentioning(lines, written);
            if (line > 0) {
                return line;
            }
        }
        Pattern alone = Pattern.compile("(?<![\\w/.:-])" + Pattern.quote(href) + "(?![\\w/])");
        for (int i = 0; i < lines.length; i++) {
            if (alone.matcher(lines[i]).find()) {
                return i + 1;
            }
        }
        return lineMentioning(lines, href);
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
                .addTags("details", "summary")
                .addAttributes("details", "open")
                .addAttributes("a", "href", "rel")
                .addAttributes("code", "data-lang")
                .addAttributes("ol", "start", "type", "reversed")
                .addAttributes("td", "colspan", "rowspan")
                .addAttributes("th", "colspan", "rowspan", "scope")
                .addProtocols("a", "href", "https", "mailto", "tel", "#");
    }

    @Override
    public synchronized void close() {
        if (asciidoctor != null) {
            asciidoctor.shutdown();
        }
    }
}
