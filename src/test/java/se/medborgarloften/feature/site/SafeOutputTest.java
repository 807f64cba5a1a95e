package se.medborgarloften.feature.site;

import se.medborgarloften.TestProjects;
import se.medborgarloften.SiteHtml;

import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.medborgarloften.generator.SiteBuild;
import se.medborgarloften.diagnostics.ContentException;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Safe by construction: a strict Content-Security-Policy holds, text is escaped, external links are isolated. */
class SafeOutputTest {

    @TempDir
    Path project;

    @Test
    void everyPageCarriesAStrictPolicyAndNothingInlineThatWouldBreakIt() {
        SiteHtml site = new SiteHtml(TestProjects.realSite());
        int external = 0;
        for (Path file : site.pages()) {
            Document page = site.page(file);
            Element csp = page.selectFirst("meta[http-equiv=Content-Security-Policy]");
            assertNotNull(csp, "no Content-Security-Policy on " + file);
            assertTrue(csp.attr("content").contains("script-src 'self'") && !csp.attr("content").contains("unsafe-inline"));
            assertTrue(page.select("script:not([src])").isEmpty(), "inline script on " + file);
            assertTrue(page.select("style, [style]").isEmpty(), "inline style on " + file);
            for (Element element : page.getAllElements()) {
                for (Attribute attribute : element.attributes()) {
                    assertFalse(attribute.getKey().startsWith("on"), "event handler " + attribute + " on " + file);
                }
            }
            for (Element link : page.select("a[href^=http]")) {
                assertEquals("noopener", link.attr("rel"), "external link without rel=noopener on " + file + ": " + link);
                external++;
            }
        }
        assertTrue(external > 0, "the contact page links to other sites");
    }

    @Test
    void markupInJsonTextIsRefusedOrShownAsTextNeverRun() {
        TestProjects.copyOfRealProject(project);
        Path promise = project.resolve("content/areas/rosengard/2024-2025/promise.json");
        String original = TestProjects.read(promise);
        String commitment = "\"sv\": \"Minst 25 spaningsinsatser för att motverka öppna drogscener\"";
        TestProjects.write(promise, original.replace(commitment,
                "\"sv\": \"Minst 25 <script>alert('x')</script> spaningsinsatser\""));
        Path out = project.resolve("out");
        ContentException refused = assertThrows(ContentException.class, () -> new SiteBuild(project, out).run());
        assertTrue(refused.getMessage().contains("<script>"), refused.getMessage());

        // Markup the check does not take for an editor's HTML is still only text on the page.
        TestProjects.write(promise, original.replace(commitment,
                "\"sv\": \"Minst 25 <svg onload=alert('x')> spaningsinsatser & \\\"mer\\\"\""));
        new SiteBuild(project, out).run();
        SiteHtml site = new SiteHtml(out);
        Document page = site.page(site.file("sv/omraden/rosengard/2024-2025/"));
        assertTrue(page.select("script, svg[onload]").isEmpty(), "no element may come from content");
        assertTrue(page.getElementById("commitment-spaningsinsatser").text().contains("<svg onload=alert('x')>"));
        assertTrue(TestProjects.read(out.resolve("data/commitments.csv")).contains("<svg"),
                "the open data holds the text as written");
    }
}
