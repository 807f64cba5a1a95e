package se.medborgarloften.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.medborgarloften.SiteHtml;
import se.medborgarloften.TestProjects;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The commands communications staff run, on copies of the real project. */
class CommandLineTest {

    @TempDir
    Path project;

    private String out;
    private String err;

    private int run(String... args) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--project";
        all[args.length + 1] = project.toString();
        int code = Main.run(all, new PrintStream(o, true, StandardCharsets.UTF_8), new PrintStream(e, true, StandardCharsets.UTF_8));
        out = o.toString(StandardCharsets.UTF_8);
        err = e.toString(StandardCharsets.UTF_8);
        return code;
    }

    private void breakTwoFiles() {
        TestProjects.copyOfRealProject(project);
        Path promise = project.resolve("content/areas/rosengard/2024-2025/promise.json");
        TestProjects.write(promise, TestProjects.read(promise).replace("\"malmo-stad\"\n", "\"malmo-staden\"\n"));
        Path area = project.resolve("content/areas/sofielund/area.json");
        TestProjects.write(area, TestProjects.read(area).replace("\"lpo-malmo-norr\"", "\"lpo-norr\""));
    }

    @Test
    void errorsAreInSwedishByDefaultWithFileLineAndACount() {
        breakTwoFiles();
        assertEquals(1, run("validate"));
        assertTrue(err.contains("content/areas/rosengard/2024-2025/promise.json:"), err);
        assertTrue(err.contains(": fel: Det finns ingen organisation \"malmo-staden\""), err);
        assertTrue(err.contains("Gör så här:"), err);
        assertTrue(err.contains("content/areas/sofielund/area.json:"), err);
        assertTrue(err.contains("2 fel"), "every problem at once, then a count: " + err);
    }

    @Test
    void theDayASiteDescribesTheArchiveAsOfMustBeADay() {
        // -Dsite.asOf (the pom's --as-of) sets the reference date of the pages; a wrong one stops before anything is read.
        assertEquals(2, run("build", "--as-of", "2024-13-01"));
        assertTrue(err.contains("--as-of needs a day written YYYY-MM-DD, not \"2024-13-01\""), err);
    }

    @Test
    void errorsAreInEnglishOnRequest() {
        breakTwoFiles();
        assertEquals(1, run("validate", "--lang", "en"));
        assertTrue(err.contains(": error: There is no organisation \"malmo-staden\""), err);
        assertTrue(err.contains("What to do:"), err);
        assertTrue(err.contains("2 errors"), err);
    }

    @Test
    void githubFormatAnnotatesTheLine() {
        breakTwoFiles();
        assertEquals(1, run("validate", "--format", "github"));
        assertTrue(err.lines().anyMatch(l -> l.startsWith("::error file=content/areas/rosengard/2024-2025/promise.json,line=")), err);
        assertFalse(err.lines().filter(l -> l.startsWith("::error")).anyMatch(l -> l.contains("\n")));
    }

    @Test
    void warningsDoNotStopTheBuildUnlessStrict() {
        TestProjects.copyOfRealProject(project);
        assertEquals(0, run("validate"));
        assertTrue(out.contains(": varning: Perioden sofielund/2022-2023 slutade 2023-04 och saknar uppföljning."), out);
        assertEquals(1, run("validate", "--strict"));
        assertTrue(err.contains(": fel: Perioden sofielund/2022-2023"), err);
    }

    @Test
    void aNewPeriodIsPrefilledFromTheLatestOneKeepsItsIdsAndBuildsAtOnce() {
        TestProjects.copyOfRealProject(project);
        assertEquals(0, run("new-period", "rosengard", "2025-2026"), err);
        Path promise = project.resolve("content/areas/rosengard/2025-2026/promise.json");
        String json = TestProjects.read(promise);
        assertTrue(json.contains("\"id\" : \"spaningsinsatser\"") || json.contains("\"id\": \"spaningsinsatser\""), json);
        assertTrue(json.contains("\"start\" : \"2025\"") || json.contains("\"start\": \"2025\""));
        assertFalse(json.contains("Erik Åberg"), "signatories belong to the old period");
        assertEquals(0, run("new-follow-up", "rosengard", "2025-2026"), err);
        assertEquals(0, run("build", "--out", project.resolve("out").toString()), err);
        SiteHtml site = new SiteHtml(project.resolve("out"));
        assertTrue(Files.isRegularFile(site.file("sv/omraden/rosengard/2025-2026/")));
        var history = site.page(site.file("sv/omraden/rosengard/historik/"));
        assertTrue(history.select("#commitment-spaningsinsatser td").last().text().startsWith("Samma formulering"),
                "the stable ids make the history work");
        assertEquals(17, site.page(site.file("sv/omraden/rosengard/2025-2026/")).select("li.commitment .tag--not-followed-up").size());
    }

    @Test
    void aNewAreaAndItsFirstPeriodBuildAtOnce() {
        TestProjects.copyOfRealProject(project);
        assertEquals(0, run("new-area", "husie", "--name", "Husie", "--police-area", "lpo-malmo-soder"), err);
        assertEquals(0, run("new-period", "husie", "2026"), err);
        assertEquals(0, run("build", "--out", project.resolve("out").toString()), err);
        SiteHtml site = new SiteHtml(project.resolve("out"));
        var english = site.page(site.file("en/areas/husie/2026/"));
        // Nothing filled in yet: the page says what is missing rather than showing empty lists.
        assertTrue(english.getElementById("sources").text().contains("No source document is given."), english.text());
        assertTrue(english.select("main ul:not(:has(li)), main ol:not(:has(li))").isEmpty(), english.select("main ul, main ol").outerHtml());
        assertEquals(1, run("new-area", "husie", "--name", "Husie", "--police-area", "lpo-malmo-soder"));
        assertTrue(err.contains("finns redan"), err);
        assertTrue(err.contains("1 fel och inga varningar hittades; ingen fil skapades. Rätta felen och kör kommandot igen."), err);
        assertFalse(err.contains("publicerades"), "nothing is published by a command that writes a new file: " + err);
    }

    @Test
    void aNewPeriodInContentWithErrorsNamesThemAndWritesNothing() {
        breakTwoFiles();
        assertEquals(1, run("new-period", "rosengard", "2025-2026"));
        assertTrue(err.contains(": fel: Det finns ingen organisation \"malmo-staden\""), err);
        assertTrue(err.contains("2 fel och inga varningar hittades; ingen fil skapades."), err);
        assertFalse(Files.exists(project.resolve("content/areas/rosengard/2025-2026")));
        assertEquals(1, run("new-follow-up", "rosengard", "2024-2025", "--lang", "en"));
        assertTrue(err.contains("2 errors and no warnings found; no file was written."), err);
    }

    @Test
    void translationStatusListsPendingTranslations() {
        TestProjects.copyOfRealProject(project);
        assertEquals(0, run("translations"));
        assertTrue(out.contains("Allt är översatt."), out);
        Path promise = project.resolve("content/areas/rosengard/2024-2025/promise.json");
        TestProjects.write(promise, TestProjects.read(promise)
                .replace(",\n    \"en\": \"Rosengård – south of Amiralsgatan\"", "")
                .replaceFirst("\\{\n", "{\n  \"pendingTranslations\": [\"en\"],\n"));
        assertEquals(0, run("translations", "--lang", "en"));
        assertTrue(out.contains("content/areas/rosengard/2024-2025/promise.json:"), out);
        assertTrue(out.contains("1 thing to translate"), out);
    }

    @Test
    void aTranslationThatLostAParagraphIsListedAndWarnedOfAndAnEmptyOneIsAnError() {
        TestProjects.copyOfRealProject(project);
        Path english = project.resolve("content/areas/rosengard/2024-2025/promise.en.adoc");
        String text = TestProjects.read(english);
        TestProjects.write(english, text.substring(0, text.indexOf("\n\n")) + "\n");
        assertEquals(0, run("translations", "--lang", "en"));
        assertTrue(out.contains("content/areas/rosengard/2024-2025/promise.en.adoc: warning: The translation has one paragraph, "
                + "no list items and no headings, but its original content/areas/rosengard/2024-2025/promise.sv.adoc has 4 paragraphs"), out);
        assertEquals(0, run("build", "--quiet-warnings"));
        assertEquals(1, run("build", "--strict"));

        TestProjects.write(english, "\n\n");
        assertEquals(1, run("validate", "--lang", "en"));
        assertTrue(err.contains("content/areas/rosengard/2024-2025/promise.en.adoc:1:1: error: This text is empty"), err);
        assertEquals(1, run("translations", "--lang", "en"));
    }

    @Test
    void aFollowUpWithoutItsPublicationDateIsWarnedOfSinceNoYearlyArchiveCanListIt() {
        TestProjects.copyOfRealProject(project);
        Path followUp = project.resolve("content/areas/rosengard/2023/follow-up.json");
        TestProjects.write(followUp, TestProjects.read(followUp).replace("  \"published\": \"2024\",\n", ""));
        assertEquals(0, run("validate", "--lang", "en"));
        assertTrue(out.contains("content/areas/rosengard/2023/follow-up.json:1:1: warning: This follow-up has no publication date"), out);
        assertEquals(1, run("validate", "--strict"));
    }

    @Test
    void aWrongCommandLineExplainsTheUsage() {
        assertEquals(2, run("bulid"));
        assertTrue(err.contains("Usage:"));
    }
}
