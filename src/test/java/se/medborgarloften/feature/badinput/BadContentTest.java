package se.medborgarloften.feature.badinput;

import se.medborgarloften.TestProjects;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.medborgarloften.generator.SiteBuild;
import se.medborgarloften.diagnostics.ContentException;
import se.medborgarloften.diagnostics.Diagnostic;

import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Broken content stops the build with a message that names the file, the line and what to do. */
class BadContentTest {

    private static final String PROMISE = "content/areas/rosengard/2024-2025/promise.json";

    @TempDir
    Path project;

    @Test
    void malformedJsonNamesTheLineOfTheSyntaxError() {
        TestProjects.copyOfRealProject(project);
        TestProjects.write(project.resolve("content/site.json"), "{\n  \"$schema\": \"../schema/site.schema.json\",\n  \"baseUrl\": \"x\"\n  \"defaultLanguage\": \"sv\"\n}\n");
        Diagnostic error = onlyError(failBuild());
        assertEquals("content/site.json", error.file());
        assertEquals(3, error.line(), "where the comma goes");
        assertTrue(error.message().startsWith("Not valid JSON: a comma is missing"), error.message());
        assertFalse(error.hint().isEmpty());
    }

    @Test
    void aFileThatIsNotJsonDoesNotHideTheProblemsOfTheOthers() {
        TestProjects.copyOfRealProject(project);
        String area = "content/areas/sofielund/area.json";
        edit(area, json -> json.replaceFirst("\"id\": \"sofielund\"", "\u201cid\u201d: \u201csofielund\u201d"));
        edit(PROMISE, json -> json.replaceFirst("\"comparator\": \"at-least\"", "\"comparator\": \"minst\""));
        List<Diagnostic> errors = failBuild().diagnostics();
        assertEquals(2, errors.size(), errors.stream().map(d -> d.format("en")).toList().toString());
        Diagnostic pasted = errors.stream().filter(d -> d.file().equals(area)).findFirst().orElseThrow();
        assertEquals(lineOf(area, "\u201cid\u201d"), pasted.line());
        assertTrue(pasted.hint().contains("curly quotation marks"), pasted.hint());
        Diagnostic value = errors.stream().filter(d -> d.file().equals(PROMISE)).findFirst().orElseThrow();
        assertEquals(lineOf(PROMISE, "\"minst\""), value.line());
        assertTrue(value.message().contains("minst"), value.message());
    }

    @Test
    void aMissingRequiredFieldIsReportedWithItsObjectsLine() {
        TestProjects.copyOfRealProject(project);
        edit(PROMISE, json -> json.replaceFirst("\"localPoliceArea\": \"lpo-malmo-soder\",", ""));
        Diagnostic error = onlyError(failBuild());
        assertEquals(PROMISE, error.file());
        assertEquals(1, error.line());
        assertTrue(error.message().contains("localPoliceArea"), error.message());
    }

    @Test
    void anUnknownOrganisationIsReportedWhereItIsUsed() {
        TestProjects.copyOfRealProject(project);
        edit(PROMISE, json -> json.replaceFirst("\"lpo-malmo-soder\",\n    \"malmo-stad\"", "\"lpo-malmo-soder\",\n    \"malmo-staden\""));
        Diagnostic error = onlyError(failBuild());
        assertEquals(PROMISE, error.file());
        assertEquals(lineOf(PROMISE, "\"malmo-staden\""), error.line());
        assertEquals("/parties/1", error.field());
        assertTrue(error.message().contains("malmo-staden"));
    }

    @Test
    void aMissingEnglishTranslationFailsUnlessMarkedPending() {
        TestProjects.copyOfRealProject(project);
        String marker = "\"en\": \"Rosengård – south of Amiralsgatan\"";
        edit(PROMISE, json -> json.replace(",\n    " + marker, ""));
        Diagnostic error = onlyError(failBuild());
        assertEquals(PROMISE, error.file());
        assertEquals("/focus", error.field());
        assertTrue(error.message().contains("English"), error.message());
        assertTrue(error.hint().contains("pendingTranslations"), error.hint());
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        TestProjects.copyOfRealProject(project);
        edit(PROMISE, json -> json.replace("\"start\": \"2024-05\"", "\"start\": \"2024-13\"")
                .replace("\"section\": \"utover\"", "\"section\": \"finns-inte\""));
        edit("content/areas/sofielund/area.json", json -> json.replace("\"localPoliceArea\": \"lpo-malmo-norr\"", "\"localPoliceArea\": \"lpo-okand\""));
        List<Diagnostic> errors = failBuild().diagnostics();
        assertTrue(errors.size() >= 2, errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.file().equals(PROMISE) && e.line() > 1));
        assertTrue(errors.stream().anyMatch(e -> e.file().equals("content/areas/sofielund/area.json") && e.line() > 1));
    }

    @Test
    void anImpossibleDateIsReported() {
        TestProjects.copyOfRealProject(project);
        edit("content/news/2018-05-09-fyra-nya-medborgarloften/news.json", json -> json.replaceFirst("\"2018-05-09T09:44\"", "\"2018-02-30T09:44\""));
        Diagnostic error = onlyError(failBuild());
        assertTrue(error.message().contains("2018-02-30"), error.message());
        assertTrue(error.line() > 1);
    }

    @Test
    void aFollowUpOfACommitmentThatDoesNotExistIsReported() {
        TestProjects.copyOfRealProject(project);
        TestProjects.write(project.resolve("content/areas/rosengard/2024-2025/follow-up.json"), """
                {
                  "$schema": "../../../../schema/follow-up.schema.json",
                  "by": ["lpo-malmo-soder"],
                  "entries": [
                    { "commitment": "spaningsinsatser", "status": "done", "editorsNote": { "sv": "Prov.", "en": "Test." } },
                    { "commitment": "finns-inte", "status": "done", "editorsNote": { "sv": "Prov.", "en": "Test." } }
                  ],
                  "sources": [{ "id": "test", "kind": "document", "title": { "sv": "Test", "en": "Test" } }]
                }
                """);
        Diagnostic error = onlyError(failBuild());
        assertEquals("content/areas/rosengard/2024-2025/follow-up.json", error.file());
        assertEquals(6, error.line());
        assertTrue(error.message().contains("finns-inte"));
    }

    @Test
    void duplicateCommitmentIdsAndReversedPeriodsAreReported() {
        TestProjects.copyOfRealProject(project);
        edit(PROMISE, json -> json.replace("\"id\": \"hot-spot-patrullering\"", "\"id\": \"spaningsinsatser\"")
                .replace("\"end\": \"2025-05\"", "\"end\": \"2024-01\""));
        List<Diagnostic> errors = failBuild().diagnostics();
        assertTrue(errors.stream().anyMatch(e -> e.message().contains("used twice")), errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.message().contains("ends")), errors.toString());
    }

    @Test
    void rawHtmlInAsciiDocIsRefusedWithItsLine() {
        TestProjects.copyOfRealProject(project);
        edit("content/areas/rosengard/2024-2025/promise.sv.adoc", text -> text + "\n++++\n<script>alert(1)</script>\n++++\n");
        Diagnostic error = failBuild().diagnostics().get(0);
        assertEquals("content/areas/rosengard/2024-2025/promise.sv.adoc", error.file());
        assertEquals(lineOf("content/areas/rosengard/2024-2025/promise.sv.adoc", "++++"), error.line());
    }

    @Test
    void aJavascriptLinkInAsciiDocIsRefused() {
        TestProjects.copyOfRealProject(project);
        edit("content/areas/rosengard/2024-2025/promise.sv.adoc", text -> text + "\nSe link:javascript:alert(1)[här].\n");
        List<Diagnostic> errors = failBuild().diagnostics();
        assertTrue(errors.stream().anyMatch(e -> e.file().endsWith("promise.sv.adoc") && e.message().contains("javascript")), errors.toString());
    }

    @Test
    void aFileOutsideTheContentModelIsReportedNotIgnored() {
        TestProjects.copyOfRealProject(project);
        TestProjects.write(project.resolve("content/areas/rosengard/2024-2025/promise.jsn"), "{}");
        Diagnostic error = onlyError(failBuild());
        assertEquals("content/areas/rosengard/2024-2025/promise.jsn", error.file());
    }

    @Test
    void aFailedBuildLeavesThePublishedSiteByteIdentical() {
        TestProjects.copyOfRealProject(project);
        Path out = project.resolve("published");
        new SiteBuild(project, out).run();
        var before = TestProjects.fingerprint(out);
        edit("content/areas/rosengard/2024-2025/promise.sv.adoc", text -> text + "\n++++\n<b>x</b>\n++++\n");
        assertThrows(ContentException.class, () -> new SiteBuild(project, out).run());
        assertEquals(before, TestProjects.fingerprint(out));
    }

    private ContentException failBuild() {
        return assertThrows(ContentException.class, () -> new SiteBuild(project, project.resolve("out")).run());
    }

    private static Diagnostic onlyError(ContentException e) {
        assertEquals(1, e.diagnostics().size(), "expected exactly one problem, got:\n"
                + String.join("\n", e.diagnostics().stream().map(d -> d.format("en")).toList()));
        return e.diagnostics().get(0);
    }

    private void edit(String file, UnaryOperator<String> change) {
        Path path = project.resolve(file);
        String before = TestProjects.read(path);
        String after = change.apply(before);
        assertFalse(before.equals(after), "the test's edit did not apply to " + file);
        TestProjects.write(path, after);
    }

    private int lineOf(String file, String needle) {
        return TestProjects.lineOf(project.resolve(file), needle);
    }
}
