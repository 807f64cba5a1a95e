package se.medborgarloften.render;

import se.medborgarloften.incremental.Store;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.medborgarloften.Stages;
import se.medborgarloften.TestProjects;
import se.medborgarloften.diagnostics.ContentException;
import se.medborgarloften.diagnostics.Diagnostic;
import se.medborgarloften.model.Prose;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The AsciiDoc an editor writes, made HTML: the real prose as it is, and the markup the site refuses, each refused
 * with the file, the line and the Swedish message of src/main/resources/diagnostics_sv.properties.
 */
class ProseConverterTest {

    private static final String PROMISE_SV = "content/areas/rosengard/2024-2025/promise.sv.adoc";
    private static final String PAGE_SV = "content/pages/kontakt/page.sv.adoc";

    private static Path project;
    private static ProseConverter converter;
    private static Map<String, ProseLabels> labels;

    @BeforeAll
    static void start() {
        // A project folder of its own: the converter keeps its cache in the project's target/ folder.
        project = TestProjects.scratchFolder("prose-converter-");
        converter = new ProseConverter(project, project.resolve(Store.FOLDER).resolve("prose"));
        labels = ProseLabels.byLanguage(Stages.load(TestProjects.realProject()).messageBundles());
    }

    @AfterAll
    static void stop() {
        converter.close();
    }

    @Test
    void theRealPromiseTextBecomesItsParagraphs() {
        String asciidoc = TestProjects.read(TestProjects.realProject().resolve(PROMISE_SV));
        Document html = Jsoup.parseBodyFragment(convert(PROMISE_SV, "sv", asciidoc));
        long paragraphs = asciidoc.split("\n\n").length;
        assertEquals(paragraphs, html.select("p").size(), html.body().html());
        assertTrue(html.select("p").get(0).text().startsWith("Polisens lokalpolisområde Malmö söder har i samverkan med Malmö Stad"),
                html.select("p").get(0).text());
        assertTrue(html.select("p").stream().anyMatch(p -> p.text().equals("Detta medborgarlöfte gäller under perioden maj 2024 - maj 2025.")));
        assertTrue(html.select("script, style, [style]").isEmpty());
    }

    @Test
    void theRealContactPageKeepsItsHeadingsAndLinks() {
        String asciidoc = TestProjects.read(TestProjects.realProject().resolve(PAGE_SV));
        Document html = Jsoup.parseBodyFragment(convert(PAGE_SV, "sv", asciidoc));
        assertEquals("Vid nödsituation: ring 112", html.select("h2").get(0).text());
        assertEquals("polisen.se", html.selectFirst("a[href=https://polisen.se/]").text());
        assertTrue(html.select("a[target]").isEmpty());
    }

    @Test
    void aSwedishNoteHasTheSwedishCaption() {
        Document sv = Jsoup.parseBodyFragment(convert(PROMISE_SV, "sv", "NOTE: Mötet är flyttat.\n"));
        assertTrue(sv.text().contains("Notera"), sv.body().html());
        Document en = Jsoup.parseBodyFragment(convert(PROMISE_SV.replace(".sv.", ".en."), "en", "NOTE: The meeting has moved.\n"));
        assertTrue(en.text().contains("Note"), en.body().html());
        assertFalse(en.text().contains("Notera"));
    }

    @Test
    void rawHtmlPassthroughIsRefusedOnItsLine() {
        List<Diagnostic> found = problems(PROMISE_SV, "Första stycket.\n\n++++\n<div>rå</div>\n++++\n", "prose.passthrough");
        assertEquals(List.of(3, 5), found.stream().map(Diagnostic::line).toList(), "both lines of the block");
        assertEquals("Rå HTML (++++, +++ eller pass:[]) är inte tillåten.", found.get(0).messageText().in("sv"));
        assertEquals(1, problem(PROMISE_SV, "Ett pass:[<u>understruket</u>] ord.\n", "prose.passthrough").line());
    }

    @Test
    void htmlTagsInTheTextAreReportedWithTheirColumnButNotInCode() {
        Diagnostic error = problem(PROMISE_SV, "Ett stycke.\n\nHär är <b>fet</b> text.\n", "text.html");
        assertEquals(3, error.line());
        assertEquals(8, error.column());
        assertTrue(error.messageText().in("sv").startsWith("HTML-koden <b> skulle synas på sidan"), error.messageText().in("sv"));
        String code = convert(PROMISE_SV, "sv", "Skriv inte `<b>` i texten.\n\n----\n<p>exempel</p>\n----\n");
        assertTrue(code.contains("&lt;b&gt;"), code);
    }

    @Test
    void aMarkdownLinkIsShownHowToWriteIt() {
        Diagnostic error = problem(PROMISE_SV, "Läs mer.\nSe [Polisen](https://polisen.se/) för mer.\n", "prose.markdownLink");
        assertEquals(2, error.line());
        assertEquals(4, error.column());
        assertEquals("Skriv adressen först och länktexten inom hakparentes direkt efter: https://polisen.se/[Polisen]",
                error.hintText().in("sv"));
    }

    @Test
    void imagesAndIncludesFromOutsideTheFolderAreRefused() {
        assertEquals(2, problem(PROMISE_SV, "Karta:\nimage::karta.png[Karta]\n", "prose.image").line());
        Diagnostic include = problem(PROMISE_SV, "Text.\n\ninclude::../../../../pom.xml[]\n", "prose.includeOutside");
        assertEquals(3, include.line());
        assertEquals("include::../../../../pom.xml pekar utanför mappen.", include.messageText().in("sv"));
    }

    @Test
    void aHeadingInAPromiseTextIsRefusedButAPageMayHaveThem() {
        Diagnostic heading = problem(PROMISE_SV, "Inledning.\n\n== Bakgrund\n\nText.\n", "prose.heading");
        assertEquals(3, heading.line());
        assertEquals("Rubriker hör inte hemma i medborgarlöftets löptext; sidan har sina egna rubriker.", heading.messageText().in("sv"));
        String page = convert(PAGE_SV, "sv", "Inledning.\n\n== Bakgrund\n\nText.\n");
        assertTrue(page.contains("Bakgrund</h2>"), page);
    }

    @Test
    void aDocumentTitleOnAPagesFirstLineWouldVanish() {
        Diagnostic title = problem(PAGE_SV, "// Kontakt\n= Kontakt\n\nText.\n", "prose.documentTitle");
        assertEquals(2, title.line());
    }

    @Test
    void anAttributeFromTheBuildingComputerIsRefusedWithItsColumn() {
        Diagnostic error = problem(PROMISE_SV, "Uppdaterad {localdate}.\n", "prose.machineAttribute");
        assertEquals(1, error.line());
        assertEquals(12, error.column());
        assertEquals("Skriv själva datumet eller texten i stället för {localdate}.", error.hintText().in("sv"));
    }

    @Test
    void anUndefinedAttributeIsReportedOnTheLineThatUsesIt() {
        Diagnostic error = problem(PROMISE_SV, "Första.\n\nAndra {okand} stycket.\n", "prose.adoc.missingAttribute");
        assertEquals(3, error.line());
    }

    @Test
    void aCrossReferenceToNoAnchorLeadsNowhere() {
        Diagnostic error = problem(PROMISE_SV, "[[bakgrund]]\nBakgrund.\n\nSe <<bakgrund>> och <<saknas>>.\n", "prose.brokenReference");
        assertEquals(4, error.line());
        assertEquals("Korshänvisningen till \"saknas\" leder ingenstans i texten.", error.messageText().in("sv"));
        String fine = convert(PROMISE_SV, "sv", "[[bakgrund]]\nBakgrund.\n\nSe <<bakgrund>>.\n");
        assertTrue(fine.contains("href=\"#bakgrund\""), fine);
    }

    @Test
    void aLinkThatOpensANewWindowIsRefusedOnItsLine() {
        Diagnostic error = problem(PROMISE_SV, "Text.\n\nSe https://polisen.se/[polisen.se^].\n", "prose.newWindow");
        assertEquals(3, error.line());
        assertTrue(error.messageText().in("sv").startsWith("Länken till https://polisen.se/ öppnas i ett nytt fönster"),
                error.messageText().in("sv"));
    }

    @Test
    void aLinkThatIsNotAWholeAddressIsRefused() {
        Diagnostic error = problem(PROMISE_SV, "Text.\n\nSe link:javascript:alert(1)[här].\n", "prose.unsafeLink");
        assertEquals(3, error.line());
    }

    @Test
    void everyBrokenFileIsReportedAtOnceAndNoneIsConverted() {
        List<Prose.ProseFile> files = List.of(
                new Prose.ProseFile(PROMISE_SV, "sv", "Bild:\nimage::karta.png[]\n"),
                new Prose.ProseFile(PAGE_SV, "sv", "Se [Polisen](https://polisen.se/).\n"),
                new Prose.ProseFile("content/areas/mollevangen/2018/promise.sv.adoc", "sv", "Bra text.\n"));
        ContentException failed = assertThrows(ContentException.class, () -> converter.convertAll(files, labels));
        assertEquals(List.of(PROMISE_SV, PAGE_SV),
                failed.diagnostics().stream().map(Diagnostic::file).sorted().toList());
    }

    @Test
    void theSameTextConvertsToTheSameHtmlFromTheCache() throws Exception {
        String asciidoc = "Ett stycke med *fetstil* och https://malmo.se/[en länk].\n";
        String first = convert("content/areas/sofielund/2022-2023/promise.sv.adoc", "sv", asciidoc);
        ProseConverter another = new ProseConverter(project, project.resolve(Store.FOLDER).resolve("prose"));
        try {
            assertEquals(first, another.convertAll(List.of(new Prose.ProseFile(
                    "content/areas/sofielund/2022-2023/promise.sv.adoc", "sv", asciidoc)), labels).values().iterator().next());
        } finally {
            another.close();
        }
        assertTrue(first.contains("<strong>fetstil</strong>"), first);
        try (var cached = Files.walk(project.resolve(Store.FOLDER).resolve("prose"))) {
            assertTrue(cached.anyMatch(Files::isRegularFile), "kept for the next build");
        }
    }

    private static String convert(String path, String language, String asciidoc) {
        Map<Prose.ProseFile, String> html = converter.convertAll(List.of(new Prose.ProseFile(path, language, asciidoc)), labels);
        assertEquals(1, html.size());
        return html.values().iterator().next();
    }

    /** The problem with this message key that converting the text reports; the text converts to nothing. */
    private static Diagnostic problem(String path, String asciidoc, String key) {
        List<Diagnostic> found = problems(path, asciidoc, key);
        assertEquals(1, found.size(), found.stream().map(d -> d.format("sv")).toList().toString());
        return found.get(0);
    }

    private static List<Diagnostic> problems(String path, String asciidoc, String key) {
        ContentException failed = assertThrows(ContentException.class,
                () -> converter.convertAll(List.of(new Prose.ProseFile(path, path.contains(".en.") ? "en" : "sv", asciidoc)), labels));
        List<Diagnostic> found = failed.diagnostics().stream().filter(d -> d.messageText().key().equals(key)).toList();
        assertTrue(!found.isEmpty(), failed.diagnostics().stream().map(d -> d.format("sv")).toList().toString());
        for (Diagnostic d : found) {
            assertEquals(path, d.file());
            assertTrue(d.isError());
        }
        return found;
    }
}
