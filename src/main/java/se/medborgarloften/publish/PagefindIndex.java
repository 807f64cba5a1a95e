package se.medborgarloften.publish;

import se.medborgarloften.diagnostics.ContentException;
import se.medborgarloften.diagnostics.Diagnostic;
import se.medborgarloften.diagnostics.Text;
import se.medborgarloften.output.StagingSite;
import se.medborgarloften.support.Folders;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The site's search index, written by Pagefind (npm) over the working copy before it is published, so that the
 * pages and the index that finds them go public in the same step: a reader never searches an index of another
 * build, and a build stopped here publishes nothing. Pagefind writes into a folder of its own beside the working
 * copy, which then takes the place of the index the working copy held.
 */
public final class PagefindIndex {

    /** The index's folder in the site, where the search page's script looks for it. */
    public static final String FOLDER = "pagefind";

    private final Path program;

    /** @param program Pagefind's command (src/main/search/node_modules/.bin/pagefind once npm installed it) */
    public PagefindIndex(Path program) {
        this.program = program.toAbsolutePath().normalize();
    }

    /** Indexes the working copy's pages into its {@value #FOLDER}/ folder, marked as written by this build. */
    public void index(StagingSite staging) {
        Path root = staging.root();
        Path written = root.resolveSibling(root.getFileName() + ".pagefind");
        Path log = root.resolveSibling(root.getFileName() + ".pagefind.log");
        try {
            Folders.deleteRecursively(written);
            int exit = run(root, written, log);
            if (exit != 0) {
                throw failed(Text.of("build.pagefindFailed", exit, tail(log)), log.toString());
            }
            Path index = root.resolve(FOLDER);
            Folders.deleteRecursively(index);
            Files.move(written, index);
            try (Stream<Path> files = Files.walk(index)) {
                files.filter(Files::isRegularFile)
                        .forEach(file -> staging.markWritten(root.relativize(file).toString().replace('\\', '/')));
            }
            Files.deleteIfExists(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private int run(Path site, Path output, Path log) throws IOException {
        if (!Files.isExecutable(program)) {
            throw failed(Text.of("build.pagefindMissing", program), program.toString());
        }
        Process process = new ProcessBuilder(program.toString(), "--site", site.toString(), "--output-path",
                output.toString(), "--quiet")
                .directory(site.getParent().toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            // The build is being stopped: so is Pagefind, and nothing is published.
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while Pagefind indexed the site", e);
        }
        return process.exitValue();
    }

    /** The last lines Pagefind printed: what went wrong, in its own words. */
    private static String tail(Path log) throws IOException {
        if (!Files.exists(log)) {
            return "";
        }
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 10), lines.size())).strip();
    }

    /** A failed index stops the build before it publishes; the published site stays as it was. */
    private static ContentException failed(Text problem, String file) {
        return new ContentException(Diagnostic.error(file.replace('\\', '/'), 0, 0, "", problem,
                Text.of("build.pagefindFailed.hint")));
    }
}
