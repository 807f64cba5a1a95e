package se.medborgarloften.cli;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.medborgarloften.TestProjects;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The deploy workflow's commit of content/published-urls.txt (.github/scripts/record-published-urls), run as the
 * workflow runs it against a local bare repository standing for GitHub: two pull requests merged seconds apart, each
 * deployed by a run that recorded new addresses, and the branch moving under a run while it pushes. No address is
 * ever lost, every run succeeds, and the list stays in the form the build writes.
 */
class RecordPublishedUrlsTest {

    private static final Path SCRIPT = TestProjects.realProject().resolve(".github/scripts/record-published-urls");
    private static final String FILE = "content/published-urls.txt";
    private static final String HEADER = """
            # Every address this site has published, kept by the build; commit this file when it changes.
            # An address listed here must stay a page, or be redirected in content/redirects.json.
            """;

    @TempDir
    Path temp;
    private Path origin;

    @BeforeEach
    void aRepositoryWithAPublishedList() throws Exception {
        assumeTrue(run(temp, "git", "--version").exit == 0, "git is not installed");
        origin = temp.resolve("origin.git");
        git(temp, "init", "--quiet", "--bare", "--initial-branch=main", origin.toString());
        Path seed = clone("seed");
        write(seed, FILE, list("en/", "sv/", "sv/omraden/"));
        write(seed, "content/areas/a.json", "{}\n");
        git(seed, "add", ".");
        git(seed, "commit", "--quiet", "-m", "The site as published");
        git(seed, "push", "--quiet", "origin", "HEAD:main");
    }

    @Test
    void twoMergesSecondsApartBothRecordTheirAddressesAndNeitherDeployFails() throws Exception {
        // Merge 1 is deployed: the run checks out main and its build adds the addresses of the new pages.
        Path first = clone("run-1");
        // Merge 2 lands while the first run builds, and its run starts from it.
        Path merger = clone("merger");
        write(merger, "content/areas/b.json", "{}\n");
        git(merger, "add", ".");
        git(merger, "commit", "--quiet", "-m", "Merge pull request 2: area b");
        git(merger, "push", "--quiet", "origin", "HEAD:main");
        Path second = clone("run-2");
        buildAdds(first, "sv/omraden/a/", "en/areas/a/");
        buildAdds(second, "sv/omraden/b/", "en/areas/b/", "sv/omraden/a/");

        // Both runs record at the same moment: one of the pushes finds the branch moved by the other.
        CompletableFuture<Result> one = CompletableFuture.supplyAsync(() -> record(first));
        CompletableFuture<Result> two = CompletableFuture.supplyAsync(() -> record(second));
        Result a = one.get(2, TimeUnit.MINUTES);
        Result b = two.get(2, TimeUnit.MINUTES);
        assertEquals(0, a.exit, a.output);
        assertEquals(0, b.exit, b.output);

        Path check = clone("check");
        assertEquals(list("en/", "en/areas/a/", "en/areas/b/", "sv/", "sv/omraden/", "sv/omraden/a/", "sv/omraden/b/"),
                read(check, FILE), "every address of both runs, once each, sorted under the header");
        assertTrue(Files.exists(check.resolve("content/areas/b.json")), "the second merge is kept");
        assertEquals(0, run(check, "git", "diff", "--quiet", "HEAD~1", "HEAD", "--", "content/areas").exit,
                "a recording commit changes only the list");
    }

    @Test
    void aBranchThatMovesWhileARunPushesIsMergedAgainAndRetried() throws Exception {
        Path run = clone("run");
        buildAdds(run, "sv/omraden/a/");
        // The branch moves between the run's look at it and its push, as when a merge lands just then: a hook
        // that runs as the push begins makes another merge, which records an address of its own, the first time.
        Path other = clone("other");
        Path theirs = Files.writeString(temp.resolve("their-list"), list("en/", "en/news/", "sv/", "sv/omraden/"));
        Path hook = run.resolve(".git/hooks/pre-push");
        Files.writeString(hook, """
                #!/bin/sh
                if [ ! -e "%1$s/moved" ]; then
                    touch "%1$s/moved"
                    cd "%2$s" && cp "%3$s" %4$s && git commit --quiet -am "Merge pull request 3, and its recorded address" \
                        && git push --quiet origin HEAD:main
                fi
                exit 0
                """.formatted(temp, other, theirs, FILE));
        Files.setPosixFilePermissions(hook, PosixFilePermissions.fromString("rwxr-xr-x"));

        Result result = record(run);

        assertEquals(0, result.exit, result.output);
        assertTrue(result.output.contains("moved while recording"), "the first push was refused: " + result.output);
        assertTrue(result.output.contains("attempt 2"), result.output);
        assertEquals(list("en/", "en/news/", "sv/", "sv/omraden/", "sv/omraden/a/"), read(clone("check"), FILE));
    }

    @Test
    void nothingNewOrAlreadyRecordedIsNoCommitAndNoFailure() throws Exception {
        Path unchanged = clone("unchanged");
        Result nothing = record(unchanged);
        assertEquals(0, nothing.exit, nothing.output);
        assertTrue(nothing.output.contains("No new addresses"), nothing.output);

        // A run that built the same addresses another run has recorded meanwhile has nothing left to push.
        Path late = clone("late");
        Path early = clone("early");
        buildAdds(early, "sv/omraden/a/");
        buildAdds(late, "sv/omraden/a/");
        assertEquals(0, record(early).exit);
        String head = git(clone("before"), "rev-parse", "HEAD");
        Result again = record(late);
        assertEquals(0, again.exit, again.output);
        assertTrue(again.output.contains("already recorded"), again.output);
        assertEquals(head, git(clone("after"), "rev-parse", "HEAD"), "no empty commit");
    }

    /** What the published build does to the file: adds its addresses to the list, in order, under the header. */
    private static void buildAdds(Path clone, String... urls) throws IOException {
        TreeSet<String> all = new TreeSet<>(Arrays.asList(read(clone, FILE).replace(HEADER, "").split("\n")));
        all.remove("");
        all.addAll(List.of(urls));
        write(clone, FILE, list(all.toArray(String[]::new)));
    }

    private static String list(String... urls) {
        TreeSet<String> sorted = new TreeSet<>(List.of(urls));
        return HEADER + String.join("\n", sorted) + "\n";
    }

    private Result record(Path clone) {
        return run(clone, Map.of("GITHUB_REF_NAME", "main"), "sh", SCRIPT.toString(), "origin", "main");
    }

    private Path clone(String name) throws IOException, InterruptedException {
        Path clone = temp.resolve(name);
        git(temp, "clone", "--quiet", origin.toString(), clone.toString());
        git(clone, "config", "user.name", "Test");
        git(clone, "config", "user.email", "test@example.org");
        return clone;
    }

    private static String git(Path folder, String... args) {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        Result result = run(folder, command.toArray(String[]::new));
        assertEquals(0, result.exit, String.join(" ", command) + ": " + result.output);
        return result.output.strip();
    }

    private static void write(Path clone, String file, String text) throws IOException {
        Files.createDirectories(clone.resolve(file).getParent());
        Files.writeString(clone.resolve(file), text);
    }

    private static String read(Path clone, String file) throws IOException {
        return Files.readString(clone.resolve(file));
    }

    private record Result(int exit, String output) {
    }

    private static Result run(Path folder, String... command) {
        return run(folder, Map.of(), command);
    }

    private static Result run(Path folder, Map<String, String> environment, String... command) {
        try {
            ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true);
            builder.environment().putAll(environment);
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                return new Result(-1, output + " (did not finish)");
            }
            return new Result(process.exitValue(), output);
        } catch (IOException e) {
            return new Result(-1, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(-1, "interrupted");
        }
    }
}
