package se.medborgarloften.feature.build;

import org.junit.jupiter.api.Test;
import se.medborgarloften.TestProjects;
import se.medborgarloften.benchmark.SearchTransfer;
import se.medborgarloften.diagnostics.ContentException;
import se.medborgarloften.generator.BuildOptions;
import se.medborgarloften.generator.SiteBuild;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The build that is published (`mvn package`) indexes its pages with Pagefind before publishing them: the pages and
 * their index go public in one step, the build's own index is not published beside Pagefind's, and a Pagefind that
 * fails stops the build with the site left as it was.
 */
class PagefindInBuildTest {

    /** One day for every build here, so that two builds of the same content are the same site. */
    private static final LocalDate AS_OF = LocalDate.of(2026, 12, 1);

    @Test
    void theRealSiteIsPublishedWithPagefindsIndexOfBothLanguagesAndWithoutItsOwn() throws IOException {
        Path pagefind = installedPagefind();
        Path site = TestProjects.scratchFolder("medborgarloften-pagefind-").resolve("site");
        new SiteBuild(TestProjects.realProject(), site, options().withPagefind(pagefind)).run();

        assertTrue(Files.isRegularFile(site.resolve("pagefind/pagefind.js")), "Pagefind's library is published");
        String entry = Files.readString(site.resolve("pagefind/pagefind-entry.json"));
        assertTrue(entry.contains("\"sv\"") && entry.contains("\"en\""), "an index per language: " + entry);
        assertFalse(Files.exists(site.resolve("search")), "the build's own index is not published beside Pagefind's");
        try (Stream<Path> files = Files.list(site.getParent())) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().contains(".pagefind")),
                    "nothing of Pagefind's is left beside the site");
        }

        // The next build writes into the other folder, which holds the build before last: its index is Pagefind's
        // new one, not an old one left there.
        Map<String, String> first = TestProjects.fingerprint(site.resolve("pagefind"));
        new SiteBuild(TestProjects.realProject(), site, options().withPagefind(pagefind)).run();
        assertEquals(first, TestProjects.fingerprint(site.resolve("pagefind")));
    }

    @Test
    void aPagefindThatFailsStopsTheBuildAndLeavesThePublishedSiteAsItWas() throws IOException {
        Path folder = TestProjects.scratchFolder("medborgarloften-pagefind-fails-");
        Path site = folder.resolve("site");
        new SiteBuild(TestProjects.realProject(), site, options()).run();
        Map<String, String> before = TestProjects.fingerprint(site);

        Path broken = folder.resolve("pagefind");
        Files.writeString(broken, "#!/bin/sh\necho 'Error: could not read the site' >&2\nexit 3\n");
        Files.setPosixFilePermissions(broken, PosixFilePermissions.fromString("rwxr-xr-x"));
        ContentException failed = assertThrows(ContentException.class,
                () -> new SiteBuild(TestProjects.realProject(), site, options().withPagefind(broken)).run());
        String message = failed.diagnostics().get(0).messageText().in("sv");
        assertTrue(message.contains("Pagefind avslutades med kod 3") && message.contains("could not read the site"), message);
        assertTrue(failed.diagnostics().get(0).messageText().in("en").contains("Pagefind exited with code 3"));
        assertEquals(before, TestProjects.fingerprint(site), "the published site is unchanged");

        ContentException missing = assertThrows(ContentException.class,
                () -> new SiteBuild(TestProjects.realProject(), site, options().withPagefind(folder.resolve("nowhere"))).run());
        assertTrue(missing.diagnostics().get(0).messageText().in("sv").contains("finns inte"));
        assertEquals(before, TestProjects.fingerprint(site), "the published site is unchanged");
    }

    private static BuildOptions options() {
        return BuildOptions.defaults().withAsOf(AS_OF);
    }

    private static Path installedPagefind() {
        Path root = TestProjects.realProject();
        boolean ci = "true".equals(System.getenv("CI"));
        assumeTrue(SearchTransfer.pagefindInstalled(root) || ci, "install Debian's nodejs and npm to index the site with Pagefind");
        assertTrue(SearchTransfer.pagefindInstalled(root), "Pagefind (npm) must run in CI: .ci/run installs nodejs and npm");
        return root.resolve("src/main/search/node_modules/.bin/pagefind");
    }
}
