package se.medborgarloften.preview;

import se.medborgarloften.generator.BuildMemory;
import se.medborgarloften.generator.BuildOptions;
import se.medborgarloften.generator.BuildReport;
import se.medborgarloften.generator.FirstPages;
import se.medborgarloften.generator.SiteBuild;
import se.medborgarloften.diagnostics.ContentException;
import se.medborgarloften.diagnostics.Diagnostic;
import se.medborgarloften.diagnostics.Text;
import se.medborgarloften.editor.LocalBackend;
import se.medborgarloften.render.SiteRenderer;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Build, serve, watch, rebuild: the preview loop behind the `serve` command. */
public final class LivePreview implements AutoCloseable {

    private final Path project;
    private final Path output;
    private final BuildOptions options;
    private final String language;
    private final PrintStream out;
    private final LatestBuild state = new LatestBuild();
    private final OpenPages openPages = new OpenPages();
    private final PagesAhead ahead = new PagesAhead();
    private final Path assets;
    private final PreviewServer server;
    private final ContentWatcher watcher;
    /** Kept for the whole preview, so that a rebuild does not start Asciidoctor and JBake's database again. */
    private final SiteRenderer renderer;
    /** Kept for the whole preview, so that a rebuild reads and checks only the files that changed. */
    private final BuildMemory memory = new BuildMemory();
    private Thread watching;

    public LivePreview(Path project, Path output, int port, BuildOptions options, String language, PrintStream out) {
        this.project = project.toAbsolutePath().normalize();
        this.output = output;
        this.options = options;
        this.language = language;
        this.out = out;
        this.renderer = SiteRenderer.forLivePreview(this.project);
        this.assets = this.project.resolve("assets");
        try {
            this.server = new PreviewServer(output, assets, port, state, memory.listings(), openPages, ahead,
                    Text.of("preview.problems").in(language));
            // The editor at /admin/ reads and saves content through the preview: one command starts both.
            server.handle("/api/v1", new LocalBackend(this.project, language));
            this.watcher = new ContentWatcher(List.of(this.project.resolve("content"), this.project.resolve("templates"),
                    assets));
            // Watched from here on, before the first build lists the content.
            memory.contentFiles().watched();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Builds once, starts serving and watching, and returns; {@link #close()} stops it. */
    public void start() {
        build(FirstPages.NONE);
        server.start();
        out.println(Text.of("preview.serving", "http://localhost:" + server.port() + "/").in(language));
        out.println(Text.of("editor.serving", "http://localhost:" + server.port() + "/").in(language));
        watching = new Thread(() -> watcher.watch(this::rebuild), "preview-watch");
        watching.setDaemon(true);
        watching.start();
        // The first build took converted prose from the cache; the first edit of prose should not wait for JRuby.
        Thread warmUp = new Thread(() -> {
            renderer.startProseConverter();
            prepareWorkingCopy();
        }, "preview-warm-up");
        warmUp.setDaemon(true);
        warmUp.start();
    }

    /**
     * Builds the same site once more while the preview waits for the first edit. A build keeps the unchanged
     * pages of the folder it writes into, and the build after an edit writes into the folder the site was
     * served from before the first build, which may be empty: this build fills it, so that the first edit
     * renders only what it changed. Nothing changes for the reader, so the browser is not told to reload.
     */
    private synchronized void prepareWorkingCopy() {
        try {
            new SiteBuild(project, output, options, memory).run(renderer);
        } catch (RuntimeException e) {
            // The content changed since the first build and is broken: the rebuild the edit causes reports it.
        }
    }

    public int port() {
        return server.port();
    }

    /** Runs until the process is stopped (Ctrl+C). */
    public void awaitTermination() throws InterruptedException {
        watching.join();
    }

    /**
     * Rebuilds after an edit. The pages open in a browser are rendered first and shown at once (Hugo's "fast
     * render"): on a national site the whole site takes seconds, the open pages milliseconds. When assets/
     * changed they are not, since the open pages would show with the old styles until the rest is done.
     */
    private void rebuild(Set<Path> changed) {
        memory.contentFiles().changed(changed);
        boolean assetsChanged = changed.stream().anyMatch(path -> path.startsWith(assets));
        build(assetsChanged ? FirstPages.NONE : new FirstPages(openPages.files(), this::showAhead));
    }

    /** Open pages reload with the pages rendered ahead, and stay when the rest of the site is published. */
    private void showAhead(Map<String, byte[]> pages) {
        ahead.show(pages);
        state.update(s -> s.next(true, List.of()));
    }

    private synchronized void build(FirstPages first) {
        try {
            BuildReport report = new SiteBuild(project, output, options, memory).run(renderer, first);
            boolean shownAhead = ahead.end();
            out.println(report.summary(language));
            report.warnings().forEach(w -> out.println(w.format(language)));
            if (!shownAhead) {
                state.update(s -> s.next(true, List.of()));
            }
        } catch (ContentException e) {
            ahead.end();
            List<String> problems = e.diagnostics().stream().map(d -> d.format(language)).toList();
            problems.forEach(out::println);
            out.println(Text.of("preview.keptLastGood").in(language));
            state.update(s -> s.next(false, problems));
        } catch (RuntimeException e) {
            ahead.end();
            // A broken template or an I/O problem must not end the preview; show it and keep the last good site.
            String problem = Diagnostic.error("templates", 0, 0, "", Text.of("render.failed", String.valueOf(e.getMessage())),
                    Text.of("render.failed.hint")).format(language);
            out.println(problem);
            state.update(s -> s.next(false, List.of(problem)));
        }
    }

    @Override
    public void close() {
        server.close();
        try {
            watcher.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            synchronized (this) {
                renderer.close();
            }
        }
    }
}
