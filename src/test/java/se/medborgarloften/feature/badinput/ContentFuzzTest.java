package se.medborgarloften.feature.badinput;

import se.medborgarloften.TestProjects;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import se.medborgarloften.generator.BuildMemory;
import se.medborgarloften.generator.BuildOptions;
import se.medborgarloften.generator.SiteBuild;
import se.medborgarloften.diagnostics.ContentException;
import se.medborgarloften.diagnostics.Diagnostic;
import se.medborgarloften.render.SiteRenderer;
import se.medborgarloften.load.ContentLoader;
import se.medborgarloften.validate.ContentValidator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Fuzzes the content loader and validator with mutations of the real content files: whatever the input,
 * the only failure allowed is a content error (with file and line), never another exception or a hang.
 * A bounded number of tries keeps it inside the test run; every crash it ever found is replayed from
 * src/test/resources/fuzz-regressions/. Whole content trees are fuzzed too: files and folders deleted, duplicated,
 * cut short and mutated, several at once, and the whole site built from what is left; every build ends with a site
 * or with problems that each name a file, never with another exception.
 */
class ContentFuzzTest {

    private static final List<String> FILES = List.of(
            "content/site.json", "content/organisations.json", "content/areas/sofielund/area.json",
            "content/areas/sofielund/2022-2023/promise.json", "content/areas/rosengard/2023/follow-up.json",
            "content/news/2018-05-09-fyra-nya-medborgarloften/news.json", "content/pages/kontakt/page.json",
            "content/redirects.json", "content/areas/mollevangen/2018/promise.sv.adoc");
    private static final List<String> SNIPPETS = List.of("{", "}", "[", "]", ",", ":", "\"", "\\", "\\u00", "null",
            "true", "-1", "1e999", "0.5", "\"2023-02-30\"", "\"x\"", "ö", "\u0000", "\n", "\uFEFF", "{\"sv\":1}", "[]", "{}",
            "\"$schema\"", "\"pendingTranslations\": [\"en\"],", "9999999999999999999999", "\"en\"", "🙂");
    private static final Duration LIMIT = Duration.ofSeconds(20);

    private static Path project;
    /** A project whose content/ each try of the whole-tree fuzzing breaks, restored from the real content before it. */
    private static Path treeProject;
    /** Kept for all those tries, as the live preview keeps it: a build starts in a fraction of the time. */
    private static SiteRenderer treeRenderer;
    private static final AtomicInteger TREES_BUILT = new AtomicInteger();
    private static final AtomicInteger TREES_REFUSED = new AtomicInteger();

    @BeforeContainer
    static void copyProject() throws IOException {
        project = Files.createTempDirectory("fuzz-");
        TestProjects.copyOfRealProject(project);
        treeProject = Files.createTempDirectory("fuzz-trees-");
        TestProjects.copyOfRealProject(treeProject);
    }

    @AfterContainer
    static void removeProject() {
        if (treeRenderer != null) {
            treeRenderer.close();
            System.out.println("ContentFuzzTest: " + (TREES_BUILT.get() + TREES_REFUSED.get()) + " broken content trees built: "
                    + TREES_BUILT.get() + " gave a site, " + TREES_REFUSED.get() + " problems that each name a file, none a crash");
        }
        TestProjects.deleteTree(project);
        TestProjects.deleteTree(treeProject);
    }

    /** What can happen to a content tree: a file or folder deleted, duplicated or cut short, or a file mutated. */
    enum TreeChange { DELETE_FILE, DELETE_FOLDER, DUPLICATE_FILE, DUPLICATE_FOLDER, CUT_SHORT, MUTATE }

    /**
     * One change to the tree as it is at that moment: which file (and, for a duplicate, where to), as fractions of
     * the list of its files, so that any list of changes applies to any tree.
     */
    record TreeEdit(TreeChange change, double file, double other, Mutation mutation) {

        void apply(Path content) throws IOException {
            List<Path> files;
            try (Stream<Path> all = Files.walk(content)) {
                files = all.filter(Files::isRegularFile).sorted().toList();
            }
            if (files.isEmpty()) {
                return;
            }
            Path picked = files.get(Math.min(files.size() - 1, (int) (file * files.size())));
            Path target = files.get(Math.min(files.size() - 1, (int) (other * files.size())));
            Path folder = picked.getParent();
            switch (change) {
                case DELETE_FILE -> Files.delete(picked);
                case DELETE_FOLDER -> {
                    if (!folder.equals(content)) {
                        TestProjects.deleteTree(folder);
                    }
                }
                case DUPLICATE_FILE -> Files.copy(picked, target.getParent().resolve(picked.getFileName()),
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                case DUPLICATE_FOLDER -> {
                    if (!folder.equals(content)) {
                        // Beside itself under a name an editor might give a copy: a next period, or a new area.
                        String name = folder.getFileName().toString();
                        Path copy = folder.resolveSibling(name.matches("\\d{4}") ? String.valueOf(Integer.parseInt(name) + 11) : name + "-kopia");
                        if (!Files.exists(copy)) {
                            TestProjects.copyTree(folder, copy);
                        }
                    }
                }
                case CUT_SHORT -> {
                    byte[] bytes = Files.readAllBytes(picked);
                    Files.write(picked, java.util.Arrays.copyOf(bytes, (int) (other * bytes.length)));
                }
                case MUTATE -> {
                    // On the file's bytes, whatever they are (one character per byte), with the snippet's UTF-8 bytes.
                    String bytes = new String(Files.readAllBytes(picked), StandardCharsets.ISO_8859_1);
                    Mutation onBytes = new Mutation(mutation.file(), mutation.at(), mutation.length(),
                            new String(mutation.snippet().getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1));
                    Files.write(picked, onBytes.apply(bytes).getBytes(StandardCharsets.ISO_8859_1));
                }
            }
        }
    }

    @Provide
    Arbitrary<List<TreeEdit>> treeEdits() {
        Arbitrary<TreeEdit> edit = Combinators.combine(Arbitraries.of(TreeChange.class), Arbitraries.doubles().between(0, 1),
                Arbitraries.doubles().between(0, 1), mutations()).as(TreeEdit::new);
        return edit.list().ofMinSize(1).ofMaxSize(6);
    }

    /**
     * Whole content trees broken in several places at once, built into a site that was published before: the build
     * gives a site, or problems that each name a file and leave the published site where it was; nothing else.
     */
    @Property(tries = 40, seed = "20261207", shrinking = net.jqwik.api.ShrinkingMode.OFF)
    void anyBrokenContentTreeGivesASiteOrProblemsThatNameTheirFiles(@ForAll("treeEdits") List<TreeEdit> edits) throws Exception {
        Path content = treeProject.resolve("content");
        TestProjects.deleteTree(content);
        TestProjects.copyTree(TestProjects.realProject().resolve("content"), content);
        Path out = treeProject.resolve("target/site");
        if (treeRenderer == null) {
            treeRenderer = new SiteRenderer(treeProject);
            new SiteBuild(treeProject, out, options(), new BuildMemory()).run(treeRenderer);
        }
        Path published = Files.readSymbolicLink(out);
        for (TreeEdit edit : edits) {
            edit.apply(content);
        }
        boolean[] refused = new boolean[1];
        CompletableFuture<Throwable> run = CompletableFuture.supplyAsync(() -> {
            try {
                new SiteBuild(treeProject, out, options(), new BuildMemory()).run(treeRenderer);
                TREES_BUILT.incrementAndGet();
                return null;
            } catch (ContentException e) {
                List<String> unnamed = new ArrayList<>();
                for (Diagnostic d : e.diagnostics()) {
                    if (d.file().isBlank() || d.format("en").contains("Exception")) {
                        unnamed.add(d.format("en"));
                    }
                }
                assertTrue(unnamed.isEmpty(), "every problem names its file, in words: " + unnamed);
                TREES_REFUSED.incrementAndGet();
                refused[0] = true;
                return null;
            } catch (Throwable t) {
                return t;
            }
        });
        Throwable crash = run.get(LIMIT.toSeconds() * 3, TimeUnit.SECONDS);
        if (crash != null) {
            throw new AssertionError("not a site and not a content error for " + edits, crash);
        }
        assertTrue(Files.isRegularFile(out.resolve("index.html")), "a site is published");
        if (refused[0]) {
            assertEquals(published, Files.readSymbolicLink(out), "a refused build leaves the published site where it was");
        }
    }

    private static BuildOptions options() {
        return BuildOptions.defaults().withAsOf(LocalDate.of(2026, 12, 7));
    }

    /** One change to one file: replace a stretch of it with a snippet. */
    record Mutation(String file, double at, int length, String snippet) {
        String apply(String text) {
            int start = (int) (at * text.length());
            int end = Math.min(text.length(), start + length);
            return text.substring(0, start) + snippet + text.substring(end);
        }
    }

    @Provide
    Arbitrary<Mutation> mutations() {
        return Combinators.combine(Arbitraries.of(FILES), Arbitraries.doubles().between(0, 1),
                Arbitraries.integers().between(0, 40), Arbitraries.of(SNIPPETS)).as(Mutation::new);
    }

    @Property(tries = 120, seed = "20261122")
    void anyMutationGivesAContentErrorOrPassesNeverACrash(@ForAll("mutations") Mutation mutation) throws Exception {
        Path file = project.resolve(mutation.file());
        String original = Files.readString(file);
        try {
            Files.writeString(file, mutation.apply(original));
            loadAndValidate(mutation.toString());
        } finally {
            Files.writeString(file, original);
        }
    }

    @Example
    void everyCrashFoundBeforeStaysFixed() throws Exception {
        List<Path> regressions;
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/fuzz-regressions"))) {
            regressions = files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
        for (Path regression : regressions) {
            JsonNode input = new ObjectMapper().readTree(regression.toFile());
            Path file = project.resolve(input.get("file").asText());
            String original = Files.readString(file);
            try {
                Files.writeString(file, input.get("content").asText(), StandardCharsets.UTF_8);
                loadAndValidate(regression.toString());
            } finally {
                Files.writeString(file, original);
            }
        }
    }

    private static void loadAndValidate(String input) throws Exception {
        CompletableFuture<Throwable> run = CompletableFuture.supplyAsync(() -> {
            try {
                new ContentValidator(project).validate(new ContentLoader(project).load());
                return null;
            } catch (ContentException e) {
                assertTrue(e.diagnostics().stream().allMatch(d -> !d.file().isEmpty()), "every problem names its file");
                return null;
            } catch (Throwable t) {
                return t;
            }
        });
        Throwable crash = run.get(LIMIT.toSeconds(), TimeUnit.SECONDS);
        if (crash != null) {
            throw new AssertionError("not a content error for " + input, crash);
        }
    }
}
