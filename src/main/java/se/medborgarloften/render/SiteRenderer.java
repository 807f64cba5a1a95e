package se.medborgarloften.render;

import se.medborgarloften.incremental.Fingerprints;
import se.medborgarloften.incremental.IncrementalBuild;
import se.medborgarloften.incremental.OutputSession;
import se.medborgarloften.incremental.Store;
import se.medborgarloften.incremental.StoredParts;

import se.medborgarloften.support.Workers;
import se.medborgarloften.diagnostics.ContentException;
import se.medborgarloften.diagnostics.Diagnostic;
import se.medborgarloften.diagnostics.Text;
import se.medborgarloften.model.ContentHistory;
import se.medborgarloften.model.MessageBundle;
import se.medborgarloften.model.Prose;
import se.medborgarloften.model.SiteContent;
import se.medborgarloften.model.SiteSettings;
import se.medborgarloften.plan.InputGroups;
import se.medborgarloften.plan.PlannedPage;
import se.medborgarloften.plan.SitePlan;
import se.medborgarloften.output.StagingSite;
import se.medborgarloften.render.jbake.JBakeSite;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Renders the planned site into a folder: prose first (its errors stop the build), then every page. One
 * renderer can render many builds of the same project, as the live preview does: Asciidoctor and JBake's
 * database take most of a second to start, so they start once, when first needed, and stop on close.
 */
public final class SiteRenderer implements AutoCloseable {

    private final Path project;
    private final ProseConverter prose;
    private final JBakeSite jbake;
    /** What this renderer's builds made, for the builds after them (see the incremental package). */
    private final Store store;

    public SiteRenderer(Path project) {
        this(project, false);
    }

    private SiteRenderer(Path project, boolean holdParts) {
        this.project = project;
        this.store = new Store(project, holdParts);
        this.prose = new ProseConverter(project, store.prose());
        this.jbake = new JBakeSite(project);
    }

    /**
     * A renderer for the many builds of a live preview, whose store also holds each area's parts of the downloads
     * and the search index in memory between builds, which a build from the command line, with its smaller heap,
     * reads from disk.
     */
    public static SiteRenderer forLivePreview(Path project) {
        return new SiteRenderer(project, true);
    }

    /**
     * The incremental build of these inputs, chosen once per build: one that keeps what earlier builds made from the
     * same inputs, or one that makes everything.
     */
    public IncrementalBuild incremental(Fingerprints fingerprints, boolean keepUnchanged) {
        return keepUnchanged ? store.keeping(fingerprints) : store.makingEverything(fingerprints);
    }

    /**
     * Converts every AsciiDoc file first, so that errors in prose stop the build before any page is written;
     * the words Asciidoctor adds (captions, the footnotes' link title) come from the UI bundles.
     */
    public Map<Prose.ProseFile, String> convertProse(SiteContent content, List<MessageBundle> bundles) {
        return prose.convertAll(allProse(content), ProseLabels.byLanguage(bundles));
    }

    /**
     * Starts JBake's database, which takes a second, on a thread of its own while the content is loaded and
     * checked; the bake waits for it if it is not up yet.
     */
    public void startPagesInBackground() {
        inBackground("start-jbake", jbake::start);
    }

    /**
     * Starts Asciidoctor, which takes seconds, on a thread of its own while the content is checked, when some
     * of this prose is not in the cache; the conversion waits for it if it is not up yet.
     */
    public void startProseInBackground(List<Prose.ProseFile> files, List<MessageBundle> bundles) {
        inBackground("start-asciidoctor", () -> {
            if (prose.needsAsciidoctor(files, ProseLabels.byLanguage(bundles))) {
                prose.start();
            }
        });
    }

    /** A failure to start is not reported here: the stage that needs the tool starts it again and reports it. */
    private static void inBackground(String name, Runnable start) {
        Workers.inBackground(name, () -> {
            start.run();
            return null;
        });
    }

    /** Starts Asciidoctor ahead of need, e.g. while the preview waits for the first edit. */
    public void startProseConverter() {
        prose.start();
    }

    @Override
    public void close() {
        try {
            store.finish();
        } finally {
            try {
                prose.close();
            } finally {
                jbake.close();
            }
        }
    }

    /**
     * Renders every page that needs it into the destination: a page that reads less than everything is left as it
     * is when the destination holds its file made from the same inputs (see the plan stage's InputGroups).
     *
     * @return how many pages were rendered
     */
    public int renderPages(SiteContent content, SitePlan plan, List<MessageBundle> bundles,
                           Map<Prose.ProseFile, String> proseHtml, ContentHistory history, LocalDate asOf,
                           IncrementalBuild incremental, StagingSite destination) {
        PageContexts contexts = new PageContexts(content, plan, bundles, proseHtml, history, asOf, schemaFiles());
        OutputSession outputs = incremental.outputs("page", destination);
        List<PlannedPage> toRender = Workers.run(() -> plan.pages().parallelStream()
                .filter(page -> !outputs.keep(page.outputFile(), incremental.fingerprint(InputGroups.of(page))))
                .toList());
        Map<PlannedPage, PageContext> pages = new LinkedHashMap<>();
        toRender.forEach(page -> pages.put(page, contexts.of(page)));
        List<String> errors = jbake.bake(pages, destination);
        if (!errors.isEmpty()) {
            throw new ContentException(errors.stream()
                    .map(e -> Diagnostic.error("templates", 0, 0, "", Text.of("render.failed", e), Text.of("render.failed.hint")))
                    .toList());
        }
        checkEveryPageWritten(toRender, destination);
        for (PlannedPage page : toRender) {
            outputs.made(page.outputFile(), incremental.fingerprint(InputGroups.of(page)));
        }
        outputs.finish();
        return pages.size();
    }

    /**
     * Renders these pages, given by their files below the site's root, into memory rather than into a folder:
     * the live preview serves them before the rest of the site is rendered. Files the plan does not have are
     * left out.
     *
     * @return each page's bytes, by file
     */
    public Map<String, byte[]> renderInMemory(SiteContent content, SitePlan plan, List<MessageBundle> bundles,
                                              Map<Prose.ProseFile, String> proseHtml, ContentHistory history,
                                              LocalDate asOf, IncrementalBuild incremental, Set<String> files) {
        PageContexts contexts = new PageContexts(content, plan, bundles, proseHtml, history, asOf, schemaFiles());
        Map<PlannedPage, PageContext> pages = new LinkedHashMap<>();
        for (PlannedPage page : plan.pages()) {
            if (files.contains(page.outputFile())) {
                pages.put(page, contexts.of(page));
            }
        }
        return pages.isEmpty() ? Map.of() : jbake.renderInMemory(pages);
    }

    /**
     * The downloads under data/: everything as JSON and CSV, per period, and the schemas. A period's files
     * are left as they are when the destination holds them made from the same inputs, as pages are.
     */
    public void writeOpenData(SiteContent content, SitePlan plan, LocalDate asOf, IncrementalBuild incremental,
                              StagingSite destination) {
        StoredParts parts = incremental.parts("data", InputGroups::ofArea);
        OutputSession outputs = incremental.outputs("data", destination);
        new OpenDataWriter(content, plan, asOf).write(project, destination, incremental, outputs, parts);
        outputs.finish();
        parts.removeUnused();
    }

    /** The search page's index, one per language, put together from each area's part as the downloads are. */
    public void writeSearchIndex(SiteContent content, SitePlan plan, List<MessageBundle> bundles,
                                 Map<Prose.ProseFile, String> proseHtml, IncrementalBuild incremental,
                                 StagingSite destination) {
        StoredParts parts = incremental.parts("search", InputGroups::ofArea);
        Map<String, LocalFormat> formats = new HashMap<>();
        messagesByLanguage(content.site(), bundles).forEach((language, messages) -> formats.put(language, new LocalFormat(messages)));
        new SearchIndexWriter(content, plan, proseHtml, formats).write(destination, parts);
        parts.removeUnused();
    }

    /**
     * JBake logs and skips a page whose template it cannot find; a missing page must fail the build instead.
     * A kept page is there: it was kept because its file is.
     */
    private static void checkEveryPageWritten(List<PlannedPage> rendered, StagingSite destination) {
        List<Diagnostic> missing = new ArrayList<>();
        for (PlannedPage page : rendered) {
            if (!destination.wasWritten(page.outputFile())) {
                missing.add(Diagnostic.error("templates/" + page.template() + ".ftlh", 0, 0, "",
                        Text.of("render.missingPage", page.outputFile()), Text.of("render.missingPage.hint", page.template())));
            }
        }
        if (!missing.isEmpty()) {
            throw new ContentException(missing);
        }
    }

    private List<String> schemaFiles() {
        try (var files = Files.list(project.resolve("schema"))) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".schema.json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Map<String, Messages> messagesByLanguage(SiteSettings site, List<MessageBundle> bundles) {
        Map<String, MessageBundle> byLanguage = bundles.stream()
                .collect(Collectors.toMap(MessageBundle::language, Function.identity(), (a, b) -> a));
        Map<String, Messages> messages = new HashMap<>();
        for (SiteSettings.Language language : site.languages()) {
            messages.put(language.code(), new Messages(language.code(), language.toLocale(),
                    byLanguage.get(language.code()).messages()));
        }
        return messages;
    }

    private static List<Prose.ProseFile> allProse(SiteContent content) {
        List<Prose> all = new ArrayList<>();
        content.allPeriods().forEach(p -> {
            all.add(p.prose());
            all.add(p.followUpProse());
        });
        content.news().forEach(n -> all.add(n.prose()));
        content.pages().forEach(p -> all.add(p.prose()));
        return all.stream().flatMap(p -> p.byLanguage().values().stream()).toList();
    }
}
