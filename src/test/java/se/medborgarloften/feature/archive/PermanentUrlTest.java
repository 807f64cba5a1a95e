package se.medborgarloften.feature.archive;

import se.medborgarloften.TestProjects;
import se.medborgarloften.SiteHtml;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.medborgarloften.generator.BuildOptions;
import se.medborgarloften.generator.SiteBuild;
import se.medborgarloften.diagnostics.ContentException;
import se.medborgarloften.diagnostics.Diagnostic;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A published address never silently disappears; a declared redirect keeps it working. */
class PermanentUrlTest {

    private static final String LIST = "content/published-urls.txt";

    @TempDir
    Path project;

    @Test
    void theCommittedListHoldsEveryPermanentPageOfTheRealSite() {
        List<String> listed = TestProjects.read(TestProjects.realProject().resolve(LIST)).lines()
                .filter(l -> !l.startsWith("#") && !l.isBlank()).toList();
        SiteHtml site = new SiteHtml(TestProjects.realSite());
        for (String url : listed) {
            assertTrue(Files.isRegularFile(site.file(url)), "listed but not built: " + url);
        }
        assertTrue(listed.contains("sv/omraden/rosengard/2024-2025/"));
        assertTrue(listed.contains("en/areas/rosengard/2024-2025/"));
        // The comparison pages the site once published are listed, and are redirects now.
        List<String> comparisons = listed.stream().filter(u -> u.contains("/jamfor/") || u.contains("/compare/")).toList();
        assertEquals(6, comparisons.size(), comparisons.toString());
        for (String url : comparisons) {
            assertNotNull(site.page(site.file(url)).selectFirst("meta[http-equiv=refresh]"), url);
        }
    }

    @Test
    void removingAPublishedAreaFailsUntilRedirectsAreDeclared() throws IOException {
        TestProjects.copyOfRealProject(project);
        TestProjects.deleteTree(project.resolve("content/areas/sofielund"));
        ContentException e = assertThrows(ContentException.class, () -> new SiteBuild(project, project.resolve("out")).run());
        List<Diagnostic> lost = e.diagnostics();
        assertTrue(lost.stream().allMatch(d -> d.file().equals(LIST)), lost.toString());
        Diagnostic period = lost.stream().filter(d -> d.message().contains("sv/omraden/sofielund/2022-2023/")).findFirst().orElseThrow();
        assertEquals(lineOf("sv/omraden/sofielund/2022-2023/"), period.line());
        assertTrue(period.hint().contains("content/redirects.json"));
        // Its page, period and history in both languages; Sofielund was the only promise of 2022, so that year's
        // archive pages would go as well.
        assertEquals(8, lost.size(), lost.toString());

        TestProjects.write(project.resolve("content/redirects.json"), """
                {
                  "$schema": "../schema/redirects.schema.json",
                  "redirects": [
                    { "from": "sv/omraden/sofielund/2022-2023/", "to": "sv/omraden/" },
                    { "from": "en/areas/sofielund/2022-2023/", "to": "en/areas/" },
                    { "from": "sv/omraden/sofielund/", "to": "sv/omraden/" },
                    { "from": "en/areas/sofielund/", "to": "en/areas/" },
                    { "from": "sv/omraden/sofielund/historik/", "to": "sv/omraden/" },
                    { "from": "en/areas/sofielund/history/", "to": "en/areas/" },
                    { "from": "sv/arkiv/2022/", "to": "sv/arkiv/" },
                    { "from": "en/archive/2022/", "to": "en/archive/" }
                  ]
                }
                """);
        Path out = project.resolve("out");
        new SiteBuild(project, out).run();
        SiteHtml site = new SiteHtml(out);
        Document redirect = site.page(site.file("sv/omraden/sofielund/2022-2023/"));
        assertNotNull(redirect.selectFirst("meta[http-equiv=refresh]"));
        assertEquals(site.file("sv/omraden/"), site.resolve(site.file("sv/omraden/sofielund/2022-2023/"),
                redirect.selectFirst("main a").attr("href")));
        assertTrue(TestProjects.read(project.resolve(LIST)).contains("sv/omraden/sofielund/2022-2023/"),
                "a redirected address stays on the list");
    }

    @Test
    void theComparisonsOfARenamedOrRemovedPeriodLeadOnWithItsPage() {
        TestProjects.copyOfRealProject(project);
        // 2023 removed, 2018 renamed 2018-2019: their pages redirected as the guard asks, nothing said of comparisons.
        // The published comparisons lead to the later period's changes when their periods are now consecutive
        // (2018, renamed, is now right before 2024-2025), and to the area's history otherwise.
        TestProjects.deleteTree(project.resolve("content/areas/rosengard/2023"));
        Path renamed = project.resolve("content/areas/rosengard/2018-2019");
        TestProjects.copyTree(project.resolve("content/areas/rosengard/2018"), renamed);
        TestProjects.deleteTree(project.resolve("content/areas/rosengard/2018"));
        Path promise = renamed.resolve("promise.json");
        TestProjects.write(promise, TestProjects.read(promise).replace("\"end\": \"2018\"", "\"end\": \"2019\""));
        Path news = project.resolve("content/news/2018-05-09-fyra-nya-medborgarloften/news.json");
        TestProjects.write(news, TestProjects.read(news).replace("\"area\": \"rosengard\",\n      \"period\": \"2018\"",
                "\"area\": \"rosengard\",\n      \"period\": \"2018-2019\""));
        TestProjects.write(project.resolve("content/redirects.json"), """
                {
                  "$schema": "../schema/redirects.schema.json",
                  "redirects": [
                    { "from": "sv/omraden/rosengard/2023/", "to": "sv/omraden/rosengard/" },
                    { "from": "en/areas/rosengard/2023/", "to": "en/areas/rosengard/" },
                    { "from": "sv/omraden/rosengard/2018/", "to": "sv/omraden/rosengard/2018-2019/" },
                    { "from": "en/areas/rosengard/2018/", "to": "en/areas/rosengard/2018-2019/" }
                  ]
                }
                """);
        Path out = project.resolve("out");
        new SiteBuild(project, out).run();
        SiteHtml site = new SiteHtml(out);
        assertEquals("sv/omraden/rosengard/2024-2025/#changes", redirectTarget(site, "sv/omraden/rosengard/jamfor/2018/2024-2025/"));
        assertEquals("en/areas/rosengard/2024-2025/#changes", redirectTarget(site, "en/areas/rosengard/compare/2018/2024-2025/"));
        assertEquals("sv/omraden/rosengard/historik/", redirectTarget(site, "sv/omraden/rosengard/jamfor/2023/2024-2025/"));
        assertEquals("en/areas/rosengard/history/", redirectTarget(site, "en/areas/rosengard/compare/2018/2023/"));
    }

    @Test
    void aPublishedComparisonWithNowhereToLeadFailsTheBuildUntilARedirectIsDeclared() {
        TestProjects.copyOfRealProject(project);
        Path list = project.resolve(LIST);
        TestProjects.write(list, TestProjects.read(list) + "sv/omraden/gammalt/jamfor/2018/2019/\n");
        ContentException e = assertThrows(ContentException.class, () -> new SiteBuild(project, project.resolve("out")).run());
        assertEquals(1, e.diagnostics().size(), e.diagnostics().toString());
        assertTrue(e.diagnostics().get(0).message().contains("sv/omraden/gammalt/jamfor/2018/2019/"));
        TestProjects.write(project.resolve("content/redirects.json"), """
                {
                  "$schema": "../schema/redirects.schema.json",
                  "redirects": [ { "from": "sv/omraden/gammalt/jamfor/2018/2019/", "to": "sv/omraden/" } ]
                }
                """);
        Path out = project.resolve("out");
        new SiteBuild(project, out).run();
        assertEquals("sv/omraden/", redirectTarget(new SiteHtml(out), "sv/omraden/gammalt/jamfor/2018/2019/"));
    }

    /** Where the redirect page at this address leads, as an address below the site's root. */
    private static String redirectTarget(SiteHtml site, String from) {
        Path page = site.file(from);
        Document redirect = site.page(page);
        assertNotNull(redirect.selectFirst("meta[http-equiv=refresh]"), from + " is not a redirect page");
        String href = redirect.selectFirst("main a").attr("href");
        Path target = site.resolve(page, href);
        String fragment = href.contains("#") ? href.substring(href.indexOf('#')) : "";
        return site.root().relativize(target.getParent()).toString().replace('\\', '/') + "/" + fragment;
    }

    @Test
    void aRedirectToAPageThatDoesNotExistIsAnError() {
        TestProjects.copyOfRealProject(project);
        TestProjects.write(project.resolve("content/redirects.json"), """
                {
                  "$schema": "../schema/redirects.schema.json",
                  "redirects": [ { "from": "sv/gammal-sida/", "to": "sv/finns-inte/" } ]
                }
                """);
        ContentException e = assertThrows(ContentException.class, () -> new SiteBuild(project, project.resolve("out")).run());
        Diagnostic error = e.diagnostics().get(0);
        assertEquals("content/redirects.json", error.file());
        assertEquals(3, error.line());
    }

    @Test
    void aNewPeriodIsAddedToTheListByThePublishedBuildOnly() {
        TestProjects.copyOfRealProject(project);
        addMollevangen2019();
        String before = TestProjects.read(project.resolve(LIST));
        new SiteBuild(project, project.resolve("out")).run();
        assertEquals(before, TestProjects.read(project.resolve(LIST)), "a local build or the preview publishes nothing");

        new SiteBuild(project, project.resolve("out"), BuildOptions.defaults().withRecordPublishedUrls(true)).run();
        String list = TestProjects.read(project.resolve(LIST));
        assertTrue(list.contains("sv/omraden/mollevangen/2019/") && list.contains("en/areas/mollevangen/2019/"));
    }

    @Test
    void aDraftBuiltLocallyCanBeDeletedAgain() {
        TestProjects.copyOfRealProject(project);
        Path draft = addMollevangen2019();
        new SiteBuild(project, project.resolve("out")).run();
        TestProjects.deleteTree(draft);
        new SiteBuild(project, project.resolve("out")).run();
        assertFalse(Files.exists(new SiteHtml(project.resolve("out")).file("sv/omraden/mollevangen/2019/")));
    }

    @Test
    void validateReportsAnAddressTheContentWouldTakeAwayAsTheBuildDoes() {
        TestProjects.copyOfRealProject(project);
        TestProjects.deleteTree(project.resolve("content/areas/sofielund"));
        SiteBuild build = new SiteBuild(project, project.resolve("out"));
        List<Diagnostic> byValidate = assertThrows(ContentException.class, build::validateOnly).diagnostics();
        List<Diagnostic> byBuild = assertThrows(ContentException.class, build::run).diagnostics();
        assertEquals(byBuild, byValidate);
        assertEquals(8, byValidate.size(), byValidate.toString());
    }

    /** A copy of Möllevången 2018 as a 2019 period, which the committed list does not hold. */
    private Path addMollevangen2019() {
        Path from = project.resolve("content/areas/mollevangen/2018");
        Path to = project.resolve("content/areas/mollevangen/2019");
        TestProjects.copyTree(from, to);
        Path promise = to.resolve("promise.json");
        TestProjects.write(promise, TestProjects.read(promise).replace("\"start\": \"2018\"", "\"start\": \"2019\"")
                .replace("\"end\": \"2018\"", "\"end\": \"2019\""));
        return to;
    }

    private int lineOf(String url) {
        List<String> lines = TestProjects.read(project.resolve(LIST)).lines().toList();
        return lines.indexOf(url) + 1;
    }

}
