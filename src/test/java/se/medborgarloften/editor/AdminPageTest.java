package se.medborgarloften.editor;

import se.medborgarloften.render.admin.AdminSite;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import se.medborgarloften.SiteHtml;
import se.medborgarloften.TestProjects;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The editor's page in the built real site: its own Content-Security-Policy, which lets it reach nothing but the
 * site and GitHub's API; only the site's own scripts; not indexed, not in a sitemap, linked from no public page.
 */
class AdminPageTest {

    private final Path site = TestProjects.realSite();

    @Test
    void thePageLoadsOnlyTheSitesOwnFilesUnderItsOwnPolicy() throws IOException {
        Document page = Jsoup.parse(Files.readString(site.resolve("admin/index.html")));
        Element policy = page.selectFirst("meta[http-equiv=Content-Security-Policy]");
        assertEquals(AdminSite.POLICY, policy.attr("content"));
        assertTrue(AdminSite.POLICY.contains("connect-src 'self' https://api.github.com;"));
        assertTrue(AdminSite.POLICY.startsWith("default-src 'self';"));
        assertEquals("noindex, nofollow", page.selectFirst("meta[name=robots]").attr("content"));
        List<String> scripts = new ArrayList<>();
        page.select("script").forEach(s -> scripts.add(s.attr("src")));
        assertEquals(List.of("editor-init.js", "decap-cms.js", "editor.js"), scripts, "no inline script, nothing from elsewhere");
        page.select("[src], link[href]").forEach(e -> {
            String address = e.hasAttr("src") ? e.attr("src") : e.attr("href");
            assertTrue(!address.contains("//"), address);
        });
        assertTrue(Files.isRegularFile(site.resolve("admin/decap-cms.js")), "Decap's bundle is served by the site itself");
        assertTrue(Files.readString(site.resolve("admin/editor.js")).contains("location.origin + '/api/v1'"));
    }

    @Test
    void theEditorIsLinkedFromNoPublicPageAndListedInNoSitemap() throws IOException {
        SiteHtml html = new SiteHtml(site);
        for (Path file : html.pages()) {
            html.page(file).select("a[href]").forEach(a ->
                    assertTrue(!a.attr("href").contains("admin/"), file + " links to the editor"));
        }
        try (var files = Files.walk(site.resolve("sitemaps"))) {
            for (Path sitemap : files.filter(Files::isRegularFile).toList()) {
                assertTrue(!Files.readString(sitemap).contains("/admin/"), sitemap.toString());
            }
        }
        assertTrue(Files.readString(site.resolve("robots.txt")).contains("Disallow: /admin/"));
    }

    @Test
    void eachContentFileLeadsToThePageThatShowsIt() throws IOException {
        JsonNode pages = new ObjectMapper().readTree(site.resolve("admin/pages.json").toFile());
        assertEquals("/sv/omraden/rosengard/2024-2025/", pages.get("content/areas/rosengard/2024-2025/").get("sv").asText());
        assertEquals("/en/areas/rosengard/2024-2025/", pages.get("content/areas/rosengard/2024-2025/").get("en").asText());
        assertEquals("/sv/omraden/rosengard/", pages.get("content/areas/rosengard/area.json").get("sv").asText());
    }
}
