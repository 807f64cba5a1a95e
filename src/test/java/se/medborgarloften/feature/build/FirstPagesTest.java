package se.medborgarloften.feature.build;

import se.medborgarloften.TestProjects;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.medborgarloften.generator.BuildMemory;
import se.medborgarloften.generator.BuildOptions;
import se.medborgarloften.generator.FirstPages;
import se.medborgarloften.generator.SiteBuild;
import se.medborgarloften.diagnostics.ContentException;
import se.medborgarloften.render.SiteRenderer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The live preview's rebuild renders the pages open in a browser first (see {@link FirstPages}): before
 * anything is published, from the edited content, and byte for byte as the published site then has them.
 */
class FirstPagesTest {

    private static final String SV = "sv/omraden/rosengard/2024-2025/index.html";
    private static final String EN = "en/areas/rosengard/2024-2025/index.html";

    @Test
    void theOpenPagesComeFirstFromTheEditedContentAndAsTheSiteThenHasThem(@TempDir Path project) throws Exception {
        TestProjects.copyOfRealProject(project);
        Path site = project.resolve("site");
        BuildMemory memory = new BuildMemory();
        try (SiteRenderer renderer = new SiteRenderer(project)) {
            new SiteBuild(project, site, BuildOptions.defaults(), memory).run(renderer);
            Path json = project.resolve("content/areas/rosengard/2024-2025/promise.json");
            TestProjects.write(json, TestProjects.read(json).replaceFirst("\"sv\": \"", "\"sv\": \"Ändrad i förhandsvisningen: "));

            Map<String, byte[]> first = new HashMap<>();
            Map<String, String> publishedMeanwhile = new HashMap<>();
            FirstPages open = new FirstPages(Set.of(SV, EN, "sv/finns-inte/index.html"), pages -> {
                first.putAll(pages);
                pages.keySet().forEach(file -> publishedMeanwhile.put(file, TestProjects.read(site.resolve(file))));
            });
            new SiteBuild(project, site, BuildOptions.defaults(), memory).run(renderer, open);

            assertEquals(Set.of(SV, EN), first.keySet(), "a file the site does not have is left out");
            String page = new String(first.get(SV), java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(page.contains("Ändrad i förhandsvisningen: "), "rendered from the edited content");
            assertFalse(publishedMeanwhile.get(SV).contains("Ändrad i förhandsvisningen: "),
                    "ready before the rest of the site is published");
            for (String file : first.keySet()) {
                assertArrayEquals(Files.readAllBytes(site.resolve(file)), first.get(file), file);
            }
        }
    }

    @Test
    void brokenContentIsReportedAndNoPageComesFirst(@TempDir Path project) {
        TestProjects.copyOfRealProject(project);
        Path site = project.resolve("site");
        try (SiteRenderer renderer = new SiteRenderer(project)) {
            new SiteBuild(project, site).run(renderer);
            Path json = project.resolve("content/areas/rosengard/2024-2025/promise.json");
            TestProjects.write(json, TestProjects.read(json).replaceFirst("\\{", "{,"));
            Map<String, byte[]> first = new HashMap<>();
            ContentException e = assertThrows(ContentException.class,
                    () -> new SiteBuild(project, site).run(renderer, new FirstPages(Set.of(SV), first::putAll)));
            assertTrue(e.getMessage().contains("content/areas/rosengard/2024-2025/promise.json"), e.getMessage());
            assertTrue(first.isEmpty(), "nothing is shown from content that does not build");
        }
    }
}
