package se.medborgarloften.validate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.medborgarloften.Stages;
import se.medborgarloften.TestProjects;
import se.medborgarloften.diagnostics.ContentException;
import se.medborgarloften.diagnostics.Diagnostic;
import se.medborgarloften.load.LoadedContent;
import se.medborgarloften.model.AreaHistory;
import se.medborgarloften.model.PromisePeriod;
import se.medborgarloften.model.SiteContent;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The validate stage alone, on what the load stage read: the real content passes and becomes the model the
 * pages are planned from, with the warnings the real content is known to have; broken content is refused.
 */
class ValidateStageTest {

    @TempDir
    Path project;

    @Test
    void theRealContentValidatesIntoItsAreasAndPeriods() {
        LoadedContent loaded = Stages.load(TestProjects.realProject());
        SiteContent content = Stages.validate(TestProjects.realProject(), loaded);
        assertEquals(List.of("kirseberg-segevang", "lindangen-hermodsdal-nydala", "mollevangen", "rosengard", "sofielund"),
                content.areas().stream().map(AreaHistory::id).sorted().toList());
        AreaHistory rosengard = content.area("rosengard").orElseThrow();
        assertEquals(List.of("2018", "2023", "2024-2025"), rosengard.periods().stream().map(PromisePeriod::id).toList(),
                "oldest first");
        PromisePeriod latest = rosengard.latest().orElseThrow();
        assertEquals("2024-05", latest.promise().period().start().toString());
        assertEquals("2025-05", latest.promise().period().end().toString());
        assertEquals(List.of("lpo-malmo-soder", "malmo-stad"), latest.promise().parties());
        var target = latest.promise().commitments().get(0).target();
        assertEquals("at-least", target.comparator());
        assertEquals(25, target.value());
        assertEquals("spaningsinsatser", target.unit().in("sv"));
        assertTrue(rosengard.period("2023").orElseThrow().hasFollowUp());
        assertEquals(7, content.allPeriods().size());
        assertEquals("sv", content.site().defaultLanguage());
        assertEquals("Rosengård", rosengard.area().name().in("sv"));
        assertEquals("Malmö stad", content.organisation("malmo-stad").name().in("sv"));
        assertEquals(5, content.sources().size());
        assertEquals(1, content.news().size());
        assertEquals(3, content.pages().size());
    }

    @Test
    void theRealContentsWarningsAreTheKnownOnes() {
        LoadedContent loaded = Stages.load(TestProjects.realProject());
        SiteContent content = Stages.validate(TestProjects.realProject(), loaded);
        // A day when Rosengård 2024–2025 had ended but was still within its three months for a follow-up.
        List<Diagnostic> warnings = new ContentWarnings(loaded, LocalDate.of(2025, 6, 1)).check(content);
        List<String> seen = warnings.stream().map(w -> w.messageText().key() + " " + w.file()).sorted().toList();
        assertEquals(List.of(
                "followUp.overdue content/areas/kirseberg-segevang/2018/promise.json",
                "followUp.overdue content/areas/lindangen-hermodsdal-nydala/2018/promise.json",
                "followUp.overdue content/areas/mollevangen/2018/promise.json",
                "followUp.overdue content/areas/rosengard/2018/promise.json",
                "followUp.overdue content/areas/sofielund/2022-2023/promise.json"), seen,
                warnings.stream().map(w -> w.format("sv")).toList().toString());
        assertTrue(warnings.stream().noneMatch(Diagnostic::isError));
        Diagnostic sofielund = warnings.stream().filter(w -> w.file().contains("sofielund")).findFirst().orElseThrow();
        assertEquals(TestProjects.lineOf(TestProjects.realProject().resolve(sofielund.file()), "\"end\""), sofielund.line());
        assertEquals("Perioden sofielund/2022-2023 slutade 2023-04 och saknar uppföljning.", sofielund.messageText().in("sv"));

        List<Diagnostic> later = new ContentWarnings(loaded, LocalDate.of(2025, 9, 1)).check(content);
        assertEquals(warnings.size() + 1, later.size(), "three months after May 2025 Rosengård 2024–2025 is overdue too");
    }

    @Test
    void aBrokenReferenceStopsTheStageWithEveryProblem() {
        TestProjects.copyOfRealProject(project);
        String promise = "content/areas/rosengard/2024-2025/promise.json";
        Path file = project.resolve(promise);
        TestProjects.write(file, TestProjects.read(file).replaceFirst("\"malmo-stad\"", "\"malmo-staden\"")
                .replace(",\n        \"en\": \"At least 25 surveillance operations to counter open drug scenes\"", ""));
        LoadedContent loaded = Stages.load(project);
        ContentException refused = assertThrows(ContentException.class, () -> Stages.validate(project, loaded));
        List<String> found = refused.diagnostics().stream().map(d -> d.messageText().key() + " " + d.file() + ":" + d.line()).sorted().toList();
        assertEquals(List.of(
                "reference.organisation " + promise + ":" + TestProjects.lineOf(file, "\"malmo-staden\""),
                "translation.missing " + promise + ":" + (TestProjects.lineOf(file, "\"sv\": \"Minst 25 spaningsinsatser") - 1)), found);
    }
}
