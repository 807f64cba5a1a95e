package se.medborgarloften;

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
import se.medborgarloften.diagnostics.ContentException;
import se.medborgarloften.load.ContentLoader;
import se.medborgarloften.validate.ContentValidator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Fuzzes the content loader and validator with mutations of the real content files: whatever the input,
 * the only failure allowed is a content error (with file and line), never another exception or a hang.
 * A bounded number of tries keeps it inside the test run; every crash it ever found is replayed from
 * src/test/resources/fuzz-regressions/.
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

    @BeforeContainer
    static void copyProject() throws IOException {
        project = Files.createTempDirectory("fuzz-");
        TestProjects.copyOfRealProject(project);
    }

    @AfterContainer
    static void removeProject() {
        TestProjects.deleteTree(project);
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
