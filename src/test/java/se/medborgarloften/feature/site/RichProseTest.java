package se.medborgarloften.feature.site;

import se.medborgarloften.TestProjects;
import se.medborgarloften.SiteHtml;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.medborgarloften.generator.SiteBuild;
import se.medborgarloften.diagnostics.ContentException;
import se.medborgarloften.diagnostics.Diagnostic;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * AsciiDoc beyond paragraphs and lists, as an editor may write it (notes, tables with column widths, a listing,
 * footnotes in a promise and its follow-up), builds into pages in the text's language that are valid, carry no
 * inline style the pages' Content-Security-Policy would block, and keep every id once.
 */
class RichProseTest {

    private static final String SV_2024 = "sv/omraden/rosengard/2024-2025/";
    private static final String EN_2024 = "en/areas/rosengard/2024-2025/";
    private static final String SV_2023 = "sv/omraden/rosengard/2023/";
    private static final String EN_2023 = "en/areas/rosengard/2023/";

    private final SiteHtml site = new SiteHtml(TestProjects.richProseSite());

    @Test
    void captionsAreInTheLanguageOfTheText() {
        Document sv = site.page(site.file(SV_2024));
        assertEquals(List.of("Notera", "Varning"), sv.select(".prose .admonitionblock .title").eachText());
        assertEquals("Tabell 1. Insatser under perioden", sv.selectFirst(".prose caption").text());
        Document en = site.page(site.file(EN_2024));
        assertEquals(List.of("Note", "Warning"), en.select(".prose .admonitionblock .title").eachText());
        assertEquals("Table 1. Work during the period", en.selectFirst(".prose caption").text());
        assertEquals("Visa fotnoten.", sv.selectFirst(".prose a.footnote").attr("title"));
        assertEquals("View footnote.", en.selectFirst(".prose a.footnote").attr("title"));
        assertEquals("Så följs löftet upp", sv.selectFirst(".prose details > summary").text());
    }

    @Test
    void columnWidthsAreClassesNotStylesAndListingsKeepTheirLanguage() {
        for (String page : List.of(SV_2024, EN_2024)) {
            Document html = site.page(site.file(page));
            assertTrue(html.select("[style]").isEmpty(), page + ": inline styles, which the pages' policy blocks");
            assertEquals(List.of("width-35", "width-65"),
                    html.select(".prose table.tableblock").first().select("col").eachAttr("class"), page);
            assertNotNull(html.selectFirst(".prose code[data-lang=bash]"), page);
        }
    }

    @Test
    void everyTableOfProseScrollsInARegionWithAName() {
        for (String page : List.of(SV_2024, EN_2024)) {
            Document html = site.page(site.file(page));
            List<Element> tables = html.select(".prose table.tableblock");
            assertEquals(2, tables.size(), page);
            for (Element table : tables) {
                Element region = table.parent();
                assertTrue(region.hasClass("table-scroll") && "region".equals(region.attr("role"))
                        && "0".equals(region.attr("tabindex")), page + ": " + region);
                String name = region.hasAttr("aria-labelledby")
                        ? html.getElementById(region.attr("aria-labelledby")).text() : region.attr("aria-label");
                assertFalse(name.isBlank(), page + ": a region without a name");
            }
        }
        assertEquals("Tabell 2", site.page(site.file(SV_2024)).select(".prose .table-scroll").get(1).attr("aria-label"));
    }

    @Test
    void aPromiseAndItsFollowUpEachKeepTheirFootnotesOnOnePage() {
        for (String page : List.of(SV_2023, EN_2023)) {
            Document html = site.page(site.file(page));
            List<Element> references = html.select(".prose a.footnote");
            assertEquals(2, references.size(), page);
            Set<String> ids = new HashSet<>();
            List<String> repeated = new ArrayList<>();
            for (Element element : html.select("[id]")) {
                if (!ids.add(element.id())) {
                    repeated.add(element.id());
                }
            }
            assertEquals(List.of(), repeated, page);
            for (Element reference : references) {
                Element note = html.getElementById(reference.attr("href").substring(1));
                assertNotNull(note, page + ": " + reference);
                assertEquals("#" + reference.id(), note.selectFirst("a").attr("href"), page + ": the way back");
            }
        }
        assertTrue(site.page(site.file(SV_2023)).text().contains("Uppföljningen blev klar i början av 2024."));
    }

    @Test
    void thePagesAreValidHtml() throws Exception {
        List<Path> pages = List.of(site.file(SV_2024), site.file(EN_2024), site.file(SV_2023), site.file(EN_2023));
        List<String> errors = NuHtmlChecker.errors(site.root(), pages);
        assertTrue(errors.isEmpty(), "Nu Html Checker errors:\n" + String.join("\n", errors));
    }

    @Test
    void aLinkToANewWindowAndAVideoAreRefusedWithTheirLinesAndWhatToDo(@TempDir Path project) {
        TestProjects.copyOfRealProject(project);
        Path text = project.resolve("content/areas/rosengard/2024-2025/promise.sv.adoc");
        String link = "Se https://polisen.se/lokalpolisomrade[Polisen^].";
        String video = "video::dQw4w9WgXcQ[youtube]";
        TestProjects.write(text, TestProjects.read(text) + "\n" + link + "\n\n" + video + "\n");
        ContentException error = assertThrows(ContentException.class, () -> new SiteBuild(project, project.resolve("out")).run());
        List<String> lines = TestProjects.read(text).lines().toList();
        Diagnostic newWindow = error.diagnostics().stream().filter(d -> d.message().contains("new window")).findFirst().orElseThrow();
        assertEquals("content/areas/rosengard/2024-2025/promise.sv.adoc", newWindow.file());
        assertEquals(lines.indexOf(link) + 1, newWindow.line());
        assertTrue(newWindow.hint().contains("^"), newWindow.hint());
        Diagnostic player = error.diagnostics().stream().filter(d -> d.message().contains("<iframe>")).findFirst().orElseThrow();
        assertEquals(lines.indexOf(video) + 1, player.line());
    }
}
