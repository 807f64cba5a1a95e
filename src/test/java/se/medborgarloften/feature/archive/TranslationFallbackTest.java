package se.medborgarloften.feature.archive;

import se.medborgarloften.TestProjects;
import se.medborgarloften.SiteHtml;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.medborgarloften.generator.SiteBuild;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** English marked as pending: the English page shows the Swedish text, marked as Swedish, with a notice. */
class TranslationFallbackTest {

    @TempDir
    Path project;

    @Test
    void pendingEnglishShowsSwedishWithANoticeAndTheRightLanguage() throws Exception {
        TestProjects.copyOfRealProject(project);
        Path promise = project.resolve("content/areas/rosengard/2024-2025/promise.json");
        String json = TestProjects.read(promise)
                .replace(",\n    \"en\": \"Rosengård – south of Amiralsgatan\"", "")
                .replaceFirst("\\{\n", "{\n  \"pendingTranslations\": [\"en\"],\n");
        TestProjects.write(promise, json);
        Files.delete(project.resolve("content/areas/rosengard/2024-2025/promise.en.adoc"));

        Path out = project.resolve("out");
        new SiteBuild(project, out).run();
        SiteHtml site = new SiteHtml(out);
        Document english = site.page(site.file("en/areas/rosengard/2024-2025/"));
        assertNotNull(english.selectFirst(".notice"), "the English page must say it is not fully translated");
        var fallback = english.select("[lang=sv]").stream()
                .filter(e -> e.text().contains("Rosengård - söder om Amiralsgatan")).findFirst();
        assertTrue(fallback.isPresent(), "the untranslated focus is shown in Swedish, marked lang=sv");
        var prose = english.selectFirst("#introduction .prose");
        assertNotNull(prose);
        assertEquals("sv", prose.attr("lang"));
        Document swedish = site.page(site.file("sv/omraden/rosengard/2024-2025/"));
        assertTrue(swedish.select(".notice").isEmpty(), "the Swedish original needs no notice");
    }
}
