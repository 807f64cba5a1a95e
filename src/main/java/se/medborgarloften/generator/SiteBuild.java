package se.medborgarloften.generator;

import se.medborgarloften.support.Workers;
import se.medborgarloften.support.DiskFull;
import se.medborgarloften.diagnostics.ContentException;
import se.medborgarloften.diagnostics.Diagnostic;
import se.medborgarloften.model.ContentHistory;
import se.medborgarloften.load.ContentLoader;
import se.medborgarloften.load.JsonSource;
import se.medborgarloften.load.LoadedContent;
import se.medborgarloften.model.MessageBundle;
import se.medborgarloften.model.PublishedUrls;
import se.medborgarloften.load.UnreadableContentException;
import se.medborgarloften.model.Prose;
import se.medborgarloften.model.SiteContent;
import se.medborgarloften.model.SiteSettings;
import se.medborgarloften.incremental.Fingerprints;
import se.medborgarloften.incremental.IncrementalBuild;
import se.medborgarloften.plan.InputGroups;
import se.medborgarloften.plan.PagePlanner;
import se.medborgarloften.plan.PublishedUrlGuard;
import se.medborgarloften.plan.SitePlan;
import se.medborgarloften.plan.UrlScheme;
import se.medborgarloften.publish.PagefindIndex;
import se.medborgarloften.publish.PublishedUrlRecord;
import se.medborgarloften.publish.SitePublisher;
import se.medborgarloften.output.StagingSite;
import se.medborgarloften.render.admin.AdminSite;
import se.medborgarloften.render.SiteRenderer;
import se.medborgarloften.validate.ContentValidator;
import se.medborgarloften.validate.ContentWarnings;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The build of one project into one output folder: load → validate → plan → render → publish. Any stage
 * may throw {@link ContentException} with every problem it found; the published folder is then left
 * exactly as it was.
 */
public final class SiteBuild {

    /**
     * The order the stages start in; open data and the build's own search index are written while pages render,
     * Pagefind's index after them.
     */
    static final List<String> STAGES = List.of("load", "validate", "plan", "page inputs", "render prose",
            "render first", "render pages", "open data", "search index", "publish");

    private final Path project;
    private final Path output;
    private final BuildOptions options;
    private final BuildMemory memory;

    public SiteBuild(Path project, Path output) {
        this(project, output, BuildOptions.defaults());
    }

    public SiteBuild(Path project, Path output, BuildOptions options) {
        this(project, output, options, BuildMemory.forOneBuild());
    }

    /** A build that reads and checks again only what changed since the builds that used this memory. */
    public SiteBuild(Path project, Path output, BuildOptions options, BuildMemory memory) {
        this.project = project.toAbsolutePath().normalize();
        this.output = output.toAbsolutePath().normalize();
        this.options = options;
        this.memory = memory;
    }

    public BuildReport run() {
        try (SiteRenderer renderer = new SiteRenderer(project)) {
            return run(renderer);
        } catch (RuntimeException | Error e) {
            throw diskFullOr(e);
        }
    }

    /** Builds with a renderer that outlives this build (see {@link SiteRenderer}); it must be for the same project. */
    public BuildReport run(SiteRenderer renderer) {
        return run(renderer, FirstPages.NONE);
    }

    /** Builds as {@link #run(SiteRenderer)} does, rendering these pages before the rest of the site. */
    public BuildReport run(SiteRenderer renderer, FirstPages first) {
        try {
            return runStages(renderer, first);
        } catch (RuntimeException | Error e) {
            throw diskFullOr(e);
        }
    }

    /**
     * A full disk said plainly, with the output folder (nothing was published: the site there is as it was), or
     * else what was thrown. Any stage may be the one that finds the disk full, most often while writing pages.
     */
    private RuntimeException diskFullOr(Throwable thrown) {
        if (thrown instanceof ContentException content) {
            return content;
        }
        ContentException diskFull = DiskFull.problem(thrown, project, output);
        if (diskFull != null) {
            return diskFull;
        }
        if (thrown instanceof Error error) {
            throw error;
        }
        return (RuntimeException) thrown;
    }

    private BuildReport runStages(SiteRenderer renderer, FirstPages first) {
        long start = System.nanoTime();
        Map<String, Duration> times = new ConcurrentHashMap<>();
        renderer.startPagesInBackground();
        // Prepared first: it looks through what an earlier build left there while the content is loaded.
        SitePublisher publisher = new SitePublisher(output, memory.listings());
        StagingSite staging = publisher.prepareStaging();
        Planned planned = plan(times, renderer);
        // Chosen once for the whole build: every stage after this keeps or makes files by the same rule.
        IncrementalBuild incremental = renderer.incremental(planned.fingerprints(), options.keepUnchanged());
        SiteContent content = planned.content();
        SitePlan plan = planned.plan();
        Map<Prose.ProseFile, String> proseHtml = timed(times, "render prose",
                () -> renderer.convertProse(content, planned.messageBundles()));
        // Before the downloads start: on two cores they would slow the pages the live preview is waiting for.
        renderFirst(first, times, renderer, planned, proseHtml, incremental);
        CompletableFuture<Void> downloads = alongside("write-downloads", () -> {
            timed(times, "open data", () -> {
                renderer.writeOpenData(content, plan, planned.asOf(), incremental, staging);
                return null;
            });
            if (options.pagefind() == null) {
                timed(times, "search index", () -> {
                    renderer.writeSearchIndex(content, plan, planned.messageBundles(), proseHtml, incremental, staging);
                    return null;
                });
            }
            timed(times, "editor", () -> {
                new AdminSite(project).write(content, plan, planned.messageBundles(), staging);
                return null;
            });
        });
        int rendered;
        try {
            rendered = timed(times, "render pages", () -> renderer.renderPages(content, plan, planned.messageBundles(),
                    proseHtml, planned.history(), planned.asOf(), incremental, staging));
        } catch (RuntimeException | Error e) {
            // Nothing may still write into the working copy once the build has failed; the pages' problem is reported.
            downloads.exceptionally(problem -> null).join();
            throw e;
        }
        Workers.await(downloads);
        if (options.pagefind() != null) {
            // Pagefind reads the pages as written, so it follows them; the site is published with its index.
            timed(times, "search index", () -> {
                new PagefindIndex(options.pagefind()).index(staging);
                return null;
            });
        }
        timed(times, "publish", () -> {
            publisher.publish(staging);
            if (options.recordPublishedUrls()) {
                new PublishedUrlRecord(project).update(planned.publishedUrls(), plan);
            }
            return null;
        });
        return new BuildReport(plan.pages().size(), rendered, Duration.ofNanos(System.nanoTime() - start),
                inStageOrder(times), planned.warnings());
    }

    private void renderFirst(FirstPages first, Map<String, Duration> times, SiteRenderer renderer,
                                    Planned planned, Map<Prose.ProseFile, String> proseHtml, IncrementalBuild incremental) {
        if (first.files().isEmpty()) {
            return;
        }
        Map<String, byte[]> pages;
        try {
            pages = timed(times, "render first", () -> renderer.renderInMemory(planned.content(), planned.plan(),
                    planned.messageBundles(), proseHtml, planned.history(), planned.asOf(), incremental, first.files()));
        } catch (RuntimeException e) {
            // Rendering the same pages again with the rest of the site fails the same way, and reports it.
            return;
        }
        if (!pages.isEmpty()) {
            first.ready().accept(pages);
        }
    }

    private static Map<String, Duration> inStageOrder(Map<String, Duration> times) {
        Map<String, Duration> ordered = new LinkedHashMap<>();
        STAGES.stream().filter(times::containsKey).forEach(stage -> ordered.put(stage, times.get(stage)));
        return ordered;
    }

    /**
     * Runs work on a thread of its own beside the page rendering: the downloads mostly wait for the disk,
     * which rendering leaves idle, and rendering mostly waits for the processors.
     */
    private static CompletableFuture<Void> alongside(String name, Runnable work) {
        return Workers.inBackground(name, () -> {
            work.run();
            return null;
        });
    }

    /**
     * What rendering needs of the loaded files. The files themselves, texts and parsed trees, are only needed
     * to check the content and report problems; on a national site they are hundreds of megabytes, so they
     * are let go once the pages are planned.
     */
    private record Planned(SiteContent content, SitePlan plan, List<MessageBundle> messageBundles,
                           ContentHistory history, LocalDate asOf, PublishedUrls publishedUrls, Fingerprints fingerprints,
                           List<Diagnostic> warnings) {
    }

    private Planned plan(Map<String, Duration> times, SiteRenderer renderer) {
        LoadedContent loaded = timed(times, "load", () -> load(new ContentLoader(project, memory.reads(), memory.contentFiles())));
        renderer.startProseInBackground(loaded.prose().stream().map(s -> new Prose.ProseFile(s.path(), s.language(), s.text())).toList(),
                loaded.messageBundles());
        Validated validated = timed(times, "validate", () -> validate(loaded));
        SitePlan plan = timed(times, "plan", () -> guarded(loaded, validated));
        LocalDate asOf = asOf(loaded.history());
        Fingerprints fingerprints = timed(times, "page inputs",
                () -> InputGroups.fingerprints(loaded, project, validated.content().site().baseUrl(), asOf,
                        memory.fingerprints()));
        return new Planned(validated.content(), plan, loaded.messageBundles(), loaded.history(), asOf,
                loaded.publishedUrls(), fingerprints, validated.warnings());
    }

    /**
     * The day the site describes the archive's follow-ups as of: the one it is told, else the date of the checked-out
     * commit, so that the same commit builds the same site on any day; only outside git the day of the build.
     */
    private LocalDate asOf(ContentHistory history) {
        if (options.asOf() != null) {
            return options.asOf();
        }
        return history.head() != null ? history.head() : options.today();
    }

    /** The pages of the site, once none of them would take away an address the site has published. */
    private SitePlan guarded(LoadedContent loaded, Validated validated) {
        SitePlan planned = new PagePlanner(validated.content(), urlScheme(loaded), loaded.publishedUrls().urls()).plan();
        List<Diagnostic> lost = new PublishedUrlGuard(loaded).check(planned);
        if (!lost.isEmpty()) {
            throw new ContentException(lost);
        }
        return planned;
    }

    /**
     * Checks the content, prose included, without rendering pages or touching the output; returns the warnings.
     * The pages are planned, so that an address the content would take away is reported here as by a build:
     * editors are told to check with this, and it must not pass what the build refuses.
     */
    public List<Diagnostic> validateOnly() {
        LoadedContent loaded = load(new ContentLoader(project));
        Validated validated = validate(loaded);
        guarded(loaded, validated);
        try (SiteRenderer renderer = new SiteRenderer(project)) {
            renderer.convertProse(validated.content(), loaded.messageBundles());
        }
        return validated.warnings();
    }

    private record Validated(SiteContent content, List<Diagnostic> warnings) {
    }

    /**
     * Loads the content. When a file cannot be read, the files that could are still checked on their own, so
     * that an editor learns of every broken file at once rather than of one per build.
     */
    private LoadedContent load(ContentLoader loader) {
        try {
            return loader.load();
        } catch (UnreadableContentException e) {
            List<Diagnostic> all = new ArrayList<>(e.diagnostics());
            all.addAll(new ContentValidator(project).checkEachFile(e.readable()));
            throw new ContentException(all);
        }
    }

    private Validated validate(LoadedContent loaded) {
        SiteContent content;
        List<Diagnostic> warnings;
        try {
            content = withBaseUrl(new ContentValidator(project, memory.checks()).validate(loaded));
            warnings = new ContentWarnings(loaded, options.today()).check(content);
        } finally {
            // Checked, also when the content is broken: the trees are seldom needed again, and a memory kept
            // for the next build holds the files.
            loaded.json().forEach(JsonSource::forgetParsed);
        }
        if (options.strict() && !warnings.isEmpty()) {
            throw new ContentException(warnings.stream().map(Diagnostic::asError).toList());
        }
        return new Validated(content, warnings);
    }

    /** The address the site is published at may differ from site.json's, e.g. a GitHub Pages project site. */
    private SiteContent withBaseUrl(SiteContent content) {
        String baseUrl = options.baseUrl();
        if (baseUrl == null || baseUrl.isBlank()) {
            return content;
        }
        SiteSettings s = content.site();
        SiteSettings site = new SiteSettings(baseUrl.endsWith("/") ? baseUrl : baseUrl + "/", s.defaultLanguage(),
                s.languages(), s.title(), s.tagline(), s.owners(), s.contactLinks(), s.pendingTranslations());
        return new SiteContent(site, content.organisations(), content.areas(), content.news(), content.pages(),
                content.redirects(), content.sources());
    }

    private static UrlScheme urlScheme(LoadedContent loaded) {
        return new UrlScheme(loaded.messageBundles().stream()
                .collect(Collectors.toMap(MessageBundle::language, MessageBundle::messages, (a, b) -> a)));
    }

    private <T> T timed(Map<String, Duration> times, String stage, Supplier<T> work) {
        options.progress().accept(stage);
        long start = System.nanoTime();
        try {
            return work.get();
        } finally {
            times.put(stage, Duration.ofNanos(System.nanoTime() - start));
        }
    }
}
