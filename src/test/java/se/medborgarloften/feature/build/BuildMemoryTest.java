package se.medborgarloften.feature.build;

import se.medborgarloften.TestProjects;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.medborgarloften.generator.BuildMemory;
import se.medborgarloften.generator.BuildOptions;
import se.medborgarloften.generator.SiteBuild;
import se.medborgarloften.diagnostics.ContentException;
import se.medborgarloften.load.ContentFiles;
import se.medborgarloften.load.ContentLoader;
import se.medborgarloften.load.JsonSource;
import se.medborgarloften.load.LoadedContent;
import se.medborgarloften.incremental.ReadCache;
import se.medborgarloften.model.AreaHistory;
import se.medborgarloften.model.SiteContent;
import se.medborgarloften.render.SiteRenderer;
import se.medborgarloften.validate.CheckCache;
import se.medborgarloften.validate.ContentValidator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The live preview's builds share a {@link BuildMemory}: a rebuild reads, parses and checks only the files
 * that changed, and makes exactly the site a build from nothing makes.
 */
class BuildMemoryTest {

    private static final FileTime AN_HOUR_AGO = FileTime.from(Instant.now().minusSeconds(3600));

    @TempDir
    Path temp;

    @Test
    void onlyChangedFilesAreReadAndCheckedAgain() throws IOException {
        Path project = oldCopyOfRealProject();
        ReadCache<ContentLoader.ReadFile> reads = new ReadCache<>();
        CheckCache checks = new CheckCache();
        LoadedContent first = new ContentLoader(project, reads, new ContentFiles()).load();
        SiteContent firstContent = new ContentValidator(project, checks).validate(first);

        Path edited = project.resolve("content/areas/rosengard/2024-2025/promise.json");
        TestProjects.write(edited, TestProjects.read(edited).replaceFirst("\"sv\": \"", "\"sv\": \"Ändrad: "));
        LoadedContent second = new ContentLoader(project, reads, new ContentFiles()).load();
        SiteContent secondContent = new ContentValidator(project, checks).validate(second);

        Map<String, JsonSource> before = byPath(first);
        for (JsonSource source : second.json()) {
            if (source.path().equals("content/areas/rosengard/2024-2025/promise.json")) {
                assertNotSame(before.get(source.path()), source, "the edited file is read again");
            } else {
                assertSame(before.get(source.path()), source, source.path() + " is not read again");
            }
        }
        AreaHistory rosengard = area(secondContent, "rosengard");
        assertTrue(rosengard.periods().stream().anyMatch(p -> p.promise().title().values().get("sv").startsWith("Ändrad: ")));
        assertSame(area(firstContent, "mollevangen").periods().get(0).promise(), area(secondContent, "mollevangen").periods().get(0).promise(),
                "an unchanged file is not checked and bound again");
    }

    @Test
    void rebuildsWithMemoryMakeWhatABuildFromNothingMakes() throws IOException {
        try (Preview preview = new Preview(oldCopyOfRealProject())) {
            Path project = preview.project();
            preview.build();

            // Two saves of the same size within the file system's clock tick: the second must not look unchanged.
            String original = preview.savedTwiceInOneTick("content/areas/rosengard/2024-2025/promise.json",
                    (text, mark) -> text.replaceFirst("\"sv\": \"(.)", "\"sv\": \"" + mark));
            Path prose = project.resolve("content/areas/sofielund/2022-2023/promise.en.adoc");
            TestProjects.write(prose, TestProjects.read(prose) + "\nAdded in the preview.\n");
            Files.delete(project.resolve("content/areas/rosengard/2023/follow-up.json"));
            preview.build();
            // The same for a template, which the renderer's template engine has parsed and kept.
            preview.savedTwiceInOneTick("templates/promise.ftlh",
                    (text, mark) -> text.replace("</@layout.page>", "<p>Mall " + mark + "</p></@layout.page>"));

            Path fresh = temp.resolve("fresh");
            new SiteBuild(project, fresh).run();
            assertEquals(TestProjects.fingerprint(fresh), TestProjects.fingerprint(preview.site()));
            Matcher first = Pattern.compile("\"sv\": \".([^\"]{1,30})").matcher(original);
            assertTrue(first.find());
            String rosengard = TestProjects.read(preview.site().resolve("sv/omraden/rosengard/2024-2025/index.html"));
            assertTrue(rosengard.contains("Y" + first.group(1)), "the second save is on the page");
            assertTrue(rosengard.contains("<p>Mall Y</p>") && !rosengard.contains("Mall X"), "the template's second save is on the page");
        }
    }

    @Test
    void aBrokenFileIsReportedOnEveryBuildUntilItIsMended() throws IOException {
        try (Preview preview = new Preview(oldCopyOfRealProject())) {
            preview.build();
            Path promise = preview.project().resolve("content/areas/mollevangen/2018/promise.json");
            String original = TestProjects.read(promise);
            TestProjects.write(promise, original.replaceFirst("\"start\"", "\"begin\""));
            String problem = assertThrows(ContentException.class, preview::build).getMessage();
            assertTrue(problem.contains("content/areas/mollevangen/2018/promise.json"), problem);
            assertEquals(problem, assertThrows(ContentException.class, preview::build).getMessage(),
                    "the same file, unchanged, gives the same problem");
            TestProjects.write(promise, original);
            preview.build();
        }
    }

    @Test
    void referencesAreCheckedAgainWhenWhatTheyNameChanges() throws IOException {
        Path project = oldCopyOfRealProject();
        // The follow-up names a problem of its promise (the real one's findings name none: no source links them).
        Path followUp = project.resolve("content/areas/rosengard/2023/follow-up.json");
        TestProjects.write(followUp, TestProjects.read(followUp).replaceFirst("\"findings\": \\[\\s*\\{",
                "\"findings\": [ { \"problems\": [\"narkotika\"],"));
        try (Preview preview = new Preview(project)) {
            preview.build();
            // The follow-up is unchanged; the problem it names is renamed in its promise.
            preview.failsUntilMended("content/areas/rosengard/2023/promise.json",
                    text -> text.replace("\"narkotika\"", "\"narkotika-ny\""), "content/areas/rosengard/2023/follow-up.json");
            // The promises are unchanged; an organisation they name is renamed.
            preview.failsUntilMended("content/organisations.json",
                    text -> text.replace("\"asf\"", "\"asf-ny\""), "content/areas/rosengard/2024-2025/promise.json");
        }
    }

    /**
     * Builds one project into one folder with one memory and one renderer, as the live preview does: the
     * renderer keeps Asciidoctor, JBake and its template engine's parsed templates from one build to the next.
     */
    private record Preview(Path project, Path site, BuildMemory memory, SiteRenderer renderer) implements AutoCloseable {

        Preview(Path project) {
            this(project, project.resolve("site"), new BuildMemory(), SiteRenderer.forLivePreview(project));
        }

        void build() {
            new SiteBuild(project, site, BuildOptions.defaults(), memory).run(renderer);
        }

        /**
         * Saves the file twice, edited with the mark X and then Y (the same size) at the same time, and builds
         * after each save.
         *
         * @return the file as it was before
         */
        String savedTwiceInOneTick(String file, BiFunction<String, String, String> edit) throws IOException {
            Path path = project.resolve(file);
            String original = TestProjects.read(path);
            TestProjects.write(path, edit.apply(original, "X"));
            FileTime saved = Files.getLastModifiedTime(path);
            build();
            TestProjects.write(path, edit.apply(original, "Y"));
            Files.setLastModifiedTime(path, saved);
            build();
            return original;
        }

        /** Edits a file, checks that the build then fails and names the file, and puts the file back. */
        void failsUntilMended(String file, UnaryOperator<String> edit, String named) throws IOException {
            Path path = project.resolve(file);
            String original = TestProjects.read(path);
            TestProjects.write(path, edit.apply(original));
            String problem = assertThrows(ContentException.class, this::build).getMessage();
            assertTrue(problem.contains(named), problem);
            TestProjects.write(path, original);
            build();
        }

        @Override
        public void close() {
            renderer.close();
        }
    }

    /** A copy whose files were last changed an hour ago, as in a working tree someone opens to edit. */
    private Path oldCopyOfRealProject() throws IOException {
        Path project = TestProjects.copyOfRealProject(temp.resolve("project"));
        try (Stream<Path> files = Files.walk(project)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(file, AN_HOUR_AGO);
            }
        }
        return project;
    }

    private static Map<String, JsonSource> byPath(LoadedContent loaded) {
        return loaded.json().stream().collect(Collectors.toMap(JsonSource::path, Function.identity()));
    }

    private static AreaHistory area(SiteContent content, String id) {
        return content.areas().stream().filter(a -> a.area().id().equals(id)).findFirst().orElseThrow();
    }
}
