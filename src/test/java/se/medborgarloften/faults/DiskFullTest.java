package se.medborgarloften.faults;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.medborgarloften.TestProjects;
import se.medborgarloften.generator.SiteBuild;
import se.medborgarloften.diagnostics.ContentException;
import se.medborgarloften.diagnostics.Diagnostic;
import se.medborgarloften.render.SiteRenderer;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A build that runs out of disk space stops with a plain message in the editor's language, naming the folder,
 * and leaves the published site as it was; once there is room again, the next build succeeds without cleaning.
 * The site is published on a file system of 6 MB made for the test (tmpfs, mounted as root or with sudo; the
 * test is skipped, saying why, where neither may mount), filled so that the build runs out at different points.
 */
class DiskFullTest {

    /**
     * The room left for the build, in kB: less than one of the real site's pages, then more and more of the site
     * (about 2 MB). What a failed build wrote stays in its working copy (only the published site must not change),
     * so all the rooms together, and the command line's 200 kB, stay below the site's size.
     */
    private static final List<Integer> ROOM_KB = List.of(8, 100, 300, 600);

    @TempDir
    Path temp;

    @Test
    void aBuildThatRunsOutOfSpaceSaysSoPlainlyAndLeavesThePublishedSiteAsItWas() throws Exception {
        Path small = Files.createDirectories(temp.resolve("small"));
        String refused = SmallFileSystem.mount(small, "6m");
        assumeTrue(refused == null, refused);
        Path project = TestProjects.copyOfRealProject(temp.resolve("project"));
        // One renderer for the builds in this JVM, as the live preview keeps one: each build starts at once.
        try (SiteRenderer renderer = new SiteRenderer(project)) {
            Path site = small.resolve("site");
            new SiteBuild(project, site).run(renderer);
            Map<String, String> published = TestProjects.fingerprint(site);
            // A change on every page, so that a build that got through would show.
            Path siteJson = project.resolve("content/site.json");
            Files.writeString(siteJson, Files.readString(siteJson).replace("år för år", "år efter år"));
            FileStore store = Files.getFileStore(small);
            Path filler = small.resolve("filler");

            List<String> failures = new ArrayList<>();
            for (int room : ROOM_KB) {
                Files.deleteIfExists(filler);
                fill(filler, store.getUsableSpace() - room * 1024L);
                ContentException full = assertThrows(ContentException.class, () -> new SiteBuild(project, site).run(renderer),
                        "a build with " + room + " kB of room");
                assertEquals(1, full.diagnostics().size(), full.getMessage());
                Diagnostic problem = full.diagnostics().get(0);
                assertTrue(problem.format("sv").contains("Disken är full"), problem.format("sv"));
                assertTrue(problem.format("sv").contains("Frigör utrymme"), problem.format("sv"));
                assertTrue(problem.format("en").contains("The disk is full"), problem.format("en"));
                assertFalse(problem.file().isEmpty(), "the problem names a file");
                assertEquals(published, TestProjects.fingerprint(site), "the published site is unchanged (" + room + " kB of room)");
                failures.add(room + " kB: " + problem.file());
            }

            // From the command line, in the editor's language (Swedish unless --lang en), without a stack trace.
            Files.deleteIfExists(filler);
            fill(filler, store.getUsableSpace() - 200 * 1024L);
            CommandLine swedish = CommandLine.build(project, site);
            assertEquals(1, swedish.exit, swedish.output);
            assertTrue(swedish.output.contains("Disken är full, så bygget avbröts innan något publicerades"), swedish.output);
            assertTrue(swedish.output.contains("inget publicerades och den tidigare byggda webbplatsen är oförändrad"), swedish.output);
            assertFalse(swedish.output.contains("Exception") || swedish.output.contains("\tat "), swedish.output);
            assertEquals(published, TestProjects.fingerprint(site), "the published site is unchanged after the command line's build");

            // Room again: the next build succeeds, as a build into an empty folder does.
            Files.delete(filler);
            new SiteBuild(project, site).run(renderer);
            Path fresh = temp.resolve("fresh");
            new SiteBuild(project, fresh).run(renderer);
            Map<String, String> rebuilt = TestProjects.fingerprint(site);
            assertEquals(TestProjects.fingerprint(fresh), rebuilt);
            assertNotEquals(published, rebuilt);
            System.out.println("DiskFullTest: " + (ROOM_KB.size() + 1) + " builds ran out of space and left the published site"
                    + " unchanged (" + String.join("; ", failures) + "; one from the command line); the next build succeeded");
        } finally {
            SmallFileSystem.unmount(small);
        }
    }

    private static void fill(Path filler, long bytes) throws IOException {
        byte[] block = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(filler)) {
            for (long left = Math.max(0, bytes); left > 0; left -= block.length) {
                out.write(block, 0, (int) Math.min(block.length, left));
            }
        }
    }

    /** The site's command line in a JVM of its own, and what it printed. */
    private record CommandLine(int exit, String output) {

        static CommandLine build(Path project, Path site, String... more) throws IOException, InterruptedException {
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), "se.medborgarloften.cli.Main", "build",
                    "--project", project.toString(), "--out", site.toString(), "--quiet-warnings"));
            command.addAll(List.of(more));
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(process.waitFor(3, TimeUnit.MINUTES));
            return new CommandLine(process.exitValue(), output);
        }
    }
}
