package se.medborgarloften.render.jbake;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.medborgarloften.TestProjects;
import se.medborgarloften.benchmark.SyntheticContent;
import se.medborgarloften.generator.BuildMemory;
import se.medborgarloften.generator.BuildOptions;
import se.medborgarloften.generator.SiteBuild;
import se.medborgarloften.diagnostics.ContentException;
import se.medborgarloften.render.SiteRenderer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The templates' {@code <@cached>} parts: the live preview's rebuilds, which keep the parts and pages of the
 * areas that did not change (with the digests and records the renderer remembers), make byte for byte the
 * site built from nothing rendering every part every time (-Dtemplates.fragments=false; for the real site
 * in one build, see TemplateAccessTest).
 */
class FragmentCacheTest {

    @TempDir
    Path temp;

    @Test
    void rebuildsKeepOnlyThePartsAndPagesOfUnchangedAreas() throws IOException {
        Path project = temp.resolve("project");
        SyntheticContent.write(TestProjects.realProject(), project, 4, 3);
        Path site = temp.resolve("site");
        BuildMemory memory = new BuildMemory();
        try (SiteRenderer renderer = new SiteRenderer(project)) {
            new SiteBuild(project, site, BuildOptions.defaults(), memory).run(renderer);
            // Twice, as the preview does before the first edit, so that the build after the edit writes into a
            // folder this renderer wrote before: it keeps that folder's unchanged pages by what it remembers.
            new SiteBuild(project, site, BuildOptions.defaults(), memory).run(renderer);
            String overviewBefore = TestProjects.read(site.resolve("sv/oversikt/index.html"));
            // What the overview, the archive, the home page and the list of areas show of one area changes.
            Path promise = project.resolve("content/areas/omrade-0002/2017/promise.json");
            TestProjects.write(promise, TestProjects.read(promise).replaceFirst("\"sv\": \"", "\"sv\": \"Ändrad titel: "));
            Files.delete(project.resolve("content/areas/omrade-0002/2017/follow-up.json"));
            new SiteBuild(project, site, BuildOptions.defaults(), memory).run(renderer);
            assertNotEquals(overviewBefore, TestProjects.read(site.resolve("sv/oversikt/index.html")),
                    "the overview shows the edited area's follow-up");
        }
        assertTrue(TestProjects.read(site.resolve("sv/arkiv/2017/index.html")).contains("Ändrad titel: "));

        Path uncached = temp.resolve("uncached");
        TestProjects.buildInAnotherJvm(project, uncached, "-Dtemplates.fragments=false");
        TestProjects.assertSameFiles(uncached, site);
    }

    @Test
    void aMistakeInTheDirectiveNamesTheTemplate() {
        Path project = TestProjects.copyOfRealProject(temp.resolve("project"));
        Path overview = project.resolve("templates/overview.ftlh");
        TestProjects.write(overview, TestProjects.read(overview).replace("<@cached area=", "<@cached region="));
        String problem = assertThrows(ContentException.class, () -> new SiteBuild(project, temp.resolve("site")).run())
                .getMessage();
        assertTrue(problem.contains("overview.ftlh") && problem.contains("<@cached> takes the parameters key and area, not region"),
                problem);
    }
}
